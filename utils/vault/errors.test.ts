import { describe, expect, it } from 'vitest';
import { CorruptVaultError, UnreadableTextError, WrongPassphraseError } from './errors';

describe('vault errors', () => {
  it('are distinct Error classes with their own names', () => {
    const wrong = new WrongPassphraseError();
    const corrupt = new CorruptVaultError('bad salt');
    const unreadable = new UnreadableTextError(undefined, { cause: 'x' });
    expect(wrong).toBeInstanceOf(Error);
    expect(wrong).not.toBeInstanceOf(CorruptVaultError);
    expect(corrupt).not.toBeInstanceOf(WrongPassphraseError);
    expect(unreadable).not.toBeInstanceOf(WrongPassphraseError);
    expect([wrong.name, corrupt.name, unreadable.name]).toEqual([
      'WrongPassphraseError',
      'CorruptVaultError',
      'UnreadableTextError',
    ]);
    expect(corrupt.message).toBe('bad salt');
    expect(unreadable.cause).toBe('x');
  });
});
