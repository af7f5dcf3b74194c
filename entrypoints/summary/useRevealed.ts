import { useEffect, useState } from 'react';
import type { Unlocked } from '@/components/lock/UnlockedContext';
import type { SummaryRecords } from '@/utils/summary/summary';

/**
 * The records with their texts readable, once the lock is open: revealed in this page only, never
 * written back. Null while revealing. Without an open lock the records come back as they are.
 */
export function useRevealed(
  records: SummaryRecords | null,
  unlocked: Unlocked | null,
): SummaryRecords | null {
  const [revealed, setRevealed] = useState<{ from: SummaryRecords; by: Unlocked; to: SummaryRecords } | null>(
    null,
  );

  useEffect(() => {
    if (!records || !unlocked) return;
    let current = true;
    void Promise.all([unlocked.cache.show(records.checkins), unlocked.cache.show(records.entries)]).then(
      ([checkins, entries]) =>
        current && setRevealed({ from: records, by: unlocked, to: { ...records, checkins, entries } }),
    );
    return () => {
      current = false;
    };
  }, [records, unlocked]);

  if (!records) return null;
  if (!unlocked) return records;
  return revealed?.from === records && revealed.by === unlocked ? revealed.to : null;
}
