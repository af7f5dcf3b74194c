import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCheckin, makeEntry } from '@/tests/unit/factories';
import { placeOf, revealRecord } from '../lock/records';
import { UnreadableTextError } from '../vault/errors';
import type { TextPlace } from '../vault/place';
import { isSealed } from '../vault/protected-text';
import { fastVault, SAMPLE_TEXTS } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import type { OpenVault } from '../vault/vault';
import type { VaultRecord } from '../vault/vault-record';
import { onChange } from './changes';
import { putCheckin } from './checkins';
import { getDb } from './connection';
import { putEntry } from './entries';
import { putPrivate } from './private-write';
import { getVaultRecord } from './vault';
import type * as VaultModule from './vault';

// The real getVaultRecord, watched: a test can make the lock change right after putPrivate read it.
vi.mock('./vault', { spy: true });
const realVault = await vi.importActual<typeof VaultModule>('./vault');

afterEach(() => {
  vi.mocked(getVaultRecord).mockReset();
  vi.restoreAllMocks();
});

async function storeVault(record: VaultRecord | undefined): Promise<void> {
  const db = await getDb();
  await (record ? db.put('state', record, 'vault') : db.delete('state', 'vault'));
}

const rawCheckin = async (id: string) => (await getDb()).get('checkins', id);
const rawEntry = async (id: string) => (await getDb()).get('entries', id);

/** putPrivate reads the lock, then (before sealing and writing) `change` runs. */
function changeLockAfterReading(change: () => Promise<void>): void {
  vi.mocked(getVaultRecord).mockImplementationOnce(async () => {
    const seen = await realVault.getVaultRecord();
    await change();
    return seen;
  });
}

/** Where entry 'e' keeps its text. */
const ENTRY_E: TextPlace = { store: 'entries', id: 'e', field: 'text' };

describe('putPrivate while the lock is off', () => {
  it('stores check-ins and entries exactly as given, readable', async () => {
    const checkin = makeCheckin({ note: 'Shoulders up to my ears.' });
    const entry = makeEntry({ text: 'Long walk, better after.', tags: ['walk'] });
    expect(await putCheckin(checkin)).toBe(checkin);
    expect(await putEntry(entry)).toBe(entry);
    expect(await rawCheckin(checkin.id)).toEqual(checkin);
    expect(await rawEntry(entry.id)).toEqual(entry);
    expect('locked' in ((await rawEntry(entry.id)) ?? {})).toBe(false);
  });

  it('announces each write once, with its id', async () => {
    const heard: unknown[] = [];
    const stop = onChange((change) => heard.push(change));
    await putPrivate('checkins', makeCheckin({ id: 'c1', note: 'x' }));
    await putPrivate('entries', makeEntry({ id: 'e1' }));
    stop();
    expect(heard).toEqual([
      { store: 'checkins', ids: ['c1'] },
      { store: 'entries', ids: ['e1'] },
    ]);
  });
});

describe('putPrivate while the lock is on', () => {
  it('stores a check-in note as "" plus a text sealed to the vault, with no plaintext anywhere', async () => {
    const vault = await fastVault();
    await storeVault(vault.record);
    const checkin = makeCheckin({ note: 'Dread before the 1:1 with Sam', emotions: ['anxious'] });
    const given = structuredClone(checkin);
    expect(await putCheckin(checkin)).toEqual(given);

    const stored = await rawCheckin(checkin.id);
    expect(stored?.note).toBe('');
    expect(stored?.locked?.vault).toBe(vault.record.id);
    expect(stored?.locked && isSealed(stored.locked)).toBe(true);
    expect({ ...stored, locked: undefined, note: 'x' }).toEqual({ ...checkin, locked: undefined, note: 'x' });
    for (const piece of ['Dread before', '1:1', 'with Sam'])
      expect(JSON.stringify(stored)).not.toContain(piece);
    expect(stored && (await revealRecord(stored, (text, place) => revealText(vault, text, place)))).toEqual(
      checkin,
    );
  });

  it('round-trips every sample entry text, and keeps empty texts plain', async () => {
    const vault = await fastVault();
    await storeVault(vault.record);
    for (const text of SAMPLE_TEXTS) {
      const entry = makeEntry({ text, tags: ['t'] });
      await putEntry(entry);
      const stored = await rawEntry(entry.id);
      if (text === '') {
        expect(stored).toEqual(entry);
        expect(stored && 'locked' in stored).toBe(false);
      } else {
        expect(stored?.text).toBe('');
        expect(stored?.locked?.vault).toBe(vault.record.id);
        expect(JSON.stringify(stored)).not.toContain(text.trim().slice(0, 24));
      }
      expect(
        stored && (await revealRecord(stored, (locked, place) => revealText(vault, locked, place))),
      ).toEqual(entry);
    }
  });

  it('keeps an empty check-in note plain: there is nothing to hide', async () => {
    await storeVault((await fastVault()).record);
    const checkin = makeCheckin({ note: '' });
    await putCheckin(checkin);
    expect(await rawCheckin(checkin.id)).toEqual(checkin);
  });

  it('seals readable words even when the record still carries an older protected copy', async () => {
    const vault = await fastVault();
    await storeVault(vault.record);
    const older = await lockText(vault, 'older words', ENTRY_E);
    await putEntry(makeEntry({ id: 'e', text: 'newer words', locked: older }));
    const stored = await rawEntry('e');
    expect(stored?.text).toBe('');
    expect(JSON.stringify(stored)).not.toContain('newer words');
    expect(stored?.locked && (await revealText(vault, stored.locked, placeOf(stored)))).toBe('newer words');
  });

  it('keeps a text already protected by the current vault as it is', async () => {
    const vault = await fastVault();
    await storeVault(vault.record);
    const entry = makeEntry({ id: 'e', text: '', locked: await lockText(vault, 'kept', ENTRY_E) });
    await putEntry(entry);
    expect(await rawEntry('e')).toEqual(entry);
  });

  it('refuses a text protected by a vault that is no longer the lock, and stores nothing', async () => {
    const [old, current] = await Promise.all([fastVault(), fastVault()]);
    const stale = makeEntry({ id: 'e', text: '', locked: await lockText(old, 'unreadable now', ENTRY_E) });
    await storeVault(current.record);
    await expect(putEntry(stale)).rejects.toThrow(/no longer in use/);
    await storeVault(undefined);
    await expect(putEntry(stale)).rejects.toThrow(/no longer in use/);
    expect(await rawEntry('e')).toBeUndefined();
  });

  it('refuses to write when the lock record is damaged, rather than store words readable', async () => {
    await (await getDb()).put('state', { v: 1, id: 'broken' } as unknown as VaultRecord, 'vault');
    await expect(putCheckin(makeCheckin({ id: 'c', note: 'private' }))).rejects.toThrow(/damaged/);
    expect(await rawCheckin('c')).toBeUndefined();
  });
});

