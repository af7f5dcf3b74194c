import { plainTextOf } from '../lock/records';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { protectDraft, revealDraft } from '../lock/draft-lock';
import { mapBatched } from '../lock/map-batched';
import { isSealed } from '../vault/protected-text';
import { fastVault, PASSPHRASE } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { putCheckin } from './checkins';
import { getDb } from './connection';
import { putEntry } from './entries';
import type { Checkin } from './records';
import { KeptChangingError, LockChangedElsewhereError, rekeyAll } from './rekey';
import {
  actDuringPasses,
  DRAFT,
  dumpDatabase,
  expectAllLockedUnder,
  expectedTexts,
  openStoredAndReadAll,
  readableHush,
  readAll,
  seed,
  storeDraft,
  stored,
  twoVaults,
} from './rekey-test-helpers';

// The real mapBatched, watched: a test can act between an attempt's read and its write.
vi.mock('../lock/map-batched', { spy: true });

afterEach(() => {
  vi.mocked(mapBatched).mockReset();
});

/** How many items each mapBatched call converted: two calls per attempt (check-ins, entries). */
const convertedPerCall = () => vi.mocked(mapBatched).mock.calls.map(([items]) => items.length);

/** Every protected text's vault id, the locked draft's included. */
async function vaultIdsInUse(): Promise<Set<string>> {
  const { checkins, entries, draftLocked } = await stored();
  const texts = [...checkins, ...entries].flatMap((record) => (record.locked ? [record.locked] : []));
  return new Set([...texts, ...(draftLocked ? [draftLocked] : [])].map((text) => text.vault));
}

describe('rekeyAll with writes from other pages meanwhile', () => {
  it('keeps records edited or deleted between its read and its write, converting only the newer words again', async () => {
    const made = await seed(20, 5);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const newerDraft = { ...DRAFT, text: 'hush newer draft' };
    actDuringPasses(async (call) => {
      if (call !== 1) return;
      await putCheckin({ ...(made.checkins[3] as Checkin), note: 'hush edited' });
      await (await getDb()).delete('checkins', 'c7'); // deleted in another page
      await putEntry(makeEntry({ id: 'new', text: 'hush brand new' }));
      await storeDraft(undefined, await protectDraft(newerDraft, (text, place) => lockText(a, text, place)));
    });
    await rekeyAll(a, b);

    // 16 notes and 5 entries, then (the first write having found changes) only the two new texts.
    expect(convertedPerCall()).toEqual([16, 5, 1, 1]);
    const texts = await readAll(b);
    expect(texts.get('c3')).toBe('hush edited');
    expect(texts.has('c7')).toBe(false);
    expect(texts.get('new')).toBe('hush brand new');
    expect(texts.size).toBe(25);
    const { draftLocked } = await stored();
    expect(draftLocked?.vault).toBe(b.record.id);
    expect(draftLocked && (await revealDraft(draftLocked, (t, place) => revealText(b, t, place)))).toEqual(
      newerDraft,
    );
  });

  it('never strands a popup note sealed to the old key between its read and its write', async () => {
    const made = await seed(30, 10);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    actDuringPasses(async (call) => {
      if (call === 1) await putCheckin(makeCheckin({ id: 'p', note: 'hush sealed to the old key' }));
    });
    await rekeyAll(a, b);

    expect(await vaultIdsInUse()).toEqual(new Set([b.record.id]));
    await expectAllLockedUnder(b);
    expect(await readAll(b)).toEqual(expectedTexts(made).set('p', 'hush sealed to the old key'));
  });

  it('changes nothing when an attempt after a popup note fails: the old passphrase opens everything', async () => {
    const made = await seed(30, 10);
    await storeDraft(DRAFT, undefined);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    let afterNote: unknown;
    actDuringPasses(async (call) => {
      if (call === 1) {
        await putCheckin(makeCheckin({ id: 'p', note: 'hush sealed to the old key' }));
        afterNote = await dumpDatabase();
      }
      if (call === 3) throw new Error('The tab was closed.');
    });
    await expect(rekeyAll(a, b)).rejects.toThrow('The tab was closed.');

    expect(afterNote).toBeDefined();
    expect(await dumpDatabase()).toEqual(afterNote);
    expect(await vaultIdsInUse()).toEqual(new Set([a.record.id]));
    expect(await openStoredAndReadAll(PASSPHRASE)).toEqual({
      texts: expectedTexts(made).set('p', 'hush sealed to the old key'),
      draft: DRAFT,
    });
  });

  it('finishes once the popup stops saving, with every saved note under the new lock', async () => {
    const made = await seed(10, 0);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const expected = expectedTexts(made);
    actDuringPasses(async (call) => {
      if (call % 2 === 0 || call > 5) return; // during the first three attempts only
      expected.set(`p${call}`, `hush popup ${call}`);
      await putCheckin(makeCheckin({ id: `p${call}`, note: `hush popup ${call}` }));
    });
    await rekeyAll(a, b);

    expect(convertedPerCall()).toEqual([8, 0, 1, 0, 1, 0, 1, 0]);
    await expectAllLockedUnder(b);
    expect(await readAll(b)).toEqual(expected);
    expect(expected.size).toBe(13);
  });

  it('gives up with KeptChangingError, changing nothing, when the popup saves during every attempt', async () => {
    const made = await seed(10, 5);
    const [a, b] = await twoVaults();
    await rekeyAll(null, a);
    const expected = expectedTexts(made);
    let afterLastSave: unknown;
    actDuringPasses(async (call) => {
      if (call % 2 === 0) return;
      expected.set(`p${call}`, `hush popup ${call}`);
      await putCheckin(makeCheckin({ id: `p${call}`, note: `hush popup ${call}` }));
      afterLastSave = await dumpDatabase();
    });
    const failure = rekeyAll(a, b);
    await expect(failure).rejects.toBeInstanceOf(KeptChangingError);
    await expect(failure).rejects.toThrow(/nothing was changed/);

    expect(convertedPerCall().length).toBe(12); // six attempts
    expect(await dumpDatabase()).toEqual(afterLastSave);
    expect(await vaultIdsInUse()).toEqual(new Set([a.record.id]));
    expect((await openStoredAndReadAll(PASSPHRASE)).texts).toEqual(expected);
  });

  const directions = [
    { name: 'turning on', before: false, after: true },
    { name: 'changing the passphrase', before: true, after: true },
    { name: 'turning off', before: true, after: false },
  ];
  for (const direction of directions) {
    it(`ends with every text under the final lock after 50 saves while ${direction.name} 500 records`, async () => {
      const made = await seed(400, 100);
      const [a, b] = await twoVaults();
      const from = direction.before ? a : null;
      const to = direction.after ? b : null;
      if (from) await rekeyAll(null, from);

      const expected = expectedTexts(made);
      let saved = 0;
      const save = async (i: number) => {
        const edit = i % 2 === 0;
        const checkin = edit
          ? { ...(made.checkins[i] as Checkin), note: `hush edit ${i}` }
          : makeCheckin({ id: `new${i}`, note: `hush new ${i}` });
        expected.set(checkin.id, checkin.note);
        await putCheckin(checkin);
        saved++;
      };
      // Some saves land between the first attempt's read and its write, some during the next one.
      actDuringPasses(async (call) => {
        if (call === 1) await Promise.all([0, 1, 2, 3, 4].map(save));
        if (call === 3) await Promise.all([5, 6, 7].map(save));
      });
      const others = Array.from({ length: 42 }, (_, k) =>
        new Promise((resolve) => setTimeout(resolve, k % 14)).then(() => save(8 + k)),
      );
      await Promise.all([rekeyAll(from, to), ...others]);

      expect(saved).toBe(50);
      const after = await stored();
      expect(after.vault).toEqual(to?.record);
      for (const record of [...after.checkins, ...after.entries]) {
        if (to)
          expect(plainTextOf(record) === '' && (record.locked?.vault ?? to.record.id) === to.record.id).toBe(
            true,
          );
        else expect(record.locked).toBeUndefined();
      }
      const ids = [...after.checkins, ...after.entries].map((record) => record.id);
      expect(ids.length).toBe(500 + 25);
      expect(new Set(ids).size).toBe(ids.length);
      expect(await readAll(to)).toEqual(expected);
      if (to) expect(await readableHush()).toBe('');
    });
  }
});

