/**
 * What guidance plays at each moment of an exercise, so it can be followed with eyes closed. Pure:
 * the player reports moments, the adapter plays the cue (Web Audio tones, speech synthesis).
 *
 * - 'chimes': a soft tone at every step change, shaped by what comes next (rising for a breath in,
 *   falling for a breath out, level for a hold or any other step) and a closing tone at the end.
 *   Nothing at the very start: the person has just pressed the button and is still looking.
 * - 'voice' with a voice on the device: each step is spoken as it begins, the first one included
 *   (breathing says only the phase, "Breathe in", which fits inside a few seconds); the end is
 *   spoken after its tone. Without a voice on the device, 'voice' plays the chimes instead.
 * - 'off': nothing.
 */
import type { Guidance } from '../settings/settings';

/** The tone of a chime: rising, falling or level, a step of a plain exercise, or the end. */
export type Tone = 'in' | 'out' | 'still' | 'step' | 'end';

/** A text to speak: a message by key, or "Next: <exercise>" when a second exercise begins. */
export type Speech = { kind: 'text'; key: string } | { kind: 'next'; exerciseId: string };

export interface Cue {
  tone: Tone | null;
  say: Speech[];
}

/** A step as guidance needs it. */
export interface CueStep {
  exerciseId: string;
  key: string;
  /** Breathing steps are phases of a breath, named by their key (inhale, top_up, hold, exhale, hold_after). */
  breathing: boolean;
}

/** What just happened in the player. */
export type Moment =
  /** The first step of an exercise appeared; `part` is 0 for the first exercise of the break. */
  | { kind: 'begin'; step: CueStep; part: number }
  /** Another step began. */
  | { kind: 'step'; step: CueStep }
  /** An exercise is over; `last` when it is the break's last (an earlier one hands on to the next). */
  | { kind: 'end'; last: boolean };

const SILENCE: Cue = { tone: null, say: [] };

function toneOf(step: CueStep): Tone {
  if (!step.breathing) return 'step';
  if (step.key === 'inhale' || step.key === 'top_up') return 'in';
  if (step.key === 'exhale') return 'out';
  return 'still';
}

function speechOf(step: CueStep): Speech {
  const key = step.breathing ? `breathing.${step.key}` : `exercises.${step.exerciseId}.steps.${step.key}`;
  return { kind: 'text', key };
}

/** The cue for a moment, given the guidance chosen and whether a voice on the device was found. */
export function cueFor(moment: Moment, mode: Guidance, hasVoice: boolean): Cue {
  if (mode === 'off') return SILENCE;
  const speak = mode === 'voice' && hasVoice;
  switch (moment.kind) {
    case 'begin':
      if (speak) {
        const next: Speech[] = moment.part > 0 ? [{ kind: 'next', exerciseId: moment.step.exerciseId }] : [];
        return { tone: null, say: [...next, speechOf(moment.step)] };
      }
      return { tone: moment.part > 0 ? 'step' : null, say: [] };
    case 'step':
      return speak ? { tone: null, say: [speechOf(moment.step)] } : { tone: toneOf(moment.step), say: [] };
    case 'end':
      if (!moment.last) return SILENCE;
      return { tone: 'end', say: speak ? [{ kind: 'text', key: 'guidance.end' }] : [] };
  }
}

/**
 * The moment between two renders of a player: `previous` is the step index last seen (null before the
 * first render) and whether it was done then. Null when nothing changed.
 */
export function momentKind(
  previous: { index: number; done: boolean } | null,
  current: { index: number; done: boolean },
): 'begin' | 'step' | 'end' | null {
  if (current.done) return previous?.done ? null : 'end';
  if (previous === null) return 'begin';
  return current.index !== previous.index ? 'step' : null;
}
