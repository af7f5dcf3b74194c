import { memo } from 'react';
import { dayKey } from '@/utils/insights/days';
import { UNKNOWN_DAY, type TimelineDay, type TimelineItem } from '@/utils/journal/timeline-items';
import { BreakItem } from './BreakItem';
import { CheckinItem } from './CheckinItem';
import { EntryItem, type EntryActions } from './EntryItem';
import { formatDay } from './format';
import './timeline.css';

function Row(props: { item: TimelineItem; terms: readonly string[]; actions: EntryActions }) {
  const { item } = props;
  if (item.kind === 'entry') return <EntryItem entry={item.entry} terms={props.terms} {...props.actions} />;
  if (item.kind === 'checkin') return <CheckinItem checkin={item.checkin} terms={props.terms} />;
  return <BreakItem record={item.record} />;
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
  return (
    <>
      {props.days.map((day) => {
        const headingId = `day-${day.day === UNKNOWN_DAY ? 'unknown' : dayKey(day.day)}`;
        return (
          <section key={day.day} className="day" aria-labelledby={headingId}>
            <h3 id={headingId} className="day-heading">
              {formatDay(day.day, props.now)}
            </h3>
            <ul className="day-items">
              {day.items.map((item) => (
                <li key={`${item.kind}-${item.id}`}>
                  <Row item={item} terms={props.terms ?? []} actions={props.actions} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
});
