import type { Exercise } from '../content/exercises';

/** One step as it plays: which instruction, for how long, in which breathing cycle. */
export interface TimelineStep {
  key: string;
  seconds: number;
  /** 0-based breathing cycle (always 0 for exercises without cycles). */
  cycle: number;
  /** Seconds from the start of the exercise to the start of this step. */
  startSec: number;
  count?: number;
}

/** Every step in play order: breathing steps once per cycle, other steps once. */
export function timelineOf(exercise: Exercise): TimelineStep[] {
  const cycles = exercise.breathing?.cycles ?? 1;
  const steps: TimelineStep[] = [];
  let startSec = 0;
  for (let cycle = 0; cycle < cycles; cycle++) {
    for (const step of exercise.steps) {
      steps.push({
        key: step.key,
        seconds: step.seconds,
        cycle,
        startSec,
        ...(step.count ? { count: step.count } : {}),
      });
      startSec += step.seconds;
    }
  }
  return steps;
}

export interface Position {
  /** Index of the current step; the last step once done. */
  index: number;
  /** Seconds left in the current step. */
  stepRemaining: number;
  /** 0..1 of the whole exercise. */
  progress: number;
  done: boolean;
}

/** Where the exercise is after `elapsedSec` seconds of (unpaused) play. */
export function positionAt(timeline: readonly TimelineStep[], elapsedSec: number): Position {
  const last = timeline.at(-1);
  const total = last ? last.startSec + last.seconds : 0;
  if (!last || elapsedSec >= total) {
    return { index: Math.max(0, timeline.length - 1), stepRemaining: 0, progress: 1, done: true };
  }
  const elapsed = Math.max(0, elapsedSec);
  const index = timeline.findIndex((s) => elapsed < s.startSec + s.seconds);
  const step = timeline[index] ?? last;
  return {
    index,
    stepRemaining: step.startSec + step.seconds - elapsed,
    progress: elapsed / total,
    done: false,
  };
}
