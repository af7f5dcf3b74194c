import { i18n } from '#i18n';
import type { Checkin } from '@/utils/db/records';
import { useFactorNames } from './factor-names-context';
import { bodyName, emotionName, formatTime, machineTime } from './format';
import { Highlighted } from './Highlighted';
import { MoodLine } from './MoodLine';

function titleOf(checkin: Checkin): string {
  if (checkin.source === 'before_break') return i18n.t('journal.timeline.checkin_before');
  if (checkin.source === 'after_break') return i18n.t('journal.timeline.checkin_after');
  return i18n.t('journal.timeline.checkin');
}

/** What a check-in answered: its place on the meter (dot and plain name) and its feeling words. */
export function CheckinAnswer(props: { checkin: Checkin; terms: readonly string[] }) {
  const { checkin } = props;
  const words = checkin.emotions.map(emotionName).join(', ');
  const placed = checkin.pleasantness !== null && checkin.energy !== null;
  return (
    <p className="checkin-answer">
      <MoodLine pleasantness={checkin.pleasantness} energy={checkin.energy} />
      {words ? (
        <span className="checkin-words">
          <Highlighted text={words} terms={props.terms} />
        </span>
      ) : (
        !placed && <span className="muted">{i18n.t('journal.timeline.no_words')}</span>
      )}
    </p>
  );
}

/** A check-in in the timeline: mood and feeling words, where it was felt, and the note. */
export function CheckinItem(props: { checkin: Checkin; terms: readonly string[] }) {
  const { checkin } = props;
  const time = formatTime(checkin.at);
  return (
    <article className="item checkin-item" aria-label={`${titleOf(checkin)}, ${time}`}>
      <p className="item-meta muted">
        <time dateTime={machineTime(checkin.at)}>{time}</time>
        <span>{titleOf(checkin)}</span>
      </p>
      <CheckinAnswer checkin={checkin} terms={props.terms} />
      <CheckinDetails checkin={checkin} terms={props.terms} />
    </article>
  );
}

/** A check-in's factors, body sensations and note, when it has them. */
export function CheckinDetails(props: { checkin: Checkin; terms: readonly string[] }) {
  const { checkin } = props;
  const factorName = useFactorNames();
  const factors = checkin.factors ?? [];
  return (
    <>
      {factors.length > 0 && (
        <p className="muted checkin-factors">
          <Highlighted
            text={i18n.t('journal.timeline.factors', [factors.map(factorName).join(', ')])}
            terms={props.terms}
          />
        </p>
      )}
      {checkin.body.length > 0 && (
        <p className="muted">{i18n.t('journal.timeline.body', [checkin.body.map(bodyName).join(', ')])}</p>
      )}
      {checkin.note && (
        <p className="checkin-note">
          <Highlighted text={checkin.note} terms={props.terms} />
        </p>
      )}
      {checkin.locked && <p className="muted">{i18n.t('lock.journal.unreadable')}</p>}
    </>
  );
}
