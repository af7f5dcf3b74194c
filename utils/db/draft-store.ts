import type { JournalDraft } from '../journal/journal-draft';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import type { ProtectedText } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { lockText, revealText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { announceChange } from './changes';
import { getDb } from './connection';
import { checkStoredLock, StaleWriteError, writeForStoredLock } from './lock-write';

/** The stored draft and which write it is; `rev` is '' before the first write. */
export interface StoredJournalDraft {
  draft: JournalDraft | undefined;
  rev: string;
}

/** Another tab wrote the draft after this one last read it: nothing was written. */
export class DraftChangedError extends StaleWriteError {
  override name = 'DraftChangedError';
  constructor() {
    super('The journal draft was changed in another tab; nothing was written.');
  }
}

type StateReader = { get(key: 'journalDraftRev'): Promise<unknown> };

async function revIn(state: StateReader): Promise<string> {
  const rev = await state.get('journalDraftRev');
  return typeof rev === 'string' ? rev : '';
}

/** The change channel's word for any write of the draft. */
export const DRAFT_KEYS = ['journalDraft', 'journalDraftLocked', 'journalDraftRev'];

/**
 * The stored draft with its revision, read together: readable while the lock is off, revealed
 * with `vault` while it is on (a damaged or foreign one reads as empty, see revealDraft).
 */
export async function readDraft(vault: OpenVault | undefined): Promise<StoredJournalDraft> {
  const tx = (await getDb()).transaction('state');
  const [plain, locked, rev] = await Promise.all([
    tx.store.get('journalDraft') as Promise<JournalDraft | undefined>,
    tx.store.get('journalDraftLocked') as Promise<ProtectedText | undefined>,
    revIn(tx.store),
  ]);
  if (!vault) return { draft: plain, rev };
  const draft = locked && (await revealDraft(locked, (text, place) => revealText(vault, text, place)));
  return { draft, rev };
}

/**
 * Keeps the journal draft: readable while the lock is off, encrypted while it is on, for the lock
 * stored at the moment of writing (writeForStoredLock): when another tab turned it on, changed or
 * turned it off since this page opened, the draft is sealed to the lock stored now (or kept
 * readable when it is off), so it never lands in the clear while on, nor under a key that is gone.
 * With `basedOn`, it writes only over that revision (DraftChangedError otherwise). Returns the new
 * revision.
 */
export async function putDraft(
  draft: JournalDraft,
  open: OpenVault | undefined,
  options: { basedOn?: string } = {},
): Promise<string> {
  const db = await getDb();
  const { basedOn } = options;
  const rev = crypto.randomUUID();
  await writeForStoredLock(
    // The open vault's data key when it is still the lock; otherwise sealed to the lock stored now.
    async (vault) => {
      if (basedOn !== undefined && (await revIn(db.transaction('state').store)) !== basedOn) {
        throw new DraftChangedError();
      }
      return vault
        ? protectDraft(draft, (json, place) =>
            open?.record.id === vault.id ? lockText(open, json, place) : sealText(vault, json, place),
          )
        : undefined;
    },
    async (locked, lockId) => {
      const tx = db.transaction('state', 'readwrite');
      await checkStoredLock(tx.store, lockId);
      if (basedOn !== undefined && (await revIn(tx.store)) !== basedOn) throw new DraftChangedError();
      const writes = locked
        ? [tx.store.put(locked, 'journalDraftLocked'), tx.store.delete('journalDraft')]
        : [tx.store.put(draft, 'journalDraft'), tx.store.delete('journalDraftLocked')];
      await Promise.all([...writes, tx.store.put(rev, 'journalDraftRev'), tx.done]);
    },
  );
  announceChange({ store: 'state', ids: DRAFT_KEYS });
  return rev;
}
