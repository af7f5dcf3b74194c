import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { UnlockForm } from '@/components/lock/UnlockForm';
import { useVaultRecord } from '@/components/lock/useVaultRecord';
import { RECORD_STORES } from '@/utils/data/format';
import { useNewPassphrase } from '../lock/useNewPassphrase';
import { EncryptFileOption } from './EncryptFileOption';
import { useExport, type ExportStatus } from './useExport';
import { pageLocale } from '@/components/page-locale';

const count = new Intl.NumberFormat(pageLocale());

/** The line under the buttons: progress, the file made, or what went wrong. */
function statusText(status: ExportStatus): string {
  if (status.kind === 'busy' && status.progress) {
    const { step, done, total } = status.progress;
    return i18n.t(step === 'reading' ? 'data.export_reading' : 'data.export_opening', [
      count.format(done),
      count.format(total),
    ]);
  }
  if (status.kind === 'encrypting') return i18n.t('privacy.export.encrypting');
  if (status.kind === 'cancelled') return i18n.t('data.export_cancelled');
  if (status.kind === 'done') return i18n.t('data.export_done', [status.fileName]);
  if (status.kind === 'failed') return i18n.t('data.export_failed');
  if (status.kind === 'unreadable') return i18n.t('privacy.export.unreadable');
  return '';
}

/**
 * Download everything as one JSON file (optionally encrypted with its own passphrase), or one store
 * at a time as CSV for a spreadsheet. While the lock is on, the passphrase comes first.
 */
export function ExportPanel() {
  const lock = useVaultRecord();
  const [encrypt, setEncrypt] = useState(false);
  const filePassphrase = useNewPassphrase();
  const exporter = useExport(lock, filePassphrase.reset);
  const { status, busy } = exporter;
  const trouble = status.kind === 'failed' || status.kind === 'unreadable';
  // The button that asked for the passphrase gets the cursor back once the passphrase form has gone.
  const opener = useRef<HTMLElement | null>(null);
  const asked = status.kind === 'unlock';
  useEffect(() => {
    if (!asked && !busy && opener.current) {
      opener.current.focus();
      opener.current = null;
    }
  }, [asked, busy]);
  const start = (request: Parameters<typeof exporter.start>[0]) => {
    if (lock.status === 'on')
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    exporter.start(request);
  };

  const startJson = () => {
    if (encrypt && !filePassphrase.check()) return;
    start({ format: 'json', filePassphrase: encrypt ? filePassphrase.value.passphrase : null });
  };

  return (
    <div className="data-part">
      <h3>{i18n.t('data.export_title')}</h3>
      <p className="muted">{i18n.t('data.export_json_hint')}</p>
      <EncryptFileOption wanted={encrypt} onWanted={setEncrypt} pair={filePassphrase} />
      <button type="button" className="primary" disabled={busy} onClick={startJson}>
        {i18n.t('data.export_json')}
      </button>
      <p className="muted">{i18n.t('data.export_csv_hint')}</p>
      <div className="row">
        {RECORD_STORES.map((store) => (
          <button key={store} type="button" disabled={busy} onClick={() => start({ format: 'csv', store })}>
            {i18n.t(`data.export_csv.${store}`)}
          </button>
        ))}
      </div>
      {status.kind === 'unlock' && lock.status === 'on' && (
        <div
          className="export-unlock"
          onKeyDown={(e) => {
            if (e.key === 'Escape') exporter.cancel();
          }}
        >
          <p>{i18n.t('privacy.export.unlock')}</p>
          <UnlockForm
            record={lock.record}
            action={i18n.t('privacy.export.unlock_action')}
            focus
            onOpen={exporter.unlocked}
          />
          <button type="button" onClick={exporter.cancel}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      )}
      {busy && (
        <div className="export-progress">
          {status.kind === 'busy' && status.progress && (
            <progress max={status.progress.total} value={status.progress.done} aria-hidden="true" />
          )}
          <button type="button" onClick={exporter.cancel}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      )}
      <p role="status" className={trouble ? 'field-error' : 'muted'}>
        {statusText(status)}
      </p>
    </div>
  );
}
