import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnlocked } from '@/components/lock/UnlockedContext';
import { onChange } from '@/utils/db/changes';
import { revealEverything } from '@/utils/db/reveal-all';
import { revealItems } from '@/utils/lock/reveal-items';
import { searchJournal, type SearchCursor } from '@/utils/db/search';
import type { SearchQuery } from '@/utils/journal/search-query';
import type { TimelineItem } from '@/utils/journal/timeline-items';
import { useFactorNames } from './factor-names-context';
import { emotionName } from './format';

const RESULTS_PER_PAGE = 30;

export interface SearchResults {
  /** Results so far, newest first; null while the first page for this query is on its way. */
  items: TimelineItem[] | null;
  /** True while locked texts are being revealed so words in them can be found. */
  preparing: boolean;
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
}

interface Found {
  query: SearchQuery;
  items: TimelineItem[];
  next: SearchCursor | null;
}

/** Runs a search (when `query` is set), a page at a time, and again when the journal changes. */
export function useSearch(query: SearchQuery | null): SearchResults {
  const [found, setFound] = useState<Found | null>(null);
  const [loading, setLoading] = useState(false);
  // Only the newest search may write its results; an older one is stopped between its reads.
  const generation = useRef(0);
  const running = useRef<AbortController | null>(null);
  const cache = useUnlocked()?.cache;
  const factorName = useFactorNames();
  const [preparing, setPreparing] = useState(false);

  const run = useCallback(
    async (q: SearchQuery, after?: { cursor: SearchCursor; shown: TimelineItem[] }) => {
      const mine = ++generation.current;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      try {
        const search = () =>
          searchJournal(q, {
            limit: RESULTS_PER_PAGE,
            after: after?.cursor,
            signal: controller.signal,
            wordName: emotionName,
            factorName,
            ...(cache ? { see: (record) => cache.peek(record) } : {}),
          });
        let page = await search().catch((error: unknown) => {
          // A stopped search was replaced by a newer one: nothing to show, nothing to report.
          if (controller.signal.aborted) return null;
          throw error;
        });
        // While the lock is on, words can only be matched in revealed texts: reveal them all (once;
        // later only new ones), then search again.
        if (page && page.unread > 0 && cache) {
          setPreparing(true);
          await revealEverything(cache).finally(() => setPreparing(false));
          if (controller.signal.aborted) return;
          page = await search();
        }
        if (!page || mine !== generation.current) return;
        const items = cache ? await revealItems(page.items, cache) : page.items;
        if (mine !== generation.current) return;
        setFound({ query: q, items: [...(after?.shown ?? []), ...items], next: page.next });
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [cache, factorName],
  );

  // Leaving the results (or the page) stops whatever search is still reading.
  useEffect(() => () => running.current?.abort(), []);

  useEffect(() => {
    if (!query) return;
    void run(query);
    return onChange((change) => {
      if (change.store === 'entries' || change.store === 'checkins') void run(query);
    });
  }, [query, run]);

  const current = found && found.query === query ? found : null;
  const loadMore = useCallback(() => {
    if (!current?.next || loading) return;
    setLoading(true);
    void run(current.query, { cursor: current.next, shown: current.items });
  }, [current, loading, run]);

  return { items: current?.items ?? null, preparing, hasMore: !!current?.next, loading, loadMore };
}
