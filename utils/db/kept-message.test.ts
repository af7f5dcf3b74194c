import { describe, expect, it } from 'vitest';
import { fastVault } from '../vault/test-vault';
import { getDb } from './connection';
import { forgetMessage, keepMessage, readKeptMessage } from './kept-message';
import { setState } from './state';

const TEXT = 'Hi Sam, could we talk on Sunday?';

async function stored() {
  return (await getDb()).get('state', 'reachOutMessage');
}

describe('the kept Reach out message', () => {
  it('is kept as typed, and read back', async () => {
    expect(await keepMessage('Hi', 1)).toBe('kept');
    expect(await keepMessage(TEXT, 2)).toBe('kept');
    expect(await readKeptMessage()).toEqual({ message: { text: TEXT, at: 2 }, locked: false });
  });

  it('is forgotten when copied or thrown away, or emptied', async () => {
    await keepMessage(TEXT, 1);
    await forgetMessage();
    expect(await stored()).toBeUndefined();
    await keepMessage(TEXT, 1);
    await keepMessage('   ', 2);
    expect(await readKeptMessage()).toEqual({ message: undefined, locked: false });
  });

  it('is never kept readable while the passphrase lock is on, and an older copy is removed', async () => {
    await keepMessage(TEXT, 1);
    const vault = await fastVault();
    await setState('vault', vault.record);
    expect(await readKeptMessage()).toEqual({ message: { text: TEXT, at: 1 }, locked: true });
    expect(await keepMessage(`${TEXT} More.`, 2)).toBe('page_only');
    expect(await stored()).toBeUndefined();
  });

  it('reads a damaged record as no message', async () => {
    await (await getDb()).put('state', { words: 'odd' } as never, 'reachOutMessage');
    expect((await readKeptMessage()).message).toBeUndefined();
  });
});
