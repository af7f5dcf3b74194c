/**
 * Makers of single generated records (tests/tools/seed-data.ts): a check-in, an entry, a break
 * with its before and after check-ins. Each pushes into the history it was given.
 */
import { BODY_SENSATIONS } from '../../utils/content/body';
import { CANT_TELL, EMOTIONS, type Emotion } from '../../utils/content/emotions';
import { EXERCISE_IDS } from '../../utils/content/exercises';
import { PROMPTS } from '../../utils/content/prompts';
import type { BreakOutcome, BreakRecord, Checkin } from '../../utils/db/records';
import type { History } from './seed-data';
import type { randomTools } from './seed-random';
import { ENTRY_TEXTS, NOTES, TAGS } from './seed-texts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How much each exercise tends to lift pleasantness in the generated data, so "what helps" has a story. */
const EXERCISE_LIFT: Readonly<Record<string, number>> = {
  cyclic_sigh: 1.6,
  senses_54321: 1.4,
  short_walk: 1.5,
  box_breathing: 1.1,
  stretch_move: 1.0,
  water_outside: 1.3,
  reach_out: 1.2,
  eyes_202020: 0.3,
};

const OUTCOMES: readonly [BreakOutcome, number][] = [
  ['completed', 0.46],
  ['natural', 0.2],
  ['skipped', 0.14],
  ['stopped', 0.06],
  ['suggested', 0.08],
  ['started', 0.06],
];

const clamp = (value: number) => Math.max(-5, Math.min(5, Math.round(value)));

/** The words nearest a point on the meter; `spread` grows as the imagined user finds more words. */
function nearestWords(pleasantness: number, energy: number, spread: number): Emotion[] {
  const byDistance = EMOTIONS.filter((e) => e.id !== CANT_TELL)
    .map((emotion) => ({
      emotion,
      d: Math.hypot(emotion.pleasantness - pleasantness, emotion.energy - energy),
    }))
    .sort((a, b) => a.d - b.d || a.emotion.id.localeCompare(b.emotion.id));
  return byDistance.slice(0, spread).map((x) => x.emotion);
}

/** The record makers for one history, one random source and one clock offset. */
export function recordMakers(
  history: History,
  tools: ReturnType<typeof randomTools>,
  options: { seed: number; offsetMs: number },
) {
  const { pick, chance, between, noise, weighted } = tools;
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${options.seed}-${(counter++).toString(36).padStart(6, '0')}`;

  /** `progress` (0 → 1 over the history) widens the vocabulary: granularity grows with time. */
  const checkin = (
    at: number,
    mood: number,
    source: Checkin['source'],
    progress: number,
    breakId?: string,
  ) => {
    const placed = !chance(0.12);
    const lateEvening = (at + options.offsetMs) % DAY > 20 * 60 * MINUTE;
    const energy = placed ? clamp(noise(3) - (lateEvening ? 1 : 0)) : null;
    const words = placed
      ? nearestWords(mood, energy ?? 0, 3 + Math.round(progress * 9))
      : nearestWords(-1, -1.5, 6); // the numb and flat family
    const count = 1 + Math.floor(tools.between(0, 2.4));
    const record: Checkin = {
      id: id('c'),
      at,
      pleasantness: placed ? clamp(mood) : null,
      energy,
      emotions: chance(0.06)
        ? [CANT_TELL]
        : [...new Set(Array.from({ length: count }, () => pick(words).id))],
      body: chance(0.5) ? [pick(BODY_SENSATIONS).id] : [],
      note: source === 'popup' && chance(0.3) ? pick(NOTES) : '',
      source,
      ...(breakId ? { breakId } : {}),
    };
    history.checkins.push(record);
    return record;
  };

  /** An evening entry; returns the number of records made (1). */
  const entry = (day: number) => {
    const at = day + Math.round(between(19, 23.5) * 60) * MINUTE;
    const sentences = new Set(Array.from({ length: 1 + Math.floor(between(0, 4)) }, () => pick(ENTRY_TEXTS)));
    history.entries.push({
      id: id('e'),
      createdAt: at,
      updatedAt: chance(0.1) ? at + Math.round(between(1, 90)) * MINUTE : at,
      text: [...sentences].join(' '),
      tags: [...new Set(Array.from({ length: Math.floor(between(0, 3)) }, () => pick(TAGS)))],
      ...(chance(0.4) ? { promptId: pick(PROMPTS).id } : {}),
    });
    return 1;
  };

  /** A break and its fate, with check-ins before and after when taken; returns the records made. */
  const breakAt = (at: number, mood: number, progress: number) => {
    const outcome = weighted(OUTCOMES);
    if (outcome === 'natural') {
      const endedAt = at + Math.round(between(10, 45)) * MINUTE;
      history.breaks.push({ id: id('b'), at, endedAt, outcome, origin: 'idle', snoozes: 0 });
      return 1;
    }
    const breakId = id('b');
    const exerciseId = pick(EXERCISE_IDS);
    const origin = weighted<BreakRecord['origin']>([
      ['reminder', 0.72],
      ['popup', 0.16],
      ['suggestion', 0.12],
    ]);
    const taken = outcome === 'completed' || outcome === 'stopped' || outcome === 'started';
    const before =
      taken && chance(0.75) ? checkin(at - MINUTE, mood, 'before_break', progress, breakId) : null;
    const lift = (EXERCISE_LIFT[exerciseId] ?? 0.7) * (outcome === 'completed' ? 1 : 0.4);
    const endedAt = at + Math.round(between(1, 4) * 60) * 1000;
    const after =
      before && outcome !== 'started' && chance(0.85)
        ? checkin(endedAt + 5000, mood + lift + noise(1), 'after_break', progress, breakId)
        : null;
    const snoozes = weighted([
      [0, 0.7],
      [1, 0.18],
      [2, 0.08],
      [3, 0.04],
    ]);
    history.breaks.push({
      id: breakId,
      at,
      ...(outcome === 'suggested' || outcome === 'started' ? {} : { endedAt }),
      outcome,
      origin,
      exerciseId,
      snoozes: origin === 'reminder' ? snoozes : 0,
      ...(before ? { beforeCheckinId: before.id } : {}),
      ...(after ? { afterCheckinId: after.id } : {}),
    });
    return 1 + (before ? 1 : 0) + (after ? 1 : 0);
  };

  return { checkin, entry, breakAt };
}
