import { linePath, linear, spreadIndexes } from './scale';

export interface LineSeries {
  name: string;
  /** CSS class giving the line its colour (see charts.css). */
  className: string;
  /** One value per x position; null leaves a gap. */
  values: readonly (number | null)[];
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 34 };

/**
 * Lines over time on a fixed scale, drawn by hand in SVG: gaps stay gaps, lone points show as
 * dots. Purely visual; ChartFigure gives it a name and a table.
 */
export function LineChart(props: {
  labels: readonly string[];
  series: readonly LineSeries[];
  min: number;
  max: number;
  yTicks: readonly number[];
}) {
  const count = props.labels.length;
  const x = linear([0, Math.max(1, count - 1)], [PAD.left, WIDTH - PAD.right]);
  const y = linear([props.min, props.max], [HEIGHT - PAD.bottom, PAD.top]);

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="line-chart" aria-hidden="true" focusable="false">
      {props.yTicks.map((tick) => (
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
      {spreadIndexes(count, 5).map((index) => (
        <text
          key={index}
          x={x(index)}
          y={HEIGHT - 8}
          className="tick"
          textAnchor={index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle'}
        >
          {props.labels[index]}
        </text>
      ))}
      {props.series.map((series) => (
        <g key={series.name} className={series.className}>
          <path
            d={linePath(series.values.map((v, i) => [x(i), v === null ? null : y(v)]))}
            className="line"
          />
          {series.values.map((v, i) =>
            v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={count > 60 ? 2 : 3} className="dot" />,
          )}
        </g>
      ))}
    </svg>
  );
}
