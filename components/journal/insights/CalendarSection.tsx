import { i18n } from '#i18n';
import { useState } from 'react';
import type { Checkin } from '@/utils/db/records';
import { monthCalendar, monthStart, type CalendarDay } from '@/utils/insights/calendar';
import { dayKey, type Weekday } from '@/utils/insights/days';
import { formatMean } from './numbers';
import { pageLocale } from '@/components/page-locale';

/** A tone for a day's mean pleasantness, for the square's colour (the words say it too). */
function toneOf(day: CalendarDay, now: number): string {
  if (day.day > now) return 'future';
  if (day.pleasantness === null) return day.checkins + day.entries > 0 ? 'tone-none' : 'empty';
  if (day.pleasantness >= 1.5) return 'tone-high';
  if (day.pleasantness > -1.5) return 'tone-mid';
  return 'tone-low';
}

function describe(day: CalendarDay): string {
  const parts = [new Date(day.day).toLocaleDateString(pageLocale(), { dateStyle: 'full' })];
  parts.push(i18n.t('journal.insights.calendar.checkins', day.checkins));
  if (day.entries) parts.push(i18n.t('journal.insights.calendar.entries', day.entries));
  if (day.pleasantness !== null)
    parts.push(i18n.t('journal.insights.calendar.mood', [formatMean(day.pleasantness)]));
  return parts.join(', ');
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
      <h3 id="calendar-title">{i18n.t('journal.insights.calendar.title')}</h3>
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
                    <span aria-hidden="true">{day.dayOfMonth}</span>
                    <span className="visually-hidden">{describe(day)}</span>
                  </td>
                ) : (
                  <td key={day.day} className="outside" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="chart-legend calendar-legend">
        <li>
          <span className="square tone-high" /> {i18n.t('journal.insights.calendar.legend_high')}
        </li>
        <li>
          <span className="square tone-mid" /> {i18n.t('journal.insights.calendar.legend_mid')}
        </li>
        <li>
          <span className="square tone-low" /> {i18n.t('journal.insights.calendar.legend_low')}
        </li>
        <li>
          <span className="square tone-none" /> {i18n.t('journal.insights.calendar.legend_none')}
        </li>
      </ul>
    </section>
  );
}
