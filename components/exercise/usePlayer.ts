import { useEffect, useMemo, useRef, useState } from 'react';
import type { Exercise } from '@/utils/content/exercises';
import { positionAt, timelineOf, type Position, type TimelineStep } from '@/utils/breaks/timeline';

/**
 * Plays an exercise against the wall clock (no drift from timer jitter), with pause and resume.
 * Re-renders a few times a second while playing.
 */
export function usePlayer(exercise: Exercise) {
  const timeline: TimelineStep[] = useMemo(() => timelineOf(exercise), [exercise]);
  const startedAt = useRef(Date.now());
  const pausedAt = useRef<number | null>(null);
  const pausedTotal = useRef(0);
  const [, setTick] = useState(0);
  const [paused, setPaused] = useState(false);

  const elapsedSec = () => {
    const now = pausedAt.current ?? Date.now();
    return (now - startedAt.current - pausedTotal.current) / 1000;
  };
  const position: Position = positionAt(timeline, elapsedSec());

  useEffect(() => {
    if (paused || position.done) return;
    const timer = setInterval(() => setTick((t) => t + 1), 250);
    return () => clearInterval(timer);
  }, [paused, position.done]);

  function togglePause() {
    if (pausedAt.current === null) {
      pausedAt.current = Date.now();
      setPaused(true);
    } else {
      pausedTotal.current += Date.now() - pausedAt.current;
      pausedAt.current = null;
      setPaused(false);
    }
  }

  return { timeline, position, step: timeline[position.index], paused, togglePause };
}
