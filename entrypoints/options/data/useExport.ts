import { useState } from 'react';
import type { VaultState } from '@/components/lock/useVaultRecord';
import { encryptExportParts } from '@/utils/data/encrypted-file';
import { exportCsv, exportJson, ExportNeedsUnlockError } from '@/utils/data/export';
import { csvFileName, encryptedJsonFileName, jsonFileName } from '@/utils/data/file-names';
import type { RecordStore } from '@/utils/data/format';
import { UnreadableTextError } from '@/utils/vault/errors';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';
import { downloadParts } from './download';

/** One file to make: everything as JSON (encrypted with `filePassphrase` when given), or one store as CSV. */
export type ExportRequest =
  { format: 'json'; filePassphrase: string | null } | { format: 'csv'; store: RecordStore };

export type ExportStatus =
  | { kind: 'idle' | 'busy' | 'encrypting' | 'failed' | 'unreadable' }
  | { kind: 'unlock'; request: ExportRequest }
  | { kind: 'done'; fileName: string };

/** Whether the file would hold private text (only the breaks CSV does not). */
const needsText = (request: ExportRequest) => request.format === 'json' || request.store !== 'breaks';

/**
 * Making a file: straight away while the lock is off (the fast path, unchanged); while it is on,
 * after the passphrase, with the open vault used for this file only and then dropped.
 */
export function useExport(lock: VaultState, onEncrypted: () => void) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const make = async (request: ExportRequest, vault: OpenVault | null) => {
    setStatus({ kind: 'busy' });
    const now = Date.now();
    const options = vault
      ? { reveal: (text: Parameters<typeof revealText>[1]) => revealText(vault, text) }
      : {};
    try {
      if (request.format === 'csv') {
        const fileName = csvFileName(request.store, now);
        downloadParts(await exportCsv(request.store, options), fileName, 'text/csv');
        return setStatus({ kind: 'done', fileName });
      }
      let parts: BlobPart[] = await exportJson(now, options);
      let fileName = jsonFileName(now);
      if (request.filePassphrase !== null) {
        setStatus({ kind: 'encrypting' });
        parts = await encryptExportParts(parts, request.filePassphrase);
        fileName = encryptedJsonFileName(now);
        onEncrypted();
      }
      downloadParts(parts, fileName, 'application/json');
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      // The lock was turned on in another tab meanwhile: ask for its passphrase, as if it had been on.
      if (error instanceof ExportNeedsUnlockError) return setStatus({ kind: 'unlock', request });
      setStatus({ kind: error instanceof UnreadableTextError ? 'unreadable' : 'failed' });
    }
  };

  return {
    status,
    busy: status.kind === 'busy' || status.kind === 'encrypting',
    start: (request: ExportRequest) => {
      if (lock.status === 'on' && needsText(request)) setStatus({ kind: 'unlock', request });
      else void make(request, null);
    },
    unlocked: (vault: OpenVault) => {
      if (status.kind === 'unlock') void make(status.request, vault);
    },
    cancel: () => setStatus({ kind: 'idle' }),
  };
}
