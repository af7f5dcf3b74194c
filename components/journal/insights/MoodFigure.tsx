import { i18n } from '#i18n';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { LineChart } from '@/components/charts/LineChart';
import { enoughToChart } from '@/utils/insights/headline';
import type { MoodPoint } from '@/utils/insights/mood-trend';
import { formatDayShort, formatMean } from './numbers';

/**
 * Mood points as a line chart with its table, or a plain sentence when there is nothing or too
 * little to draw. Shared by insights and the printable summary.
 */
export function MoodFigure(props: { points: readonly MoodPoint[]; weekly: boolean }) {
  const { points, weekly } = props;
  const readings = points.reduce((sum, p) => sum + p.count, 0);
  const labels = points.map((p) => formatDayShort(p.start));
  // The mean of all readings in the window: each point weighs by its number of check-ins.
  const average = readings
    ? points.reduce((sum, p) => sum + (p.pleasantness ?? 0) * p.count, 0) / readings
    : null;

  if (readings === 0) return <p className="muted">{i18n.t('journal.insights.mood.none')}</p>;
  if (!enoughToChart(points.map((p) => p.pleasantness))) {
    return <p className="muted not-enough">{i18n.t('journal.insights.not_enough')}</p>;
  }
  return (
    <ChartFigure
      title={i18n.t(weekly ? 'journal.insights.mood.weekly' : 'journal.insights.mood.daily')}
      summary={i18n.t('journal.insights.mood.summary', [formatMean(average), String(readings)])}
      columns={[
        i18n.t(weekly ? 'journal.insights.col_week' : 'journal.insights.col_day'),
        i18n.t('journal.insights.mood.pleasantness'),
        i18n.t('journal.insights.mood.energy'),
        i18n.t('journal.insights.col_checkins'),
      ]}
      rows={points.map((p, i) => ({
        key: String(p.start),
        cells: [labels[i] ?? '', formatMean(p.pleasantness), formatMean(p.energy), String(p.count)],
      }))}
      legend={
        <ul className="chart-legend">
          <li>
            <span className="swatch" />
            {i18n.t('journal.insights.mood.pleasantness')}
          </li>
          <li>
            <span className="swatch second" />
            {i18n.t('journal.insights.mood.energy')}
          </li>
          <li className="muted">{i18n.t('journal.insights.mood.scale')}</li>
        </ul>
      }
    >
      <LineChart
        labels={labels}
        min={-5}
        max={5}
        yTicks={[-5, 0, 5]}
        series={[
          {
            name: 'pleasantness',
            className: 'series-pleasantness',
            values: points.map((p) => p.pleasantness),
          },
          { name: 'energy', className: 'series-energy', values: points.map((p) => p.energy) },
        ]}
      />
    </ChartFigure>
  );
}
