import { writeForStoredLock } from '../db/lock-write';
import { mapBatched } from '../lock/map-batched';
import { protectRecord } from '../lock/records';
import type { TextPlace } from '../vault/place';
import { sealText } from '../vault/seal';
import type { VaultRecord } from '../vault/vault-record';
import { applyImport, type ImportMode, type ImportOutcome } from './apply';
import type { ExportFile } from './format';

/**
 * The file with every check-in note and entry text sealed to the lock's public key, as the popup
 * seals a new note: no passphrase needed, and only the passphrase opens them afterwards.
 */
export async function sealFile(
  file: ExportFile,
  record: VaultRecord,
  signal?: AbortSignal,
): Promise<ExportFile> {
  const seal = (text: string, place: TextPlace) => {
    signal?.throwIfAborted();
    return sealText(record, text, place);
  };
  return {
    ...file,
    checkins: await mapBatched(file.checkins, (checkin) => protectRecord(checkin, seal)),
    entries: await mapBatched(file.entries, (entry) => protectRecord(entry, seal)),
  };
}

/**
 * Imports a validated file as the page does: while the lock is on its texts are sealed first, then
 * written in applyImport's one transaction, which checks the lock is still the one sealed to (it is
 * sealed again if the lock changed meanwhile). `onSealing` tells the page the slow part has begun,
 * `onWriting` that the write has (from then on it cannot be stopped). Until then `signal` stops it,
 * nothing written, rejecting with the signal's reason.
 */
export function importFile(
  file: ExportFile,
  mode: ImportMode,
  options: {
    onSealing?: () => void;
    onWriting?: () => void;
    signal?: AbortSignal;
    /** How the texts are sealed (the page does it in a worker); sealFile by default. */
    seal?: (file: ExportFile, record: VaultRecord, signal?: AbortSignal) => Promise<ExportFile>;
  } = {},
): Promise<ImportOutcome> {
  const seal = options.seal ?? sealFile;
  return writeForStoredLock(
    async (vault) => {
      options.signal?.throwIfAborted();
      if (!vault) return file;
      options.onSealing?.();
      return seal(file, vault, options.signal);
    },
    (stored, lockId) => {
      options.signal?.throwIfAborted();
      options.onWriting?.();
      return applyImport(stored, mode, { lockId: lockId ?? null });
    },
  );
}
