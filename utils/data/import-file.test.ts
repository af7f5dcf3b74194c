import { describe, expect, it } from 'vitest';
import type { TextPlace } from '../vault/place';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { rekeyAll } from '../db/rekey';
import { revealRecord } from '../lock/records';
import { fastVault } from '../vault/test-vault';
import { revealText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import { applyImport, LockChangedError } from './apply';
import { readAll, snapshot } from './fixtures/database';
import type { ExportFile } from './format';
import { importFile } from './import-file';

const FILE: ExportFile = {
  format: 'thaw-export',
  version: 2,
  exportedAt: 0,
  settings: {},
  checkins: [
    makeCheckin({ id: 'c1', note: 'tight chest before the call' }),
    makeCheckin({ id: 'c2', note: '' }),
  ],
  entries: [makeEntry({ id: 'e1', text: 'river at dusk with Sam' })],
  breaks: [],
  exercises: [],
};
const SECRETS = ['tight chest', 'river at dusk'];

/** Every record as the given vault reads it. */
async function revealedWith(vault: OpenVault) {
  const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) => revealText(vault, text, place);
  const { checkins, entries } = await readAll();
  return {
    checkins: await Promise.all(checkins.map((record) => revealRecord(record, reveal))),
    entries: await Promise.all(entries.map((record) => revealRecord(record, reveal))),
  };
}

describe('importing while the lock is off', () => {
  it('stores the texts as they are', async () => {
    await importFile(FILE, 'merge');
    expect(await readAll()).toEqual({
      checkins: FILE.checkins,
      entries: FILE.entries,
      breaks: [],
      exercises: [],
    });
  });
});

describe('importing while the lock is on', () => {
  it('stores every text sealed to the lock, never in the clear, and the passphrase opens them', async () => {
    const vault = await fastVault();
    await rekeyAll(null, vault);
    let sealing = 0;
    const outcome = await importFile(FILE, 'replace', { onSealing: () => sealing++ });
    expect(outcome.added).toEqual({ checkins: 2, entries: 1, breaks: 0, exercises: 0 });
    expect(sealing).toBe(1);

    const stored = await readAll();
    for (const secret of SECRETS) expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.checkins.find((c) => c.id === 'c1')?.locked?.vault).toBe(vault.record.id);
    expect(stored.entries[0]?.locked?.vault).toBe(vault.record.id);
    // An empty note has nothing to hide and stays as it is.
    expect(stored.checkins.find((c) => c.id === 'c2')).toEqual(FILE.checkins[1]);
    expect(await revealedWith(vault)).toEqual({ checkins: FILE.checkins, entries: FILE.entries });
  });

  it('refuses readable texts in the one write, changing nothing', async () => {
    await rekeyAll(null, await fastVault());
    const before = await snapshot();
    await expect(applyImport(FILE, 'replace')).rejects.toBeInstanceOf(LockChangedError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses texts sealed to a lock that has changed since', async () => {
    const old = await fastVault();
    await rekeyAll(null, old);
    const next = await fastVault('a brand new passphrase');
    await rekeyAll(old, next);
    const before = await snapshot();
    await expect(applyImport(FILE, 'merge', { lockId: old.record.id })).rejects.toBeInstanceOf(
      LockChangedError,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('ends with every text readable under the new passphrase when it changes during the import', async () => {
    const old = await fastVault();
    await rekeyAll(null, old);
    const next = await fastVault('a brand new passphrase');
    let change: Promise<void> | undefined;
    await importFile(FILE, 'merge', { onSealing: () => (change ??= rekeyAll(old, next)) });
    await change;
    const stored = await readAll();
    for (const secret of SECRETS) expect(JSON.stringify(stored)).not.toContain(secret);
    expect(await revealedWith(next)).toEqual({ checkins: FILE.checkins, entries: FILE.entries });
  });
});
