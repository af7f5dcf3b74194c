import { i18n } from '#i18n';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { LineChart } from '@/components/charts/LineChart';
import type { Checkin } from '@/utils/db/records';
import type { Weekday } from '@/utils/insights/days';
import { enoughToChart } from '@/utils/insights/headline';
import { bucketDays, moodOverTime, type MoodRange } from '@/utils/insights/mood-trend';
import { formatDayShort, formatMean } from './numbers';

/** Mood over the chosen window: pleasantness and energy, a day or a week per point. */
export function MoodSection(props: {
  checkins: readonly Checkin[];
  range: MoodRange;
  now: number;
  weekStartsOn: Weekday;
}) {
  const points = moodOverTime(props.checkins, {
    range: props.range,
    now: props.now,
    weekStartsOn: props.weekStartsOn,
  });
  const readings = points.reduce((sum, p) => sum + p.count, 0);
  const labels = points.map((p) => formatDayShort(p.start));
  // The mean of all readings in the window: each point weighs by its number of check-ins.
  const average = readings
    ? points.reduce((sum, p) => sum + (p.pleasantness ?? 0) * p.count, 0) / readings
    : null;
  const weekly = bucketDays(props.range) === 7;

  return (
    <section className="card insight" aria-labelledby="mood-title">
      <h2 id="mood-title">{i18n.t('journal.insights.mood.title')}</h2>
      {readings === 0 ? (
        <p className="muted">{i18n.t('journal.insights.mood.none')}</p>
      ) : !enoughToChart(points.map((p) => p.pleasantness)) ? (
        <p className="muted not-enough">{i18n.t('journal.insights.not_enough')}</p>
      ) : (
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
      )}
    </section>
  );
}
