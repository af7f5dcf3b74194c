import type { VaultRecord } from '../vault/vault-record';
import { getVaultRecord, isStoredLock } from './vault';

/**
 * A write found that what it was prepared for changed meanwhile (nothing was written): prepare it
 * again. Thrown from inside the write's own transaction.
 */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
}

/** The passphrase lock is not the one the texts were prepared for (turned on, off or changed since). */
export class LockChangedError extends StaleWriteError {
  override name = 'LockChangedError';
  constructor() {
    super('The passphrase lock changed while this was being saved; nothing was written.');
  }
}

/** Tries before giving up when the lock keeps changing under a write (it never should twice). */
const LOCK_ATTEMPTS = 3;

/**
 * The one loop behind every write of protected text: `prepare` runs outside any transaction (WebCrypto
 * would let one close), then `write` runs in a transaction of its own that checks, inside it, that
 * what was prepared for still holds, throwing StaleWriteError when not; then it is prepared again.
 * After `attempts` stale writes the last StaleWriteError is thrown.
 */
export async function prepareThenWrite<P, R>(
  prepare: () => Promise<P>,
  write: (prepared: P) => Promise<R>,
  attempts: number,
): Promise<R> {
  let stale = new StaleWriteError('Nothing was tried.');
  for (let attempt = 0; attempt < attempts; attempt++) {
    const prepared = await prepare();
    try {
      return await write(prepared);
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
      stale = error;
    }
  }
  throw stale;
}

/**
 * Writes text for the lock stored now: `protect` seals it to that lock (or leaves it readable while
 * the lock is off, `vault` undefined); `write` must call checkStoredLock in its transaction before
 * writing, so a text never lands in the clear while the lock is on, nor under a key that is gone.
 */
export function writeForStoredLock<P, R>(
  protect: (vault: VaultRecord | undefined) => Promise<P>,
  write: (prepared: P, lockId: string | undefined) => Promise<R>,
): Promise<R> {
  return prepareThenWrite(
    async () => {
      const vault = await getVaultRecord();
      return { lockId: vault?.id, prepared: await protect(vault) };
    },
    ({ lockId, prepared }) => write(prepared, lockId),
    LOCK_ATTEMPTS,
  );
}

/** Inside a write's transaction: LockChangedError unless the stored lock is still `lockId`. */
export async function checkStoredLock(
  state: { get(key: 'vault'): Promise<unknown> },
  lockId: string | undefined,
): Promise<void> {
  if (!isStoredLock(await state.get('vault'), lockId)) throw new LockChangedError();
}
