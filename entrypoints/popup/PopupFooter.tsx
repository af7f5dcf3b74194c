import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { useNow } from '@/components/useNow';
import { onChange } from '@/utils/db/changes';
import { relativeTime } from '@/utils/format/relative-time';
import type { Plan } from '@/utils/messaging/protocol';
import { breakPagePath } from '@/utils/break-link';
import { pageLocale } from '@/components/page-locale';

function useLastCheckinAt(): number | null | undefined {
  const [at, setAt] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    // The database code is fetched after the form shows.
    const load = () =>
      void import('@/utils/db/checkins')
        .then(({ latestCheckin }) => latestCheckin())
        .then((c) => setAt(c?.at ?? null));
    load();
    return onChange((change) => {
      if (change.store === 'checkins') load();
    });
  }, []);
  return at;
}

function usePlan(): Plan | null {
  const [plan, setPlan] = useState<Plan | null>(null);
  useEffect(() => {
    // Like the database code, the browser API wrapper is fetched after the form shows.
    import('@/utils/messaging/protocol')
      .then(({ send }) => send('getPlan', null))
      .then(setPlan, () => setPlan(null));
  }, []);
  return plan;
}

function planText(plan: Plan | null, now: number): string {
  if (!plan) return '';
  if (plan.pausedUntil)
    return i18n.t('popup.paused_until', [
      new Date(plan.pausedUntil).toLocaleTimeString(pageLocale(), { timeStyle: 'short' }),
    ]);
  if (plan.reminderPending) return i18n.t('popup.break_due');
  if (plan.nextReminderAt)
    return i18n.t('popup.next_break', [relativeTime(plan.nextReminderAt, now, pageLocale())]);
  return '';
}

/** Compact: when the last check-in was, the break plan, and the ways onward. */
export function PopupFooter() {
  const lastAt = useLastCheckinAt();
  const plan = usePlan();
  const now = useNow(30_000);

  const go = (path: string) =>
    // Not destructured: WXT's auto-import would take the name for a global and import it up front.
    void import('@/utils/tabs').then((tabs) => tabs.openExtensionPage(path)).then(() => window.close());

  return (
    <footer className="popup-footer">
      <p className="muted status-line">
        <span>
          {lastAt === undefined
            ? ''
            : lastAt === null
              ? i18n.t('popup.no_checkin_yet')
              : i18n.t('popup.last_checkin', [relativeTime(lastAt, now, pageLocale())])}
        </span>
        <span>{planText(plan, now)}</span>
      </p>
      <nav className="popup-links" aria-label={i18n.t('popup.more_places')}>
        <button type="button" onClick={() => go(breakPagePath({ origin: 'popup' }))}>
          {i18n.t('common.take_break')}
        </button>
        <button type="button" onClick={() => go('journal.html')}>
          {i18n.t('common.open_journal')}
        </button>
        <button type="button" className="link" onClick={() => go('help.html')}>
          {i18n.t('common.get_help')}
        </button>
      </nav>
    </footer>
  );
}
