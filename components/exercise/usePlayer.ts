import { useMemo, useState } from 'react';
import type { Exercise } from '@/utils/content/exercises';
import { positionAt, timelineOf, type TimelineStep } from '@/utils/breaks/exercise-steps';
import { useNow } from '../useNow';

interface Clock {
  startedAt: number;
  /** When the current pause began, or null while playing. */
  pausedAt: number | null;
  /** Milliseconds spent in earlier pauses. */
  pausedMs: number;
}

/**
 * Plays an exercise against the wall clock (no drift from timer jitter), with pause and resume,
 * from `startAtSec` into it (a breathing exercise carried on at another count starts at its breath).
 * Re-renders a few times a second while playing.
 */
export function usePlayer(exercise: Exercise, startAtSec = 0) {
  const timeline: TimelineStep[] = useMemo(() => timelineOf(exercise), [exercise]);
  const [clock, setClock] = useState<Clock>(() => ({
    startedAt: Date.now() - startAtSec * 1000,
    pausedAt: null,
    pausedMs: 0,
  }));
  const [finished, setFinished] = useState(false);
  const now = useNow(250, clock.pausedAt === null && !finished);

  const at = clock.pausedAt ?? now;
  const position = positionAt(timeline, (at - clock.startedAt - clock.pausedMs) / 1000);
  if (position.done && !finished) setFinished(true);

  function togglePause() {
    const t = Date.now();
    setClock((c) =>
      c.pausedAt === null
        ? { ...c, pausedAt: t }
        : { ...c, pausedAt: null, pausedMs: c.pausedMs + t - c.pausedAt },
    );
  }

  return { timeline, position, step: timeline[position.index], paused: clock.pausedAt !== null, togglePause };
}
