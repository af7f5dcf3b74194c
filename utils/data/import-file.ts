import { getVaultRecord } from '../db/vault';
import { mapBatched } from '../lock/map-batched';
import { protectRecord } from '../lock/records';
import { sealText } from '../vault/seal';
import type { VaultRecord } from '../vault/vault-record';
import { applyImport, LockChangedError, type ImportMode, type ImportOutcome } from './apply';
import type { ExportFile } from './format';

/** Tries before giving up when the lock keeps changing under an import (it never should twice). */
const ATTEMPTS = 3;

/**
 * The file with every check-in note and entry text sealed to the lock's public key, as the popup
 * seals a new note: no passphrase needed, and only the passphrase opens them afterwards.
 */
export async function sealFile(file: ExportFile, record: VaultRecord): Promise<ExportFile> {
  const seal = (text: string) => sealText(record, text);
  return {
    ...file,
    checkins: await mapBatched(file.checkins, (checkin) => protectRecord(checkin, seal)),
    entries: await mapBatched(file.entries, (entry) => protectRecord(entry, seal)),
  };
}

/**
 * Imports a validated file as the page does: while the lock is on its texts are sealed first, then
 * written in applyImport's one transaction, which checks the lock is still the one sealed to (it is
 * sealed again if the lock changed meanwhile). `onSealing` tells the page the slow part has begun.
 */
export async function importFile(
  file: ExportFile,
  mode: ImportMode,
  options: { onSealing?: () => void } = {},
): Promise<ImportOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const vault = await getVaultRecord();
    if (vault) options.onSealing?.();
    const stored = vault ? await sealFile(file, vault) : file;
    try {
      return await applyImport(stored, mode, { lockId: vault?.id ?? null });
    } catch (error) {
      if (!(error instanceof LockChangedError)) throw error;
    }
  }
  throw new LockChangedError();
}
