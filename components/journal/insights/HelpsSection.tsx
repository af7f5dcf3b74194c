import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import { ChartFigure } from '@/components/charts/ChartFigure';
import type { BreakRecord, Checkin } from '@/utils/db/records';
import { MIN_PAIRS, exerciseShifts } from '@/utils/insights/what-helps';
import { exerciseName } from '../format';
import { formatShift } from './numbers';

/**
 * Which exercises tend to leave you feeling better: the change in pleasantness from the check-in
 * before a break to the one after, over the whole year, and honest about too little data.
 */
export function HelpsSection(props: { breaks: readonly BreakRecord[]; checkins: readonly Checkin[] }) {
  const byId = new Map(props.checkins.map((c) => [c.id, c]));
  const shifts = exerciseShifts(props.breaks, byId);
  const measured = shifts.filter((s) => s.meanShift !== null);
  const valueText = (s: (typeof shifts)[number]) =>
    s.meanShift === null
      ? i18n.t('journal.insights.helps.not_enough', [String(s.pairs), String(MIN_PAIRS)])
      : i18n.t('journal.insights.helps.shift', s.pairs, [formatShift(s.meanShift), String(s.pairs)]);
  const best = measured[0];

  return (
    <section className="card insight" aria-labelledby="helps-title">
      <h3 id="helps-title">{i18n.t('journal.insights.helps.title')}</h3>
      <p className="muted">{i18n.t('journal.insights.helps.intro')}</p>
      {shifts.length === 0 ? (
        <p>{i18n.t('journal.insights.helps.none')}</p>
      ) : (
        <ChartFigure
          title={i18n.t('journal.insights.helps.chart')}
          summary={
            best && best.meanShift !== null && best.meanShift > 0
              ? i18n.t('journal.insights.helps.summary', [
                  exerciseName(best.exerciseId),
                  formatShift(best.meanShift),
                ])
              : i18n.t('journal.insights.helps.summary_none', [String(MIN_PAIRS)])
          }
          columns={[
            i18n.t('journal.insights.helps.col_exercise'),
            i18n.t('journal.insights.helps.col_shift'),
          ]}
          rows={shifts.map((s) => ({ key: s.exerciseId, cells: [exerciseName(s.exerciseId), valueText(s)] }))}
        >
          <BarChart
            min={Math.min(-1, ...measured.map((s) => s.meanShift ?? 0))}
            max={Math.max(1, ...measured.map((s) => s.meanShift ?? 0))}
            bars={shifts.map((s) => ({
              label: exerciseName(s.exerciseId),
              value: s.meanShift,
              valueText:
                s.meanShift === null
                  ? i18n.t('journal.insights.helps.not_enough_short')
                  : formatShift(s.meanShift),
            }))}
          />
        </ChartFigure>
      )}
    </section>
  );
}
