import { i18n } from '#i18n';
import { useId, useRef, useState } from 'react';
import { applyImport, type ImportMode, type ImportOutcome } from '@/utils/data/apply';
import type { ExportFile, ImportProblem } from '@/utils/data/format';
import { readExportFile } from '@/utils/data/parse';
import { previewImport, total, type ImportPreview } from '@/utils/data/preview';
import { problemText } from '@/utils/data/problem-text';
import { send } from '@/utils/messaging/protocol';
import { ImportPreviewPanel } from './ImportPreview';

type Step =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'problem'; problem: ImportProblem }
  | { step: 'preview'; file: ExportFile; preview: ImportPreview; importing: boolean }
  | { step: 'done'; outcome: ImportOutcome }
  | { step: 'failed' };

function outcomeText({ added, skipped }: ImportOutcome): string {
  const text = i18n.t('data.import_added', total(added));
  return skipped > 0 ? `${text} ${i18n.t('data.import_skipped', skipped)}` : text;
}

/** Choose a file, see what it holds, then merge or replace: checked first, written all at once. */
export function ImportPanel() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setState({ step: 'reading' });
    // Let the same file be chosen again after a fix or a cancel.
    if (input.current) input.current.value = '';
    const result = await readExportFile(chosen);
    if (!result.ok) return setState({ step: 'problem', problem: result.problem });
    try {
      setState({
        step: 'preview',
        file: result.value,
        preview: await previewImport(result.value),
        importing: false,
      });
    } catch {
      setState({ step: 'failed' });
    }
  };

  const bringIn = async (file: ExportFile, preview: ImportPreview, mode: ImportMode) => {
    setState({ step: 'preview', file, preview, importing: true });
    try {
      const outcome = await applyImport(file, mode);
      setState({ step: 'done', outcome });
      await send('settingsChanged', null).catch(() => null);
    } catch {
      setState({ step: 'failed' });
    }
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
        disabled={state.step === 'reading' || (state.step === 'preview' && state.importing)}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {state.step === 'problem' && (
        <p role="alert" className="field-error">
          {problemText(state.problem)}
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreviewPanel
          preview={state.preview}
          busy={state.importing}
          onImport={(mode) => void bringIn(state.file, state.preview, mode)}
          onCancel={() => {
            setState({ step: 'choose' });
            input.current?.focus();
          }}
        />
      )}
      <p role="status" className={state.step === 'failed' ? 'field-error' : undefined}>
        {state.step === 'reading' && i18n.t('data.reading')}
        {state.step === 'done' && outcomeText(state.outcome)}
        {state.step === 'failed' && i18n.t('data.import_failed')}
      </p>
    </div>
  );
}
