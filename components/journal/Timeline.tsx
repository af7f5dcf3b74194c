import { i18n } from '#i18n';
import { useNow } from '@/components/useNow';
import type { EntryActions } from './EntryItem';
import { DayList } from './DayList';
import { EmptyJournal } from './EmptyJournal';
import { MoreButton } from './MoreButton';
import { useTimeline } from './useTimeline';

/** Entries, check-ins and breaks by day, newest first, loading older days as you read on. */
export function Timeline(props: { actions: EntryActions }) {
  const { days, hasMore, loading, failed, loadMore } = useTimeline();
  const now = useNow(60_000);

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