describe('two lock changes at once', () => {
  /** Runs both; exactly one must win, the other reject with LockChangedElsewhereError. */
  async function race(from: OpenVault | null, one: OpenVault, other: OpenVault): Promise<OpenVault> {
    const results = await Promise.allSettled([rekeyAll(from, one), rekeyAll(from, other)]);
    const won = results.flatMap((result, i) => (result.status === 'fulfilled' ? [[one, other][i]] : []));
    const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(won.length).toBe(1);
    expect(lost.length).toBe(1);
    expect(lost[0]).toBeInstanceOf(LockChangedElsewhereError);
    const winner = won[0];
    if (!winner) throw new Error('No change won.');
    return winner;
  }

  it('from the same passphrase (A to B, A to C): one wins, and every text opens with it', async () => {
    const made = await seed(60, 20);
    await storeDraft(DRAFT, undefined);
    const [a, b] = await twoVaults();
    const c = await fastVault('yet another passphrase');
    await rekeyAll(null, a);
    const expected = expectedTexts(made);
    actDuringPasses(async (call) => {
      if (call !== 1) return; // between both first reads and writes
      expected.set('p', 'hush popup');
      await putCheckin(makeCheckin({ id: 'p', note: 'hush popup' }));
    });

    const winner = await race(a, b, c);

    expect((await stored()).vault).toEqual(winner.record);
    // The popup note may be sealed to the winner: saved after it committed, it was sealed again.
    expect(await vaultIdsInUse()).toEqual(new Set([winner.record.id]));
    expect(await readAll(winner)).toEqual(expected);
    expect(await readableHush()).toBe('');
    const { draftLocked } = await stored();
    expect(draftLocked && !isSealed(draftLocked)).toBe(true);
    expect(
      draftLocked && (await revealDraft(draftLocked, (t, place) => revealText(winner, t, place))),
    ).toEqual(DRAFT);
  });

  it('turning on from two tabs: one wins, and every text opens with it', async () => {
    const made = await seed(40, 10);
    const [b, c] = await twoVaults();
    const winner = await race(null, b, c);
    // Both converted every text, so the loser was turned away inside its own write transaction.
    expect(convertedPerCall().sort((x, y) => x - y)).toEqual([10, 10, 32, 32]);
    expect((await stored()).vault).toEqual(winner.record);
    await expectAllLockedUnder(winner);
    expect(await readAll(winner)).toEqual(expectedTexts(made));
    expect(await readableHush()).toBe('');
  });

  it('turning on from two tabs with no texts yet: one wins, the other is turned away by the vault check', async () => {
    const [b, c] = await twoVaults();
    const winner = await race(null, b, c);
    expect((await stored()).vault).toEqual(winner.record);
  });
});
