import { i18n } from '#i18n';
import { useState } from 'react';
import { exportCsv, exportJson } from '@/utils/data/export';
import { csvFileName, jsonFileName } from '@/utils/data/file-names';
import { RECORD_STORES } from '@/utils/data/format';
import { downloadParts } from './download';

type Status = { kind: 'idle' | 'busy' | 'failed' } | { kind: 'done'; fileName: string };

/** Download everything as one JSON file, or one store at a time as CSV for a spreadsheet. */
export function ExportPanel() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async (make: () => Promise<string[]>, fileName: string, type: string) => {
    setStatus({ kind: 'busy' });
    try {
      downloadParts(await make(), fileName, type);
      setStatus({ kind: 'done', fileName });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  const busy = status.kind === 'busy';

  return (
    <div className="data-part">
      <h3>{i18n.t('data.export_title')}</h3>
      <p className="muted">{i18n.t('data.export_json_hint')}</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          const now = Date.now();
          void save(() => exportJson(now), jsonFileName(now), 'application/json');
        }}
      >
        {i18n.t('data.export_json')}
      </button>
      <p className="muted">{i18n.t('data.export_csv_hint')}</p>
      <div className="row">
        {RECORD_STORES.map((store) => (
          <button
            key={store}
            type="button"
            disabled={busy}
            onClick={() => void save(() => exportCsv(store), csvFileName(store, Date.now()), 'text/csv')}
          >
            {i18n.t(`data.export_csv.${store}`)}
          </button>
        ))}
      </div>
      <p role="status" className={status.kind === 'failed' ? 'field-error' : 'muted'}>
        {status.kind === 'done' && i18n.t('data.export_done', [status.fileName])}
        {status.kind === 'failed' && i18n.t('data.export_failed')}
      </p>
    </div>
  );
}
