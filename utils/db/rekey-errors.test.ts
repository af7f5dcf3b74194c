import { describe, expect, it } from 'vitest';
import { KeptChangingError, LockChangedElsewhereError } from './rekey-errors';

describe('rekey errors', () => {
  it('are told apart by instanceof and name, and both say that nothing was changed', () => {
    const elsewhere = new LockChangedElsewhereError();
    const changing = new KeptChangingError();
    expect(elsewhere).toBeInstanceOf(Error);
    expect(elsewhere).not.toBeInstanceOf(KeptChangingError);
    expect(changing).not.toBeInstanceOf(LockChangedElsewhereError);
    expect([elsewhere.name, changing.name]).toEqual(['LockChangedElsewhereError', 'KeptChangingError']);
    for (const error of [elsewhere, changing]) expect(error.message).toMatch(/nothing was changed/);
  });
});
