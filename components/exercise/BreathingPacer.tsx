import { i18n } from '#i18n';
import type { BreathingPhase } from '@/utils/content/exercises';
import './BreathingPacer.css';

/**
 * A circle that grows on the breath in and shrinks on the breath out, the phase named below it.
 * With reduced motion it stays still and the words carry the rhythm.
 */
export function BreathingPacer(props: { phase: BreathingPhase; seconds: number; paused: boolean }) {
  const { phase, seconds, paused } = props;
  return (
    <div className="pacer" data-phase={phase} data-paused={paused}>
      <div
        className="pacer-circle"
        style={{ animationDuration: `${seconds}s` }}
        key={`${phase}-${seconds}`}
        aria-hidden="true"
      />
      <p className="pacer-phase" aria-live="polite">
        {i18n.t(`breathing.${phase}`)}
      </p>
    </div>
  );
}
