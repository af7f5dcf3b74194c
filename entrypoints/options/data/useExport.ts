import { useRef, useState } from 'react';
import type { VaultState } from '@/components/lock/useVaultRecord';
import { encryptExportParts } from '@/utils/data/encrypted-file';
import { exportCsv, exportJson, ExportNeedsUnlockError, type ExportProgress } from '@/utils/data/export';
import { csvFileName, encryptedJsonFileName, jsonFileName } from '@/utils/data/file-names';
import type { RecordStore } from '@/utils/data/format';
import type { Reveal } from '@/utils/lock/records';
import { UnreadableTextError } from '@/utils/vault/errors';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';
import { downloadParts } from './download';

/** One file to make: everything as JSON (encrypted with `filePassphrase` when given), or one store as CSV. */
export type ExportRequest =
  { format: 'json'; filePassphrase: string | null } | { format: 'csv'; store: RecordStore };

export type ExportStatus =
  | { kind: 'idle' | 'encrypting' | 'failed' | 'unreadable' | 'cancelled' }
  /** `progress` once the export has taken longer than a moment (null before). */
  | { kind: 'busy'; progress: ExportProgress | null }
  | { kind: 'unlock'; request: ExportRequest }
  | { kind: 'done'; fileName: string };

/** Exports quicker than this show no progress line: it would only flicker. */
const MOMENT_MS = 400;

/** Whether the file would hold private text (only the breaks CSV does not). */
const needsText = (request: ExportRequest) => request.format === 'json' || request.store !== 'breaks';

/** Builds the file's parts and its name; rejects with the signal's reason when cancelled. */
async function makeFile(
  request: ExportRequest,
  now: number,
  options: Parameters<typeof exportJson>[1],
  onEncrypting: () => void,
): Promise<{ parts: BlobPart[]; fileName: string; type: string; encrypted: boolean }> {
  if (request.format === 'csv') {
    const parts = await exportCsv(request.store, options);
    return { parts, fileName: csvFileName(request.store, now), type: 'text/csv', encrypted: false };
  }
  const parts = await exportJson(now, options);
  if (request.filePassphrase === null)
    return { parts, fileName: jsonFileName(now), type: 'application/json', encrypted: false };
  onEncrypting();
  return {
    parts: await encryptExportParts(parts, request.filePassphrase),
    fileName: encryptedJsonFileName(now),
    type: 'application/json',
    encrypted: true,
  };
}

/**
 * Making a file: straight away while the lock is off; while it is on, after the passphrase, with the
 * open vault used for this file only and then dropped. Records are read in batches, with progress
 * once it takes more than a moment; Cancel stops it before anything is downloaded.
 */
export function useExport(lock: VaultState, onEncrypted: () => void) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  const make = async (request: ExportRequest, vault: OpenVault | null) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'busy', progress: null });
    const now = Date.now();
    const options = {
      signal: controller.signal,
      onProgress: (progress: ExportProgress) => {
        if (Date.now() - now > MOMENT_MS) setStatus({ kind: 'busy', progress });
      },
      ...(vault ? { reveal: ((text, place) => revealText(vault, text, place)) satisfies Reveal } : {}),
    };
    try {
      const file = await makeFile(request, now, options, () => setStatus({ kind: 'encrypting' }));
      controller.signal.throwIfAborted();
      downloadParts(file.parts, file.fileName, file.type);
      if (file.encrypted) onEncrypted();
      setStatus({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      if (controller.signal.aborted) return setStatus({ kind: 'cancelled' });
      // The lock was turned on in another tab meanwhile: ask for its passphrase, as if it had been on.
      if (error instanceof ExportNeedsUnlockError) return setStatus({ kind: 'unlock', request });
      setStatus({ kind: error instanceof UnreadableTextError ? 'unreadable' : 'failed' });
    } finally {
      if (running.current === controller) running.current = null;
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
    /** Leaves the passphrase form, or stops a running export before any file is made. */
    cancel: () => {
      if (running.current) running.current.abort();
      else setStatus({ kind: 'idle' });
    },
  };
}
