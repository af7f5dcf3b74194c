import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import { ChartFigure } from '@/components/charts/ChartFigure';
import type { Checkin } from '@/utils/db/records';
import { enoughToChart } from '@/utils/insights/headline';
import { moodByTimeOfDay, type DayPart } from '@/utils/insights/time-of-day';
import { formatMean } from './numbers';

/** Mean pleasantness by part of the day, with how many check-ins each rests on. */
export function TimeOfDaySection(props: { checkins: readonly Checkin[]; from: number; to: number }) {
  const inWindow = props.checkins.filter((c) => c.at >= props.from && c.at < props.to);
  const parts = moodByTimeOfDay(inWindow);
  const name = (part: DayPart) => i18n.t(`journal.insights.time.${part}`);
  const placed = parts.filter((p) => p.pleasantness !== null);
  const best = [...placed].sort((a, b) => (b.pleasantness ?? 0) - (a.pleasantness ?? 0))[0];

  return (
    <section className="card insight" aria-labelledby="time-title">
      <h2 id="time-title">{i18n.t('journal.insights.time.title')}</h2>
      {placed.length === 0 ? (
        <p className="muted">{i18n.t('journal.insights.time.none')}</p>
      ) : !enoughToChart(parts.map((p) => p.pleasantness)) ? (
        <p className="muted not-enough">{i18n.t('journal.insights.not_enough')}</p>
      ) : (
        <ChartFigure
          title={i18n.t('journal.insights.time.chart')}
          summary={best ? i18n.t('journal.insights.time.summary', [name(best.part)]) : ''}
          columns={[
            i18n.t('journal.insights.time.col_part'),
            i18n.t('journal.insights.mood.pleasantness'),
            i18n.t('journal.insights.col_checkins'),
          ]}
          rows={parts.map((p) => ({
            key: p.part,
            cells: [name(p.part), formatMean(p.pleasantness), String(p.checkins)],
          }))}
        >
          <BarChart
            min={-5}
            max={5}
            bars={parts.map((p) => ({
              label: name(p.part),
              value: p.pleasantness,
              valueText: i18n.t('journal.insights.time.value', p.checkins, [
                formatMean(p.pleasantness),
                String(p.checkins),
              ]),
            }))}
          />
        </ChartFigure>
      )}
    </section>
  );
}
