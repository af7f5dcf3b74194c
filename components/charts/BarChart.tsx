import { linear } from './scale';

export interface Bar {
  label: string;
  /** Null draws no bar and shows `valueText` alone (e.g. "not enough data yet"). */
  value: number | null;
  valueText: string;
}

const WIDTH = 640;
const ROW = 30;
const LABEL = 170;
const VALUE = 150;

/**
 * Horizontal bars with their labels and values, from zero, left or right (so a dip shows as a
 * dip): for categories such as parts of the day or break outcomes.
 */
export function BarChart(props: { bars: readonly Bar[]; min: number; max: number }) {
  const height = props.bars.length * ROW + 4;
  const x = linear([props.min, props.max], [LABEL + 8, WIDTH - VALUE]);
  const zero = x(Math.max(props.min, Math.min(0, props.max)));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="bar-chart" aria-hidden="true" focusable="false">
      {props.min < 0 && <line x1={zero} x2={zero} y1={0} y2={height} className="axis" />}
      {props.bars.map((bar, i) => {
        const middle = i * ROW + ROW / 2 + 2;
        const end = bar.value === null ? zero : x(bar.value);
        return (
          <g key={bar.label}>
            <text x={LABEL} y={middle} className="label" textAnchor="end" dominantBaseline="middle">
              {bar.label}
            </text>
            {bar.value !== null && (
              <rect
                x={Math.min(zero, end)}
                width={Math.max(2, Math.abs(end - zero))}
                y={middle - 9}
                height={18}
                rx={4}
                className={bar.value < 0 ? 'bar negative' : 'bar'}
              />
            )}
            <text x={Math.max(zero, end) + 8} y={middle} className="value" dominantBaseline="middle">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
