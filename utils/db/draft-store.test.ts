import { describe, expect, it } from 'vitest';
import type { JournalDraft } from '../journal/journal-draft';
import { fastVault } from '../vault/test-vault';
import { DRAFT_PLACE } from '../vault/place';
import { revealText } from '../vault/text';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { getDb } from './connection';
import { DraftChangedError, putDraft, readDraft } from './draft-store';
import { setState } from './state';

const DRAFT: JournalDraft = { text: 'hush words in progress', tags: ['hush'] };

async function storedDrafts() {
  const db = await getDb();
  return {
    plain: await db.get('state', 'journalDraft'),
    locked: (await db.get('state', 'journalDraftLocked')) as ProtectedText | undefined,
  };
}

describe('putDraft', () => {
  it('keeps the draft readable while the lock is off', async () => {
    await putDraft(DRAFT, undefined);
    expect(await storedDrafts()).toEqual({ plain: DRAFT, locked: undefined });
  });

  it('locks it with the open vault while the lock is on, leaving no readable copy', async () => {
    const vault = await fastVault();
    await setState('vault', vault.record);
    await setState('journalDraft', DRAFT);
    await putDraft(DRAFT, vault);
    const { plain, locked } = await storedDrafts();
    expect(plain).toBeUndefined();
    expect(locked && !isSealed(locked) && locked.vault).toBe(vault.record.id);
    expect(locked && JSON.parse(await revealText(vault, locked, DRAFT_PLACE))).toEqual(DRAFT);
  });

  it('seals it to the stored lock when this page opened another (the passphrase changed elsewhere)', async () => {
    const [old, current] = [await fastVault(), await fastVault('a newer passphrase')];
    await setState('vault', current.record);
    await putDraft(DRAFT, old);
    const { plain, locked } = await storedDrafts();
    expect(plain).toBeUndefined();
    expect(locked?.vault).toBe(current.record.id);
    expect(locked && JSON.parse(await revealText(current, locked, DRAFT_PLACE))).toEqual(DRAFT);
  });

  it('never writes in the clear when the lock was turned on elsewhere after the page opened', async () => {
    const vault = await fastVault();
    await setState('vault', vault.record);
    await putDraft(DRAFT, undefined);
    const stored = JSON.stringify(await storedDrafts());
    expect(stored).not.toContain('hush');
    expect((await storedDrafts()).locked?.vault).toBe(vault.record.id);
  });

  it('keeps it readable when the lock was turned off elsewhere', async () => {
    const vault = await fastVault();
    await putDraft(DRAFT, vault);
    expect(await storedDrafts()).toEqual({ plain: DRAFT, locked: undefined });
  });
});

describe('the draft in several tabs', () => {
  it('writes over the revision a tab last saw, and refuses once another tab wrote since', async () => {
    const first = await putDraft({ text: 'tab one', tags: [] }, undefined, { basedOn: '' });
    const second = await putDraft({ text: 'tab one, more', tags: [] }, undefined, { basedOn: first });
    await expect(
      putDraft({ text: 'tab two', tags: [] }, undefined, { basedOn: first }),
    ).rejects.toBeInstanceOf(DraftChangedError);
    expect(await readDraft(undefined)).toEqual({ draft: { text: 'tab one, more', tags: [] }, rev: second });
  });

  it('refuses while the lock is on too, leaving the stored words as they were', async () => {
    const vault = await fastVault();
    await setState('vault', vault.record);
    const rev = await putDraft(DRAFT, vault, { basedOn: '' });
    await expect(
      putDraft({ text: 'other', tags: [] }, vault, { basedOn: 'an older one' }),
    ).rejects.toBeInstanceOf(DraftChangedError);
    expect(await readDraft(vault)).toEqual({ draft: DRAFT, rev });
  });
});
