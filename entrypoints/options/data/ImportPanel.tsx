import { i18n } from '#i18n';
import { useId, useRef } from 'react';
import type { ImportOutcome } from '@/utils/data/apply';
import { total } from '@/utils/data/preview';
import { problemText } from '@/utils/data/problem-text';
import { FilePassphraseForm } from './FilePassphraseForm';
import { ImportPreviewPanel } from './ImportPreview';
import { useImport, type ImportStep } from './useImport';

function outcomeText({ added, skipped }: ImportOutcome): string {
  const text = i18n.t('data.import_added', total(added));
  return skipped > 0 ? `${text} ${i18n.t('data.import_skipped', skipped)}` : text;
}

/** The line under the panel: reading (how far), checking, sealing, the outcome, or a failure. */
function statusText(state: ImportStep): string {
  if (state.step === 'reading' && state.progress?.stage === 'checking') return i18n.t('data.checking');
  if (state.step === 'reading' && state.progress?.stage === 'reading' && state.progress.total > 0) {
    return i18n.t('data.reading_part', [
      String(Math.floor((100 * state.progress.done) / state.progress.total)),
    ]);
  }
  if (state.step === 'reading') return i18n.t('data.reading');
  if (state.step === 'preview' && state.sealing) return i18n.t('privacy.import.sealing');
  if (state.step === 'done') return outcomeText(state.outcome);
  if (state.step === 'failed') return i18n.t('data.import_failed');
  return '';
}

/**
 * Choose a file (an encrypted one asks for its passphrase), see what it holds, then merge or
 * replace: checked first, written all at once.
 */
export function ImportPanel() {
  const { state, ...steps } = useImport();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const backToFile = () => {
    steps.reset();
    input.current?.focus();
  };
  const backToFileNow = () => {
    steps.cancel();
    input.current?.focus();
  };

  return (
    <div className="data-part">
      <h3>{i18n.t('data.import_title')}</h3>
      <p className="muted">{i18n.t('data.import_hint')}</p>
      <label htmlFor={inputId} className="file-label">
        {i18n.t('data.import_choose')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,application/json"
        disabled={state.step === 'preview' && state.importing}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          // Let the same file be chosen again after a fix or a cancel.
          e.target.value = '';
          if (chosen) void steps.choose(chosen);
        }}
      />
      {state.step === 'reading' && (
        <div className="row">
          {state.progress?.stage === 'reading' ? (
            <progress
              max={state.progress.total}
              value={state.progress.done}
              aria-label={i18n.t('data.reading')}
            />
          ) : (
            <progress aria-label={i18n.t('data.checking')} />
          )}
          <button type="button" onClick={backToFileNow}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      )}
      {state.step === 'problem' && (
        <p role="alert" className="field-error">
          {problemText(state.problem)}
        </p>
      )}
      {state.step === 'passphrase' && (
        <FilePassphraseForm
          envelope={state.envelope}
          onOpened={steps.opened}
          onFailed={steps.fail}
          onCancel={backToFile}
        />
      )}
      {state.step === 'preview' && (
        <ImportPreviewPanel
          preview={state.preview}
          busy={state.importing}
          stoppable={state.sealing}
          onImport={(mode) =>
            void steps.bringIn(state.file, state.preview, mode).then(() => input.current?.focus())
          }
          onCancel={state.sealing ? steps.cancel : backToFile}
        />
      )}
      <p role="status" className={state.step === 'failed' ? 'field-error' : undefined}>
        {statusText(state)}
      </p>
    </div>
  );
}
