import { describe, expect, it } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { readAll, seed, snapshot } from '@/utils/data/fixtures/database';
import { getVaultRecord } from '@/utils/db/vault';
import { WrongPassphraseError } from '@/utils/vault/errors';
import { openVault } from '@/utils/vault/vault';
import type { VaultRecord } from '@/utils/vault/vault-record';
import { changePassphrase, turnLockOff, turnLockOn } from './lock-actions';

const FAST = { iterations: 1000 };
const FIRST = 'blue kettle in the rain';
const SECOND = 'green teapot in the sun';
const records = {
  checkins: [makeCheckin({ id: 'c1', note: 'tight chest before the call' })],
  entries: [makeEntry({ id: 'e1', text: 'river at dusk with Sam' })],
  breaks: [],
  exercises: [],
};
const plainTextLeft = async () => /tight chest|river at dusk/.test(JSON.stringify(await readAll()));

async function lockRecord(): Promise<VaultRecord> {
  const record = await getVaultRecord();
  if (!record) throw new Error('the lock is off');
  return record;
}

describe('the options page lock actions', () => {
  it('turn the lock on, reporting progress, with no text left readable', async () => {
    await seed(records);
    const progress: [number, number][] = [];
    await turnLockOn(FIRST, (done, total) => progress.push([done, total]), FAST);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await plainTextLeft()).toBe(false);
    expect((await readAll()).entries[0]?.locked?.vault).toBe((await lockRecord()).id);
  });

  it('change nothing when the current passphrase is wrong', async () => {
    await seed(records);
    await turnLockOn(FIRST, () => undefined, FAST);
    const before = await snapshot();
    await expect(
      changePassphrase(await lockRecord(), SECOND, SECOND, () => undefined, FAST),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(turnLockOff(await lockRecord(), SECOND, () => undefined)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('change the passphrase: a new vault holds every text, and the old passphrase opens nothing', async () => {
    await seed(records);
    await turnLockOn(FIRST, () => undefined, FAST);
    const old = await lockRecord();
    await changePassphrase(old, FIRST, SECOND, () => undefined, FAST);
    const next = await lockRecord();
    expect(next.id).not.toBe(old.id);
    const { checkins, entries } = await readAll();
    expect([checkins[0]?.locked?.vault, entries[0]?.locked?.vault]).toEqual([next.id, next.id]);
    await expect(openVault(next, FIRST)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(openVault(next, SECOND)).resolves.toBeDefined();
  });

  it('turn the lock off: the texts are readable again and the record is gone', async () => {
    await seed(records);
    await turnLockOn(FIRST, () => undefined, FAST);
    await turnLockOff(await lockRecord(), FIRST, () => undefined);
    expect(await getVaultRecord()).toBeUndefined();
    expect(await readAll()).toEqual(records);
  });
});
