import { i18n } from '#i18n';
import { enoughToChart } from '@/utils/insights/headline';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { ColumnChart } from '@/components/charts/ColumnChart';
import type { Checkin } from '@/utils/db/records';
import type { Weekday } from '@/utils/insights/days';
import { wordVarietyTrend, wordsPerWeek } from '@/utils/insights/granularity';
import { emotionName } from '../format';
import { formatDayShort } from './numbers';

/** How many different feeling words each week: naming more of them is a gentle sign of reconnecting. */
export function WordsSection(props: {
  checkins: readonly Checkin[];
  from: number;
  now: number;
  weekStartsOn: Weekday;
}) {
  const weeks = wordsPerWeek(props.checkins, {
    from: props.from,
    to: props.now,
    weekStartsOn: props.weekStartsOn,
  });
  const trend = wordVarietyTrend(weeks);
  const labels = weeks.map((w) => formatDayShort(w.start));
  // One week with words is one giant column: the note above says it in words instead.
  const named = enoughToChart(weeks.map((w) => w.distinctWords || null));
  const note =
    trend === 'growing'
      ? i18n.t('journal.insights.words.growing')
      : trend === 'steady'
        ? i18n.t('journal.insights.words.steady')
        : i18n.t('journal.insights.words.early');

  return (
    <section className="card insight" aria-labelledby="words-title">
      <h2 id="words-title">{i18n.t('journal.insights.words.title')}</h2>
      <p>{note}</p>
      {named && (
        <ChartFigure
          title={i18n.t('journal.insights.words.chart')}
          summary={i18n.t('journal.insights.words.summary', [
            String(Math.max(...weeks.map((w) => w.distinctWords))),
            String(weeks.length),
          ])}
          columns={[
            i18n.t('journal.insights.col_week'),
            i18n.t('journal.insights.words.col_count'),
            i18n.t('journal.insights.words.col_words'),
          ]}
          rows={weeks.map((w, i) => ({
            key: String(w.start),
            cells: [labels[i] ?? '', String(w.distinctWords), w.words.map(emotionName).join(', ')],
          }))}
        >
          <ColumnChart labels={labels} values={weeks.map((w) => w.distinctWords)} />
        </ChartFigure>
      )}
    </section>
  );
}
