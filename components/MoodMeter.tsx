import { i18n } from '#i18n';
import type { KeyboardEvent, PointerEvent } from 'react';
import { quadrantOf, type Quadrant } from '@/utils/content/emotions';
import './MoodMeter.css';

export interface MoodPoint {
  pleasantness: number;
  energy: number;
}

const MIN = -5;
const MAX = 5;
const clamp = (v: number) => Math.max(MIN, Math.min(MAX, Math.round(v)));

/** How a point reads aloud, e.g. "Pleasantness 2, energy −1 (each from −5 to 5)". */
function describe(point: MoodPoint | null): string {
  if (!point) return i18n.t('mood.not_placed');
  return i18n.t('mood.value', [String(point.pleasantness), String(point.energy)]);
}

/** The quadrants in reading order on the pad: high energy on top, pleasant on the right. */
const CELLS: readonly { quadrant: Quadrant; className: string }[] = [
  { quadrant: 'high_unpleasant', className: 'q q-hu' },
  { quadrant: 'high_pleasant', className: 'q q-hp' },
  { quadrant: 'low_unpleasant', className: 'q q-lu' },
  { quadrant: 'low_pleasant', className: 'q q-lp' },
];

/**
 * The mood meter: pleasantness left to right, energy bottom to top.
 * Pointer: click or drag on the pad. Keyboard and screen readers: two real range inputs inside
 * the pad (pleasantness, energy); arrow keys in all four directions work on either.
 */
export function MoodMeter(props: { value: MoodPoint | null; onChange: (point: MoodPoint) => void }) {
  const { value, onChange } = props;
  const current = value ?? { pleasantness: 0, energy: 0 };

  function pointAt(event: PointerEvent<HTMLDivElement>): MoodPoint {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left) / rect.width;
    const y = (event.clientY - rect.top) / rect.height;
    return { pleasantness: clamp(MIN + x * (MAX - MIN)), energy: clamp(MAX - y * (MAX - MIN)) };
  }

  function onPointer(event: PointerEvent<HTMLDivElement>) {
    if (event.type === 'pointermove' && event.buttons !== 1) return;
    onChange(pointAt(event));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    // The first key press places the point in the middle, then moves it.
    const from = value ?? { pleasantness: 0, energy: 0 };
    onChange(
      value
        ? { pleasantness: clamp(from.pleasantness + move[0]), energy: clamp(from.energy + move[1]) }
        : from,
    );
  }

  const left = `${((current.pleasantness - MIN) / (MAX - MIN)) * 100}%`;
  const top = `${((MAX - current.energy) / (MAX - MIN)) * 100}%`;
  const placed = value ? quadrantOf(value.pleasantness, value.energy) : null;
  const valueText = placed ? `${describe(value)}: ${i18n.t(`mood.quadrants.${placed}`)}` : describe(value);

  return (
    <div className="mood-meter" role="group" aria-label={i18n.t('mood.label')}>
      <div
        className="mood-pad"
        data-placed={placed ?? undefined}
        onPointerDown={onPointer}
        onPointerMove={onPointer}
        data-testid="mood-pad"
      >
        {CELLS.map(({ quadrant, className }) => (
          <span
            key={quadrant}
            className={className}
            data-chosen={placed === null ? undefined : placed === quadrant}
            aria-hidden="true"
          >
            <span className="q-name">{i18n.t(`mood.quadrants.${quadrant}`)}</span>
          </span>
        ))}
        <span className="axis axis-energy" aria-hidden="true">
          {i18n.t('mood.more_energy')}
        </span>
        <span className="axis axis-pleasant" aria-hidden="true">
          {i18n.t('mood.more_pleasant')}
        </span>
        {value && <span className="dot" style={{ left, top }} aria-hidden="true" />}
        <input
          type="range"
          className="visually-hidden"
          min={MIN}
          max={MAX}
          value={current.pleasantness}
          aria-label={i18n.t('mood.pleasantness')}
          aria-valuetext={valueText}
          onKeyDown={onKeyDown}
          onChange={(e) => onChange({ ...current, pleasantness: Number(e.target.value) })}
        />
        <input
          type="range"
          className="visually-hidden"
          min={MIN}
          max={MAX}
          value={current.energy}
          aria-label={i18n.t('mood.energy')}
          aria-valuetext={valueText}
          onKeyDown={onKeyDown}
          onChange={(e) => onChange({ ...current, energy: Number(e.target.value) })}
        />
      </div>
      <p className="mood-hint muted" aria-hidden="true">
        {describe(value)}
      </p>
    </div>
  );
}
