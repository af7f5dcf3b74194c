import { describe, expect, it } from 'vitest';
import { MICRO_BREAKS, nextMicroBreak } from './micro-breaks';

describe('micro-breaks', () => {
  it('take turns: eyes, posture, eyes', () => {
    expect(nextMicroBreak(undefined)).toBe('eyes');
    expect(nextMicroBreak('eyes')).toBe('posture');
    expect(nextMicroBreak('posture')).toBe('eyes');
    expect(nextMicroBreak('no-such-break')).toBe('eyes');
  });

  it('are 20 seconds each and say where their facts come from', () => {
    for (const m of MICRO_BREAKS) {
      expect(m.seconds).toBe(20);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });
});
