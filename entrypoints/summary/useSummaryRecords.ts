import { useEffect, useState } from 'react';
import { breaksBetween } from '@/utils/db/breaks';
import { onChange } from '@/utils/db/changes';
import { checkinsBetween } from '@/utils/db/checkins';
import { entriesBetween } from '@/utils/db/entries';
import {
  readRange,
  summaryWindow,
  type SummaryPeriod,
  type SummaryRecords,
  type SummaryWindow,
} from '@/utils/summary/summary';

export interface PeriodRecords {
  window: SummaryWindow;
  records: SummaryRecords;
  /** Whether journal entries were read (they are only when notes are chosen). */
  withEntries: boolean;
}

/**
 * The records of the chosen period only, through the time indexes (a year at most, whatever the
 * history), read again when any of them change. Journal entries are read only when asked for.
 */
export function useSummaryRecords(
  days: SummaryPeriod,
  withEntries: boolean,
): PeriodRecords | null | 'failed' {
  const [data, setData] = useState<PeriodRecords | null | 'failed'>(null);

  useEffect(() => {
    let latest = 0;
    const load = async () => {
      const mine = ++latest;
      const window = summaryWindow(Date.now(), days);
      const range = readRange(window);
      try {
        const [checkins, breaks, entries] = await Promise.all([
          checkinsBetween(range.checkinsFrom, range.to),
          breaksBetween(range.from, range.to),
          withEntries ? entriesBetween(range.from, range.to) : [],
        ]);
        if (mine === latest) setData({ window, records: { checkins, breaks, entries }, withEntries });
      } catch {
        if (mine === latest) setData('failed');
      }
    };
    void load();
    const stop = onChange((change) => {
      if (change.store === 'checkins' || change.store === 'breaks' || change.store === 'entries') void load();
    });
    return () => {
      latest += 1;
      stop();
    };
  }, [days, withEntries]);

  return data;
}
