import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, lightDarkTokens } from '../tools/contrast';

// The palette of docs/design.md, read from the stylesheet every page uses.
const tokens = lightDarkTokens(readFileSync('assets/base.css', 'utf8'));

function pair(fg: string, bg: string, scheme: 'light' | 'dark'): number {
  const a = tokens.get(fg);
  const b = tokens.get(bg);
  if (!a || !b) throw new Error(`missing token ${a ? bg : fg}`);
  return contrastRatio(a[scheme], b[scheme]);
}

// Text needs 4.5:1 (WCAG AA); edges of controls, focus rings and mood dots need 3:1 (non-text).
const TEXT: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text', '--surface-2'],
  ['--text', '--accent-soft'],
  ['--muted', '--bg'],
  ['--muted', '--surface'],
  ['--muted', '--surface-2'],
  ['--accent', '--bg'],
  ['--accent', '--surface'],
  ['--accent', '--accent-soft'],
  ['--accent-text', '--accent'],
  ['--accent-text', '--accent-hover'],
  ['--danger', '--surface'],
  ['--danger', '--danger-soft'],
  ['--text', '--q-high-unpleasant'],
  ['--text', '--q-high-pleasant'],
  ['--text', '--q-low-unpleasant'],
  ['--text', '--q-low-pleasant'],
];
const NON_TEXT: [string, string][] = [
  ['--border-strong', '--surface'],
  ['--border-strong', '--bg'],
  ['--focus', '--bg'],
  ['--focus', '--surface'],
  ['--q-high-unpleasant-strong', '--surface'],
  ['--q-high-pleasant-strong', '--surface'],
  ['--q-low-unpleasant-strong', '--surface'],
  ['--q-low-pleasant-strong', '--surface'],
  ['--q-disconnected-strong', '--surface'],
];

describe('design tokens: every pairing the pages use is readable, light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(TEXT)(`${scheme}: text %s on %s is at least 4.5:1`, (fg, bg) => {
      expect(pair(fg, bg, scheme)).toBeGreaterThanOrEqual(4.5);
    });
    it.each(NON_TEXT)(`${scheme}: %s on %s is at least 3:1`, (fg, bg) => {
      expect(pair(fg, bg, scheme)).toBeGreaterThanOrEqual(3);
    });
  }

  it('reads the palette (a renamed token would silently pass)', () => {
    expect(tokens.size).toBeGreaterThanOrEqual(20);
  });
});
