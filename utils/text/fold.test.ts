import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('ignores case and accents', () => {
    expect(fold('Ánimo gris')).toBe('animo gris');
    expect(fold('ÉMU')).toBe('emu');
    expect(fold('niño')).toBe('nino');
    expect(fold('Numb')).toBe('numb');
    expect(fold('Café ÉTÉ')).toBe('cafe ete');
    expect(fold('Ärger und Über')).toBe('arger und uber');
  });

  it('leaves plain ASCII as it is, punctuation included', () => {
    expect(fold('Plain ASCII, 42!')).toBe('plain ascii, 42!');
    expect(fold('a^b `c` ~d')).toBe('a^b `c` ~d');
    expect(fold('')).toBe('');
  });
});
