import { i18n } from '#i18n';
import { useState } from 'react';
import { formatDateTime } from '@/components/journal/format';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import type { ImportMode } from '@/utils/data/apply';
import { markupNotice } from '@/utils/data/markup-text';
import { total, type ImportPreview } from '@/utils/data/preview';

/** What a chosen file holds and how to bring it in; nothing is written until Import is pressed. */
export function ImportPreviewPanel(props: {
  preview: ImportPreview;
  busy: boolean;
  /** While busy, whether Cancel can still stop the import (before its write begins). */
  stoppable?: boolean;
  onImport: (mode: ImportMode) => void;
  onCancel: () => void;
}) {
  const { preview, busy } = props;
  const [mode, setMode] = useState<ImportMode>('merge');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { inFile } = preview;
  const notice = markupNotice(preview.markupPlaces);

  return (
    <div className="import-preview">
      <h4 ref={heading} tabIndex={-1}>
        {i18n.t('data.preview_title')}
      </h4>
      <p>
        {i18n.t('data.preview_counts', [
          i18n.t('data.count_checkins', inFile.checkins),
          i18n.t('data.count_entries', inFile.entries),
          i18n.t('data.count_breaks', inFile.breaks),
        ])}{' '}
        {preview.exportedAt > 0 && i18n.t('data.preview_exported', [formatDateTime(preview.exportedAt)])}
        {inFile.exercises > 0 && <> {i18n.t('data.preview_exercises', inFile.exercises)}</>}
      </p>
      <p>{i18n.t('data.already_here', total(preview.alreadyHere))}</p>
      {notice && <p className="import-notice">{notice}</p>}
      <fieldset>
        <legend>{i18n.t('data.mode')}</legend>
        {(['merge', 'replace'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name="import-mode"
              checked={mode === choice}
              onChange={() => setMode(choice)}
            />
            {choice === 'merge' ? i18n.t('data.mode_merge') : i18n.t('data.mode_replace')}
          </label>
        ))}
      </fieldset>
      {mode === 'replace' && (
        <p className="field-error">{i18n.t('data.replace_warning', total(preview.here))}</p>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => props.onImport(mode)}>
          {i18n.t('data.import_confirm')}
        </button>
        <button type="button" disabled={busy && !props.stoppable} onClick={props.onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
