import { i18n } from '#i18n';
import { useMemo } from 'react';
import { useNow } from '@/components/useNow';
import { queryTerms, type SearchQuery } from '@/utils/journal/search-query';
import { dayOfItem, groupByDay } from '@/utils/journal/timeline-items';
import { DayList } from './DayList';
import type { EntryActions } from './EntryItem';
import { MoreButton } from './MoreButton';
import { useSearch } from './useSearch';

/** Matching entries and check-ins by day, newest first, with the searched words marked. */
export function SearchResults(props: { query: SearchQuery; onClear: () => void; actions: EntryActions }) {
  const { items, preparing, hasMore, loading, loadMore } = useSearch(props.query);
  const now = useNow(60_000);
  const count = items?.length ?? 0;
  // The same objects until the results or words change, so the list is not drawn again meanwhile.
  const days = useMemo(() => groupByDay(items ?? [], dayOfItem), [items]);
  const terms = useMemo(() => queryTerms(props.query.text), [props.query.text]);

  return (
    <section className="search-results" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title">{i18n.t('journal.search.results_title')}</h2>
        <button type="button" className="link" onClick={props.onClear}>
          {i18n.t('journal.search.clear')}
        </button>
      </div>
      <p role="status" className="muted">
        {preparing
          ? i18n.t('lock.journal.preparing_search')
          : items === null
            ? i18n.t('journal.search.searching')
            : count === 0
              ? i18n.t('journal.search.none')
              : i18n.t(hasMore ? 'journal.search.shown_more' : 'journal.search.shown', count)}
      </p>
      {items && items.length > 0 && <DayList days={days} now={now} terms={terms} actions={props.actions} />}
      {hasMore && (
        <MoreButton
          onMore={loadMore}
          loading={loading}
          label={i18n.t('journal.search.more')}
          loadingLabel={i18n.t('journal.search.searching')}
        />
      )}
    </section>
  );
}
