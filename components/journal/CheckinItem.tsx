import { i18n } from '#i18n';
import type { Checkin } from '@/utils/db/records';
import { bodyName, emotionName, formatTime, machineTime } from './format';
import { Highlighted } from './Highlighted';

function titleOf(checkin: Checkin): string {
  if (checkin.source === 'before_break') return i18n.t('journal.timeline.checkin_before');
  if (checkin.source === 'after_break') return i18n.t('journal.timeline.checkin_after');
  return i18n.t('journal.timeline.checkin');
}

/** A check-in in the timeline: the feeling words, where it was felt, and the note. */
export function CheckinItem(props: { checkin: Checkin; terms: readonly string[] }) {
  const { checkin } = props;
  const time = formatTime(checkin.at);
  const words = checkin.emotions.map(emotionName).join(', ');
  return (
    <article className="item checkin-item" aria-label={`${titleOf(checkin)}, ${time}`}>
      <p className="item-meta muted">
        <time dateTime={machineTime(checkin.at)}>{time}</time>
        <span>{titleOf(checkin)}</span>
      </p>
      <p className="checkin-words">{words || i18n.t('journal.timeline.no_words')}</p>
      {checkin.body.length > 0 && (
        <p className="muted">{i18n.t('journal.timeline.body', [checkin.body.map(bodyName).join(', ')])}</p>
      )}
      {checkin.note && (
        <p className="checkin-note">
          <Highlighted text={checkin.note} terms={props.terms} />
        </p>
      )}
      {checkin.locked && <p className="muted">{i18n.t('lock.journal.unreadable')}</p>}
    </article>
  );
}
