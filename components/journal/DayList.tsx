import { memo, useMemo } from 'react';
import { dayKey } from '@/utils/insights/days';
import { breakAnswers, type BreakAnswers } from '@/utils/journal/break-answers';
import { UNKNOWN_DAY, type TimelineDay, type TimelineItem } from '@/utils/journal/timeline-items';
import { BreakItem } from './BreakItem';
import { CheckinItem } from './CheckinItem';
import { EntryItem, type EntryActions } from './EntryItem';
import { formatDay } from './format';
import './timeline.css';

function Row(props: {
  item: TimelineItem;
  terms: readonly string[];
  actions: EntryActions;
  answers: Map<string, BreakAnswers>;
}) {
  const { item } = props;
  if (item.kind === 'entry') return <EntryItem entry={item.entry} terms={props.terms} {...props.actions} />;
  if (item.kind === 'checkin') return <CheckinItem checkin={item.checkin} terms={props.terms} />;
  return <BreakItem record={item.record} answers={props.answers.get(item.id)} />;
}

/**
 * Days as sections with a dated heading, each a list of its rows (timeline and search results).
 * Memoised: typing in the editor or the search box above does not draw a long list again.
 */
export const DayList = memo(function DayList(props: {
  days: readonly TimelineDay[];
  now: number;
  terms?: readonly string[];
  actions: EntryActions;
}) {
  // A break's before and after check-ins are drawn inside the break, not again as rows of their own.
  const { byBreak, nested } = useMemo(() => breakAnswers(props.days), [props.days]);
  return (
    <>
      {props.days.map((day) => {
        const headingId = `day-${day.day === UNKNOWN_DAY ? 'unknown' : dayKey(day.day)}`;
        return (
          <section key={day.day} className="day" aria-labelledby={headingId}>
            <h3 id={headingId} className="day-heading" tabIndex={-1}>
              {formatDay(day.day, props.now)}
            </h3>
            <ul className="day-items">
              {day.items
                .filter((item) => !(item.kind === 'checkin' && nested.has(item.id)))
                .map((item) => (
                  <li key={`${item.kind}-${item.id}`}>
                    <Row item={item} terms={props.terms ?? []} actions={props.actions} answers={byBreak} />
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
    </>
  );
});
