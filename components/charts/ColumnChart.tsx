import { linear, spreadIndexes } from './scale';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 30 };

/** Counts over time as columns from zero (e.g. different words per week), drawn in SVG. */
export function ColumnChart(props: { labels: readonly string[]; values: readonly number[]; max?: number }) {
  const count = props.values.length;
  const top = Math.max(props.max ?? 0, ...props.values, 1);
  const y = linear([0, top], [HEIGHT - PAD.bottom, PAD.top]);
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, count);
  const ticks = [0, Math.round(top / 2), top].filter((t, i, all) => all.indexOf(t) === i);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="column-chart" aria-hidden="true" focusable="false">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            className={tick === 0 ? 'axis' : 'grid'}
          />
          <text x={PAD.left - 6} y={y(tick)} className="tick" textAnchor="end" dominantBaseline="middle">
            {tick}
          </text>
        </g>
      ))}
      {props.values.map((value, i) => (
        <rect
          key={i}
          x={PAD.left + i * slot + slot * 0.15}
          width={Math.max(1, slot * 0.7)}
          y={y(value)}
          height={Math.max(0, y(0) - y(value))}
          rx={Math.min(3, slot * 0.2)}
          className="column"
        />
      ))}
      {spreadIndexes(count, 5).map((index) => (
        <text
          key={index}
          x={PAD.left + (index + 0.5) * slot}
          y={HEIGHT - 8}
          className="tick"
          textAnchor="middle"
        >
          {props.labels[index]}
        </text>
      ))}
    </svg>
  );
}
