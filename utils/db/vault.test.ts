import { describe, expect, it } from 'vitest';
import { fastVault } from '../vault/test-vault';
import { isStoredLock } from './vault';

describe('isStoredLock', () => {
  it('matches the stored lock by id, and "off" only when nothing is stored', async () => {
    const { record } = await fastVault();
    expect(isStoredLock(record, record.id)).toBe(true);
    expect(isStoredLock(record, 'another-id')).toBe(false);
    expect(isStoredLock(record, undefined)).toBe(false);
    expect(isStoredLock(undefined, undefined)).toBe(true);
    expect(isStoredLock(undefined, record.id)).toBe(false);
  });

  it('never takes a damaged record for the lock being off', () => {
    expect(isStoredLock({ v: 1, id: 'x' }, undefined)).toBe(false);
    expect(isStoredLock({ v: 1, id: 'x' }, 'x')).toBe(false);
  });
});
