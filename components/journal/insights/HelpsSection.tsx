import { i18n } from '#i18n';
import { BarChart } from '@/components/charts/BarChart';
import { ChartFigure } from '@/components/charts/ChartFigure';
import type { BreakRecord, Checkin } from '@/utils/db/records';
import { MIN_BREAKS, bestAfterNumb, exerciseShifts, type ExerciseShift } from '@/utils/insights/what-helps';
import { useOwnExerciseNames } from '@/components/exercise/useCustomExercises';
import { exerciseName } from '../format';
import { formatShift } from './numbers';

/** What the breaks say about one exercise, each statement with the number of breaks it rests on. */
function statementOf(s: ExerciseShift): string {
  const parts: string[] = [];
  if (s.meanShift !== null) {
    parts.push(i18n.t('journal.insights.helps.shift', s.pairs, [formatShift(s.meanShift), String(s.pairs)]));
  }
  if (s.numbShown) {
    parts.push(i18n.t('journal.insights.helps.numb', [String(s.numbShifts), String(s.numbStarts)]));
  }
  if (parts.length > 0) return parts.join('; ');
  const progress = Math.max(s.pairs, s.numbStarts);
  return i18n.t('journal.insights.helps.not_enough', [String(progress), String(MIN_BREAKS)]);
}

/** The one-line summary: the exercise that lifts most, the one that most often ends numbness, or why neither. */
function summaryOf(shifts: readonly ExerciseShift[], nameOf: (id: string) => string): string {
  const lines: string[] = [];
  const best = shifts.find((s) => s.meanShift !== null);
  if (best && best.meanShift !== null && best.meanShift > 0) {
    lines.push(
      i18n.t('journal.insights.helps.summary', [
        nameOf(best.exerciseId),
        formatShift(best.meanShift),
        String(best.pairs),
      ]),
    );
  }
  const numb = bestAfterNumb(shifts);
  if (numb) {
    lines.push(
      i18n.t('journal.insights.helps.summary_numb', [
        nameOf(numb.exerciseId),
        String(numb.numbShifts),
        String(numb.numbStarts),
      ]),
    );
  }
  return lines.length > 0
    ? lines.join(' ')
    : i18n.t('journal.insights.helps.summary_none', [String(MIN_BREAKS)]);
}

/**
 * Which exercises tend to leave you feeling better: the change in pleasantness from the check-in
 * before a break to the one after, and how often a break that began numb ended with a named feeling,
 * over the whole year, and honest about too little data.
 */
export function HelpsSection(props: { breaks: readonly BreakRecord[]; checkins: readonly Checkin[] }) {
  const own = useOwnExerciseNames();
  const nameOf = (id: string) => exerciseName(id, own ?? undefined);
  const byId = new Map(props.checkins.map((c) => [c.id, c]));
  const shifts = exerciseShifts(props.breaks, byId);
  const measured = shifts.filter((s) => s.meanShift !== null);
  // A chart of rows that all say "not enough data yet" tells nothing: one sentence says it instead.
  const drawable = measured.length > 0 || shifts.some((s) => s.numbShown);

  return (
    <section className="card insight" aria-labelledby="helps-title">
      <h2 id="helps-title">{i18n.t('journal.insights.helps.title')}</h2>
      <p className="muted">{i18n.t('journal.insights.helps.intro')}</p>
      {shifts.length === 0 ? (
        <p>{i18n.t('journal.insights.helps.none')}</p>
      ) : !drawable ? (
        <p>{summaryOf(shifts, nameOf)}</p>
      ) : (
        <ChartFigure
          title={i18n.t('journal.insights.helps.chart')}
          summary={summaryOf(shifts, nameOf)}
          columns={[
            i18n.t('journal.insights.helps.col_exercise'),
            i18n.t('journal.insights.helps.col_shift'),
          ]}
          rows={shifts.map((s) => ({
            key: s.exerciseId,
            cells: [nameOf(s.exerciseId), statementOf(s)],
          }))}
        >
          <BarChart
            min={Math.min(-1, ...measured.map((s) => s.meanShift ?? 0))}
            max={Math.max(1, ...measured.map((s) => s.meanShift ?? 0))}
            bars={shifts.map((s) => ({
              label: nameOf(s.exerciseId),
              value: s.meanShift,
              valueText:
                s.meanShift !== null
                  ? formatShift(s.meanShift)
                  : s.numbShown
                    ? i18n.t('journal.insights.helps.numb_short', [
                        String(s.numbShifts),
                        String(s.numbStarts),
                      ])
                    : i18n.t('journal.insights.helps.not_enough_short'),
            }))}
          />
        </ChartFigure>
      )}
    </section>
  );
}
