import { useEffect, useState } from 'react';
import { breaksBetween } from '@/utils/db/breaks';
import { onChange } from '@/utils/db/changes';
import { checkinsBetween } from '@/utils/db/checkins';
import type { BreakRecord, Checkin } from '@/utils/db/records';
import { entryTimesBetween } from '@/utils/db/timeline-pages';
import { addDays, dayStart } from '@/utils/insights/days';

/** Insights look back a year at most: a bounded read through the time indexes, whatever the history. */
export const INSIGHT_DAYS = 366;

export interface InsightData {
  now: number;
  /** Start of the window read (local midnight, INSIGHT_DAYS ago). */
  from: number;
  checkins: Checkin[];
  breaks: BreakRecord[];
  entryTimes: number[];
}

/** Check-ins, breaks and entry times of the last year, read again when any of them change. */
export function useInsightData(): InsightData | null | 'failed' {
  const [data, setData] = useState<InsightData | null | 'failed'>(null);

  useEffect(() => {
    let latest = 0;
    const load = async () => {
      const mine = ++latest;
      const now = Date.now();
      const from = addDays(dayStart(now), -INSIGHT_DAYS);
      const to = addDays(now, 1);
      try {
        // The check-in before a break can sit just before the window: read a day more of those.
        const [checkins, breaks, entryTimes] = await Promise.all([
          checkinsBetween(addDays(from, -1), to),
          breaksBetween(from, to),
          entryTimesBetween(from, to),
        ]);
        if (mine === latest) setData({ now, from, checkins, breaks, entryTimes });
      } catch {
        if (mine === latest) setData('failed');
      }
    };
    void load();
    return onChange((change) => {
      if (change.store === 'checkins' || change.store === 'breaks' || change.store === 'entries') void load();
    });
  }, []);

  return data;
}
