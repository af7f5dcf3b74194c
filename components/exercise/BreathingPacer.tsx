import { i18n } from '#i18n';
import type { BreathingPhase } from '@/utils/content/exercises';
import './BreathingPacer.css';

/**
 * A circle that grows on the breath in and shrinks on the breath out. With reduced motion it
 * stays still and the phase is shown in words and a bar instead.
 */
export function BreathingPacer(props: {
  phase: BreathingPhase;
  seconds: number;
  remaining: number;
  paused: boolean;
}) {
  const { phase, seconds, remaining, paused } = props;
  const phaseProgress = seconds > 0 ? 1 - remaining / seconds : 1;
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
      <div className="pacer-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(phaseProgress * 100)}%` }} />
      </div>
    </div>
  );
}
