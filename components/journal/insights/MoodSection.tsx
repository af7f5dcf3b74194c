import { i18n } from '#i18n';
import type { Checkin } from '@/utils/db/records';
import type { Weekday } from '@/utils/insights/days';
import { bucketDays, moodOverTime, type MoodRange } from '@/utils/insights/mood-trend';
import { MoodFigure } from './MoodFigure';

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
  return (
    <section className="card insight" aria-labelledby="mood-title">
      <h2 id="mood-title">{i18n.t('journal.insights.mood.title')}</h2>
      <MoodFigure points={points} weekly={bucketDays(props.range) === 7} />
    </section>
  );
}
