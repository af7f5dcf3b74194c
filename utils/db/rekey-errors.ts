/**
 * The stored passphrase lock is not the one a change started from: another tab turned it on, off or
 * changed it first. The change wrote nothing; the page should re-read the lock before trying again.
 */
export class LockChangedElsewhereError extends Error {
  override name = 'LockChangedElsewhereError';
  constructor() {
    super('The passphrase lock was changed elsewhere meanwhile; nothing was changed here.');
  }
}

/**
 * Other pages kept writing texts while the lock was being changed, through every attempt. The change
 * wrote nothing (the lock and every text are as they were); trying again later should work.
 */
export class KeptChangingError extends Error {
  override name = 'KeptChangingError';
  constructor() {
    super('The journal kept changing while the lock was being changed; nothing was changed.');
  }
}
