import { i18n } from '#i18n';
import { useState } from 'react';
import { addDays, windowStart } from '@/utils/insights/days';
import { MOOD_RANGES, type MoodRange } from '@/utils/insights/mood-trend';
import { BreakInsights } from './BreakInsights';
import { CalendarSection } from './CalendarSection';
import { FactorsSection } from './FactorsSection';
import { Headline } from './Headline';
import { HelpsSection } from './HelpsSection';
import { MoodSection } from './MoodSection';
import { TimeOfDaySection } from './TimeOfDaySection';
import { useInsightData } from './useInsightData';
import { WordsSection } from './WordsSection';
import { localeWeekStart } from './week-start';
import './insights.css';

const weekStartsOn = localeWeekStart();

/** Patterns in the last year: mood, a calendar, feeling words, what helps, breaks, time of day. */
export default function Insights() {
  const data = useInsightData();
  const [range, setRange] = useState<MoodRange>(30);

  if (data === null) return <p className="muted">{i18n.t('common.loading')}</p>;
  if (data === 'failed') {
    return (
      <p role="alert" className="error">
        {i18n.t('journal.insights.failed')}
      </p>
    );
  }
  const from = windowStart(data.now, range);
  const to = addDays(data.now, 1);
  const empty = data.checkins.length === 0 && data.breaks.length === 0;

  return (
    // The page's h1 already says "Insights": the view adds no second heading of the same name.
    <section className="insights" aria-label={i18n.t('journal.insights.title')}>
      {!empty && <Headline checkins={data.checkins} range={range} from={from} to={to} />}
      <p className="muted">{i18n.t('journal.insights.intro')}</p>
      {empty ? (
        <div className="card empty-journal">
          <h2>{i18n.t('journal.insights.empty_title')}</h2>
          <p>{i18n.t('journal.insights.empty')}</p>
        </div>
      ) : (
        <>
          <fieldset className="range-picker">
            <legend>{i18n.t('journal.insights.range')}</legend>
            {MOOD_RANGES.map((days) => (
              <label key={days} className="range-option">
                <input type="radio" name="range" checked={range === days} onChange={() => setRange(days)} />
                <span>{i18n.t('journal.insights.range_days', days)}</span>
              </label>
            ))}
          </fieldset>
          <p className="summary-entry">
            <a href="/summary.html">{i18n.t('summary.link')}</a>{' '}
            <span className="muted">{i18n.t('summary.link_hint')}</span>
          </p>
          <div className="insight-grid">
            <MoodSection checkins={data.checkins} range={range} now={data.now} weekStartsOn={weekStartsOn} />
            <WordsSection checkins={data.checkins} from={from} now={data.now} weekStartsOn={weekStartsOn} />
            <BreakInsights breaks={data.breaks} from={from} to={to} />
            <TimeOfDaySection checkins={data.checkins} from={from} to={to} />
            <HelpsSection breaks={data.breaks} checkins={data.checkins} />
            <FactorsSection checkins={data.checkins} from={from} to={to} />
            <CalendarSection
              checkins={data.checkins}
              entryTimes={data.entryTimes}
              from={data.from}
              now={data.now}
              weekStartsOn={weekStartsOn}
            />
          </div>
        </>
      )}
    </section>
  );
}
