import { describe, expect, it } from 'vitest';
import { isNewPassphraseReady, newPassphraseProblems } from './new-passphrase';

describe('a new passphrase typed twice', () => {
  it('is ready when long enough and the same twice', () => {
    const problems = newPassphraseProblems({ passphrase: 'blue kettle', repeat: 'blue kettle' });
    expect(problems).toEqual({ passphrase: null, repeat: null });
    expect(isNewPassphraseReady(problems)).toBe(true);
  });

  it('names a short or an overlong first field, and leaves the repeat alone until it is fine', () => {
    expect(newPassphraseProblems({ passphrase: 'short', repeat: 'other' })).toEqual({
      passphrase: 'too_short',
      repeat: null,
    });
    expect(newPassphraseProblems({ passphrase: 'x'.repeat(1025), repeat: '' }).passphrase).toBe('too_long');
  });

  it('names a repeat that differs, even by a trailing space or letter case', () => {
    for (const repeat of ['blue kettle ', 'Blue kettle', '']) {
      const problems = newPassphraseProblems({ passphrase: 'blue kettle', repeat });
      expect(problems).toEqual({ passphrase: null, repeat: 'mismatch' });
      expect(isNewPassphraseReady(problems)).toBe(false);
    }
  });
});
