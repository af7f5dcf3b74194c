import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import { dayKey } from '@/utils/insights/days';
import { useNow } from '@/components/useNow';
import type { EntryActions } from './EntryItem';
import { DayList } from './DayList';
import { EmptyJournal } from './EmptyJournal';
import { MoreButton } from './MoreButton';
import { useTimeline } from './useTimeline';

/**
 * Entries, check-ins and breaks by day, newest first, loading older days as you read on. A requested
 * `day` (from the calendar) is loaded if need be, then brought into view with the cursor on its heading.
 */
export function Timeline(props: { actions: EntryActions; day: number | null }) {
  const { days, hasMore, loading, failed, loadMore } = useTimeline();
  const now = useNow(60_000);
  const reached = useRef<number | null>(null);

  useEffect(() => {
    const wanted = props.day;
    if (wanted === null) reached.current = null;
    if (wanted === null || reached.current === wanted || !days || loading) return;
    const oldest = days.at(-1)?.day;
    if (hasMore && (oldest === undefined || oldest > wanted)) return void loadMore();
    reached.current = wanted;
    // The day itself, or (when it has nothing left) the nearest older day shown.
    const shown = days.find((d) => d.day <= wanted);
    const heading = shown && document.getElementById(`day-${dayKey(shown.day)}`);
    if (!heading) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    heading.focus({ preventScroll: true });
  }, [props.day, days, hasMore, loading, loadMore]);

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{i18n.t('journal.timeline.title')}</h2>
      {days === null && !failed && <p className="muted">{i18n.t('common.loading')}</p>}
      {failed && (
        <p role="alert" className="error">
          {i18n.t('journal.timeline.failed')}
        </p>
      )}
      {days?.length === 0 && <EmptyJournal />}
      {days && days.length > 0 && <DayList days={days} now={now} actions={props.actions} />}
      {hasMore && (
        <MoreButton
          onMore={loadMore}
          loading={loading}
          label={i18n.t('journal.timeline.more')}
          loadingLabel={i18n.t('journal.timeline.loading')}
        />
      )}
      {days && days.length > 0 && !hasMore && (
        <p className="muted end-note">{i18n.t('journal.timeline.all_shown')}</p>
      )}
    </section>
  );
}