describe('putPrivate when the lock changes under the write', () => {
  let a: OpenVault;
  let b: OpenVault;
  const setUp = async () => {
    [a, b] = await Promise.all([fastVault(), fastVault('a second passphrase')]);
  };

  it('seals again to the new vault after a passphrase change between reading and writing', async () => {
    await setUp();
    await storeVault(a.record);
    changeLockAfterReading(() => storeVault(b.record));
    await putCheckin(makeCheckin({ id: 'c', note: 'written during a change' }));
    const stored = await rawCheckin('c');
    expect(stored?.locked?.vault).toBe(b.record.id);
    expect(stored?.locked && (await revealText(b, stored.locked, placeOf(stored)))).toBe(
      'written during a change',
    );
    await expect(stored?.locked && revealText(a, stored.locked, placeOf(stored))).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
    expect(getVaultRecord).toHaveBeenCalledTimes(2);
  });

  it('stores words readable when the lock was turned off meanwhile', async () => {
    await setUp();
    await storeVault(a.record);
    changeLockAfterReading(() => storeVault(undefined));
    const entry = makeEntry({ id: 'e', text: 'lock just went off' });
    await putEntry(entry);
    expect(await rawEntry('e')).toEqual(entry);
  });

  it('seals when the lock was turned on meanwhile, so nothing lands readable', async () => {
    await setUp();
    changeLockAfterReading(() => storeVault(a.record));
    await putEntry(makeEntry({ id: 'e', text: 'lock just went on' }));
    const stored = await rawEntry('e');
    expect(JSON.stringify(stored)).not.toContain('lock just went on');
    expect(stored?.locked && (await revealText(a, stored.locked, placeOf(stored)))).toBe('lock just went on');
  });

  it('notices a change made while the text is being sealed', async () => {
    await setUp();
    await storeVault(a.record);
    // Sealing makes one ephemeral key pair: change the lock right then.
    const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
    let changed = false;
    vi.spyOn(crypto.subtle, 'generateKey').mockImplementation(
      async (...args: Parameters<typeof generateKey>) => {
        if (!changed) {
          changed = true;
          await storeVault(b.record);
        }
        return generateKey(...args);
      },
    );
    await putCheckin(makeCheckin({ id: 'c', note: 'sealed mid-change' }));
    expect(changed).toBe(true);
    const stored = await rawCheckin('c');
    expect(stored?.locked?.vault).toBe(b.record.id);
    expect(stored?.locked && (await revealText(b, stored.locked, placeOf(stored)))).toBe('sealed mid-change');
  });

  it('gives up after a few tries when the lock keeps changing, storing nothing', async () => {
    await setUp();
    await storeVault(b.record);
    vi.mocked(getVaultRecord).mockResolvedValue(a.record);
    await expect(putCheckin(makeCheckin({ id: 'c', note: 'never lands' }))).rejects.toThrow(/changed/);
    expect(getVaultRecord).toHaveBeenCalledTimes(3);
    expect(await rawCheckin('c')).toBeUndefined();
  });
});

describe('getVaultRecord', () => {
  it('is undefined while off, the record while on, and an error when the record is damaged', async () => {
    expect(await getVaultRecord()).toBeUndefined();
    const vault = await fastVault();
    await storeVault(vault.record);
    expect(await getVaultRecord()).toEqual(vault.record);
    await (await getDb()).put('state', { ...vault.record, publicKey: 'nope' }, 'vault');
    await expect(getVaultRecord()).rejects.toThrow(/damaged/);
  });
});
