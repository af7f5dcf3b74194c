import { describe, expect, it } from 'vitest';
import type { Guidance } from '../settings/settings';
import { cueFor, momentKind, type Cue, type CueStep, type Moment } from './cues';

const breath = (key: string): CueStep => ({ exerciseId: 'box_breathing', key, breathing: true });
const scan = (key: string): CueStep => ({ exerciseId: 'body_scan', key, breathing: false });

const begin = (step: CueStep, part = 0): Moment => ({ kind: 'begin', step, part });
const step = (s: CueStep): Moment => ({ kind: 'step', step: s });
const END: Moment = { kind: 'end', last: true };
const HAND_ON: Moment = { kind: 'end', last: false };

const silent: Cue = { tone: null, say: [] };

describe('cueFor', () => {
  // moment, mode, a voice on the device → cue
  it.each<[string, Moment, Guidance, boolean, Cue]>([
    // Off: nothing, ever.
    ['off, a step', step(scan('feet')), 'off', true, silent],
    ['off, the end', END, 'off', true, silent],
    // Chimes: a tone shaped by the next step, none at the very start, a closing tone.
    ['chimes, the first step', begin(scan('settle')), 'chimes', false, silent],
    ['chimes, a body-scan step', step(scan('feet')), 'chimes', false, { tone: 'step', say: [] }],
    ['chimes, breathe in', step(breath('inhale')), 'chimes', false, { tone: 'in', say: [] }],
    [
      'chimes, a little more in',
      step({ exerciseId: 'cyclic_sigh', key: 'top_up', breathing: true }),
      'chimes',
      false,
      { tone: 'in', say: [] },
    ],
    ['chimes, hold', step(breath('hold')), 'chimes', false, { tone: 'still', say: [] }],
    ['chimes, breathe out', step(breath('exhale')), 'chimes', false, { tone: 'out', say: [] }],
    ['chimes, the pause after', step(breath('hold_after')), 'chimes', false, { tone: 'still', say: [] }],
    [
      'chimes, the second exercise begins',
      begin(scan('settle'), 1),
      'chimes',
      false,
      { tone: 'step', say: [] },
    ],
    ['chimes, the first exercise hands on', HAND_ON, 'chimes', false, silent],
    ['chimes, the end', END, 'chimes', false, { tone: 'end', say: [] }],
    // Chimes chosen while a voice exists: still only chimes.
    ['chimes with a voice around', step(scan('feet')), 'chimes', true, { tone: 'step', say: [] }],
    // Voice: every step spoken, the first included; breathing by its phase only.
    [
      'voice, the first step',
      begin(scan('settle')),
      'voice',
      true,
      { tone: null, say: [{ kind: 'text', key: 'exercises.body_scan.steps.settle' }] },
    ],
    [
      'voice, a step',
      step(scan('feet')),
      'voice',
      true,
      { tone: null, say: [{ kind: 'text', key: 'exercises.body_scan.steps.feet' }] },
    ],
    [
      'voice, breathe in',
      step(breath('inhale')),
      'voice',
      true,
      { tone: null, say: [{ kind: 'text', key: 'breathing.inhale' }] },
    ],
    [
      'voice, the first breath',
      begin(breath('inhale')),
      'voice',
      true,
      { tone: null, say: [{ kind: 'text', key: 'breathing.inhale' }] },
    ],
    [
      'voice, the second exercise begins',
      begin(scan('settle'), 1),
      'voice',
      true,
      {
        tone: null,
        say: [
          { kind: 'next', exerciseId: 'body_scan' },
          { kind: 'text', key: 'exercises.body_scan.steps.settle' },
        ],
      },
    ],
    ['voice, the first exercise hands on', HAND_ON, 'voice', true, silent],
    ['voice, the end', END, 'voice', true, { tone: 'end', say: [{ kind: 'text', key: 'guidance.end' }] }],
    // Voice chosen, but no voice on this device: the chimes instead.
    ['voice without a voice, the first step', begin(scan('settle')), 'voice', false, silent],
    ['voice without a voice, a step', step(breath('exhale')), 'voice', false, { tone: 'out', say: [] }],
    ['voice without a voice, the end', END, 'voice', false, { tone: 'end', say: [] }],
  ])('%s', (_case, moment, mode, hasVoice, expected) => {
    expect(cueFor(moment, mode, hasVoice)).toEqual(expected);
  });
});

describe('momentKind', () => {
  it.each<
    [
      string,
      { index: number; done: boolean } | null,
      { index: number; done: boolean },
      ReturnType<typeof momentKind>,
    ]
  >([
    ['the first render', null, { index: 0, done: false }, 'begin'],
    [
      'the same step again (a re-render, a pause)',
      { index: 2, done: false },
      { index: 2, done: false },
      null,
    ],
    ['the next step', { index: 2, done: false }, { index: 3, done: false }, 'step'],
    ['a step skipped over (a throttled tab)', { index: 2, done: false }, { index: 5, done: false }, 'step'],
    ['the end', { index: 8, done: false }, { index: 8, done: true }, 'end'],
    ['still at the end', { index: 8, done: true }, { index: 8, done: true }, null],
    ['already over when first drawn', null, { index: 8, done: true }, 'end'],
  ])('%s', (_case, previous, current, expected) => {
    expect(momentKind(previous, current)).toBe(expected);
  });
});
