import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import { mapBatched } from '../lock/map-batched';
import { isSealed } from '../vault/protected-text';
import { sealText } from '../vault/seal';
import { fastVault } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { onChange } from './changes';
import { putCheckin } from './checkins';
import { putEntry } from './entries';
import { LockChangedElsewhereError, relockSealed, rekeyAll } from './rekey';
import {
  actDuringPasses,
  DRAFT,
  dumpDatabase,
  expectAllLockedUnder,
  expectedTexts,
  readAll,
  seed,
  storeDraft,
  stored,
  storeVault,
  twoVaults,
} from './rekey-test-helpers';

// The real mapBatched, watched: a test can act between an attempt's read and its write.
vi.mock('../lock/map-batched', { spy: true });

afterEach(() => {
  vi.mocked(mapBatched).mockReset();
});

describe('relockSealed', () => {
  it('turns sealed texts into locked ones, keeping the words and leaving locked ones alone', async () => {
    const made = await seed(10, 10);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const lockedBefore = await stored();
    const popup = [makeCheckin({ id: 'p1', note: 'hush p1' }), makeCheckin({ id: 'p2', note: 'hush p2' })];
    for (const checkin of popup) await putCheckin(checkin);
    await putEntry(makeEntry({ id: 'p3', text: 'hush p3' }));
    await storeDraft(
      undefined,
      await protectDraft(DRAFT, (text, place) => sealText(vault.record, text, place)),
    );

    await relockSealed(vault);

    const after = await stored();
    await expectAllLockedUnder(vault);
    expect(after.vault).toEqual(vault.record);
    const texts = expectedTexts(made);
    texts.set('p1', 'hush p1').set('p2', 'hush p2').set('p3', 'hush p3');
    expect(await readAll(vault)).toEqual(texts);
    for (const record of lockedBefore.checkins) expect(after.checkins).toContainEqual(record);
    for (const record of lockedBefore.entries) expect(after.entries).toContainEqual(record);
    expect(after.draftLocked && isSealed(after.draftLocked)).toBe(false);
    expect(
      after.draftLocked && (await revealDraft(after.draftLocked, (t, place) => revealText(vault, t, place))),
    ).toEqual(DRAFT);
  });

  it('locks a readable draft kept beside the locked one by a page that missed the lock turning on', async () => {
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const stale = { ...DRAFT, text: 'hush typed in a stale tab' };
    await storeDraft(stale, await protectDraft(DRAFT, (text, place) => lockText(vault, text, place)));
    await relockSealed(vault);
    const after = await stored();
    expect(after.draft).toBeUndefined();
    expect(
      after.draftLocked && (await revealDraft(after.draftLocked, (t, place) => revealText(vault, t, place))),
    ).toEqual(stale);
  });

  it('changes nothing and rejects once the vault is no longer the lock', async () => {
    await seed(10, 10);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    await rekeyAll(a, null); // turned off in another tab
    const off = await dumpDatabase();
    await expect(relockSealed(a)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    expect(await dumpDatabase()).toEqual(off);

    await rekeyAll(null, b);
    await putCheckin(makeCheckin({ id: 'p', note: 'hush sealed to b' }));
    const onB = await dumpDatabase();
    await expect(relockSealed(a)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    expect(await dumpDatabase()).toEqual(onB);
  });

  it('writes nothing when the lock changes between its read and its write', async () => {
    await seed(10, 10);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    await putCheckin(makeCheckin({ id: 'p', note: 'hush sealed to a' }));
    let middle: unknown;
    actDuringPasses(async (call) => {
      if (call !== 1) return;
      await storeVault(b.record); // another tab changed the passphrase (simplified)
      middle = await dumpDatabase();
    });
    await expect(relockSealed(a)).rejects.toBeInstanceOf(LockChangedElsewhereError);
    expect(middle).toBeDefined();
    expect(await dumpDatabase()).toEqual(middle);
  });

  it('relocks a note the popup sealed between its read and its write too', async () => {
    const made = await seed(10, 5);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    await putCheckin(makeCheckin({ id: 'p1', note: 'hush p1' }));
    actDuringPasses(async (call) => {
      if (call === 1) await putCheckin(makeCheckin({ id: 'p2', note: 'hush p2' }));
    });
    await relockSealed(vault);
    await expectAllLockedUnder(vault);
    expect(await readAll(vault)).toEqual(expectedTexts(made).set('p1', 'hush p1').set('p2', 'hush p2'));
  });

  it('gives up quietly, writing nothing of its own, when the popup saves during every attempt', async () => {
    await seed(10, 5);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    await putCheckin(makeCheckin({ id: 'p0', note: 'hush p0' }));
    let afterLastSave: unknown;
    actDuringPasses(async (call) => {
      if (call % 2 === 0) return;
      await putCheckin(makeCheckin({ id: `p${call}`, note: `hush p${call}` }));
      afterLastSave = await dumpDatabase();
    });
    await relockSealed(vault);
    expect(vi.mocked(mapBatched).mock.calls.length).toBe(12);
    expect(await dumpDatabase()).toEqual(afterLastSave);
  });

  it('writes and announces nothing when no text is sealed', async () => {
    await seed(10, 10);
    const vault = await fastVault();
    await rekeyAll(null, vault);
    const before = await dumpDatabase();
    const heard = vi.fn();
    const stop = onChange(heard);
    await relockSealed(vault);
    stop();
    expect(heard).not.toHaveBeenCalled();
    expect(await dumpDatabase()).toEqual(before);
  });
});
