import { useOwnExerciseNames } from '@/components/exercise/useCustomExercises';
import { isCustomExerciseId } from '@/utils/exercises/custom-exercise';
import { i18n } from '#i18n';
import type { BreakRecord, Checkin } from '@/utils/db/records';
import type { BreakAnswers } from '@/utils/journal/break-answers';
import { CheckinAnswer, CheckinDetails } from './CheckinItem';
import { exerciseName, formatTime, machineTime } from './format';

const MINUTE = 60_000;

function outcomeText(record: BreakRecord): string {
  if (record.outcome === 'natural' && record.endedAt) {
    const minutes = Math.max(1, Math.round((record.endedAt - record.at) / MINUTE));
    return i18n.t('journal.outcome.natural_minutes', minutes);
  }
  return i18n.t(`journal.outcome.${record.outcome}`);
}

function Answer(props: { label: string; checkin: Checkin }) {
  return (
    <div className="break-answer">
      <p className="break-answer-label muted">{props.label}</p>
      <CheckinAnswer checkin={props.checkin} terms={[]} />
      <CheckinDetails checkin={props.checkin} terms={[]} />
    </div>
  );
}

/** An own exercise's title, read when shown; "an exercise you deleted" once it is gone. */
function OwnExerciseName(props: { id: string }) {
  const names = useOwnExerciseNames();
  return <>{names ? exerciseName(props.id, names) : ''}</>;
}

/** A break in the timeline: which exercise, what became of it, and how it felt before and after. */
export function BreakItem(props: { record: BreakRecord; answers?: BreakAnswers }) {
  const { record, answers } = props;
  const time = formatTime(record.at);
  const id = record.exerciseId;
  const title = !id ? (
    i18n.t('journal.timeline.natural')
  ) : isCustomExerciseId(id) ? (
    <OwnExerciseName id={id} />
  ) : (
    exerciseName(id)
  );
  return (
    <article className="item break-item" aria-label={`${i18n.t('journal.timeline.break')}, ${time}`}>
      <p className="item-meta muted">
        <time dateTime={machineTime(record.at)}>{time}</time>
        <span>{i18n.t('journal.timeline.break')}</span>
      </p>
      <p>
        <span className="break-title">{title}</span> <span className="muted">· {outcomeText(record)}</span>
      </p>
      {(answers?.before ?? answers?.after) && (
        <div className="break-answers">
          {answers.before && <Answer label={i18n.t('journal.timeline.before')} checkin={answers.before} />}
          {answers.after && <Answer label={i18n.t('journal.timeline.after')} checkin={answers.after} />}
        </div>
      )}
    </article>
  );
}
