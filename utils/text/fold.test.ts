import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('ignores case and accents', () => {
    expect(fold('Ánimo gris')).toBe('animo gris');
    expect(fold('ÉMU')).toBe('emu');
    expect(fold('niño')).toBe('nino');
    expect(fold('Numb')).toBe('numb');
  });
});
