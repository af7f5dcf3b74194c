import { useCallback, useEffect, useRef, useState } from 'react';
import { useUnlocked } from '@/components/lock/UnlockedContext';
import { onChange, type Change } from '@/utils/db/changes';
import { revealDays, revealItems } from '@/utils/lock/reveal-items';
import { kindOfStore, timelineItem, timelinePage } from '@/utils/db/timeline-pages';
import { dayOfItem, withItem, withoutItem, type TimelineDay } from '@/utils/journal/timeline-items';

/** About this many records per page: one screen or two. */
const PAGE_ITEMS = 40;

export interface Timeline {
  /** Loaded days, newest first; null until the first page has loaded. */
  days: TimelineDay[] | null;
  /** True while older days exist that are not loaded yet. */
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  loadMore: () => void;
}

/**
 * The timeline, page by page. Writes made anywhere (this page, the popup, a break) arrive through
 * the change channel and are merged in place, without reloading what is already shown.
 */
export function useTimeline(): Timeline {
  const [days, setDays] = useState<TimelineDay[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  // The oldest time shown (a day boundary); older records belong to pages not loaded yet.
  const shownFrom = useRef(Infinity);
  const busy = useRef(false);
  // While the lock is on, rows are revealed before they are shown.
  const cache = useUnlocked()?.cache;

  const load = useCallback(
    (before: number | null) => {
      busy.current = true;
      return timelinePage(before, PAGE_ITEMS)
        .then(async (page) => (cache ? { ...page, days: await revealDays(page.days, cache) } : page))
        .then(
          (page) => {
            shownFrom.current = page.next ?? -Infinity;
            setDays((shown) => (before === null ? page.days : [...(shown ?? []), ...page.days]));
            setNext(page.next);
            setFailed(false);
          },
          () => setFailed(true),
        )
        .finally(() => {
          busy.current = false;
          setLoading(false);
        });
    },
    [cache],
  );

  useEffect(() => {
    void load(null);
    const apply = async (change: Change) => {
      const kind = kindOfStore(change.store);
      if (!kind) return;
      // "Anything may have changed" (e.g. an import): start again from the newest day.
      if (!change.ids) return void load(null);
      for (const id of change.ids) {
        const stored = await timelineItem(kind, id);
        const item = stored && cache ? (await revealItems([stored], cache))[0] : stored;
        setDays((shown) => {
          if (!shown) return shown;
          if (!item) return withoutItem(shown, kind, id);
          return item.at >= shownFrom.current
            ? withItem(shown, item, dayOfItem)
            : withoutItem(shown, kind, id);
        });
      }
    };
    return onChange((change) => void apply(change));
  }, [load, cache]);

  const loadMore = useCallback(() => {
    if (busy.current || next === null) return;
    setLoading(true);
    void load(next);
  }, [load, next]);

  return { days, hasMore: next !== null, loading, failed, loadMore };
}
