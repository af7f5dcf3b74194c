import { i18n } from '#i18n';
import { useState } from 'react';
import type { Checkin } from '@/utils/db/records';
import { monthCalendar, monthStart, type CalendarDay } from '@/utils/insights/calendar';
import { QUADRANTS } from '@/utils/content/emotions';
import { dayKey, type Weekday } from '@/utils/insights/days';
import { moodName } from '@/utils/journal/mood-name';
import { moodText, QUADRANT_CLASS } from '../MoodLine';
import { pageLocale } from '@/components/page-locale';

/** A day's square colour: the mood meter's colour for the quadrant of the day's mean point (the words say it too). */
function toneOf(day: CalendarDay, now: number): string {
  if (day.day > now) return 'future';
  const name = day.pleasantness === null ? null : moodName(day.pleasantness, day.energy ?? 0);
  if (!name) return day.checkins + day.entries > 0 ? 'tone-none' : 'empty';
  return QUADRANT_CLASS[name.quadrant];
}

function describe(day: CalendarDay): string {
  const parts = [new Date(day.day).toLocaleDateString(pageLocale(), { dateStyle: 'full' })];
  parts.push(i18n.t('journal.insights.calendar.checkins', day.checkins));
  if (day.entries) parts.push(i18n.t('journal.insights.calendar.entries', day.entries));
  const name = day.pleasantness === null ? null : moodName(day.pleasantness, day.energy ?? 0);
  if (name) parts.push(moodText(name));
  return parts.join(', ');
}

/** A day with records links to that day in the timeline; the others are plain squares. */
function DaySquare(props: { day: CalendarDay; now: number }) {
  const { day } = props;
  const content = (
    <>
      <span aria-hidden="true">{day.dayOfMonth}</span>
      <span className="visually-hidden">{describe(day)}</span>
    </>
  );
  return day.checkins + day.entries > 0 && day.day <= props.now ? (
    <a className="calendar-day" href={`#day-${dayKey(day.day)}`}>
      {content}
    </a>
  ) : (
    content
  );
}

/** One month as a table of days: check-ins, entries and mean pleasantness; past months within the year. */
export function CalendarSection(props: {
  checkins: readonly Checkin[];
  entryTimes: readonly number[];
  from: number;
  now: number;
  weekStartsOn: Weekday;
}) {
  const [offset, setOffset] = useState(0);
  const month = monthStart(props.now, offset);
  const weeks = monthCalendar({
    month,
    weekStartsOn: props.weekStartsOn,
    checkins: props.checkins,
    entries: props.entryTimes.map((createdAt) => ({ createdAt })),
  });
  const title = new Date(month).toLocaleDateString(pageLocale(), { month: 'long', year: 'numeric' });
  const weekdays = (weeks[0] ?? []).map((d) =>
    new Date(d.day).toLocaleDateString(pageLocale(), { weekday: 'short' }),
  );
  const today = dayKey(props.now);

  return (
    <section className="card insight" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{i18n.t('journal.insights.calendar.title')}</h2>
      <div className="calendar-nav">
        <button
          type="button"
          onClick={() => month > props.from && setOffset(offset - 1)}
          aria-disabled={month <= props.from}
        >
          <span aria-hidden="true">‹ </span>
          {i18n.t('journal.insights.calendar.previous')}
        </button>
        <p className="calendar-month" aria-live="polite">
          {title}
        </p>
        <button type="button" onClick={() => setOffset(Math.min(0, offset + 1))} aria-disabled={offset === 0}>
          {i18n.t('journal.insights.calendar.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <table className="calendar">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map((day) =>
                day.inMonth ? (
                  <td
                    key={day.day}
                    className={`${toneOf(day, props.now)}${dayKey(day.day) === today ? ' today' : ''}`}
                  >
                    <DaySquare day={day} now={props.now} />
                  </td>
                ) : (
                  <td key={day.day} className="outside" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted calendar-hint">{i18n.t('journal.insights.calendar.hint')}</p>
      <ul className="chart-legend calendar-legend">
        {QUADRANTS.map((quadrant) => (
          <li key={quadrant}>
            <span className={`square ${QUADRANT_CLASS[quadrant]}`} />{' '}
            {i18n.t(`journal.mood.quadrant.${quadrant}`)}
          </li>
        ))}
        <li>
          <span className="square tone-none" /> {i18n.t('journal.insights.calendar.legend_none')}
        </li>
      </ul>
    </section>
  );
}
