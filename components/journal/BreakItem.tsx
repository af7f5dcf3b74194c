import { i18n } from '#i18n';
import type { BreakRecord } from '@/utils/db/records';
import { exerciseName, formatTime, machineTime } from './format';

const MINUTE = 60_000;

function outcomeText(record: BreakRecord): string {
  if (record.outcome === 'natural' && record.endedAt) {
    const minutes = Math.max(1, Math.round((record.endedAt - record.at) / MINUTE));
    return i18n.t('journal.outcome.natural_minutes', minutes);
  }
  return i18n.t(`journal.outcome.${record.outcome}`);
}

/** A break in the timeline: which exercise, and what became of it. */
export function BreakItem(props: { record: BreakRecord }) {
  const { record } = props;
  const time = formatTime(record.at);
  const title = record.exerciseId ? exerciseName(record.exerciseId) : i18n.t('journal.timeline.natural');
  return (
    <article className="item break-item" aria-label={`${i18n.t('journal.timeline.break')}, ${time}`}>
      <p className="item-meta muted">
        <time dateTime={machineTime(record.at)}>{time}</time>
        <span>{i18n.t('journal.timeline.break')}</span>
      </p>
      <p>
        <span className="break-title">{title}</span> <span className="muted">· {outcomeText(record)}</span>
      </p>
    </article>
  );
}
