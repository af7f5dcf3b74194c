import { i18n } from '#i18n';
import { Suspense, lazy, useEffect, useState } from 'react';
import { AppHeader } from '@/components/header/AppHeader';
import { LockNowButton } from '@/components/lock/LockNowButton';
import { FactorNamesProvider } from '@/components/journal/factor-names-context';
import { JournalView } from '@/components/journal/JournalView';
import { LockScreen } from '@/components/lock/LockScreen';
import { UnlockedContext } from '@/components/lock/UnlockedContext';
import { useUnlockedJournal } from '@/components/lock/useUnlockedJournal';
import { dayFromKey } from '@/utils/insights/days';
import './journal.css';

// Insights load only when asked for: the writing view stays light.
const Insights = lazy(() => import('@/components/journal/insights/Insights'));

type View = 'journal' | 'insights';

const viewOf = (hash: string): View => (hash === '#insights' ? 'insights' : 'journal');

/** "#day-2026-11-30" (a calendar day's link) asks for that day in the timeline. */
const dayOf = (hash: string): number | null => (hash.startsWith('#day-') ? dayFromKey(hash.slice(5)) : null);

/** The journal page: write and look back, or see insights. Get help is always one click away. */
export function JournalApp(props: { requestedPrompt: string | null }) {
  const [view, setView] = useState<View>(() => (props.requestedPrompt ? 'journal' : viewOf(location.hash)));

  const [day, setDay] = useState<number | null>(() => dayOf(location.hash));

  useEffect(() => {
    const follow = () => {
      setView(viewOf(location.hash));
      setDay(dayOf(location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const { lock, unlocked, changedElsewhere, open, close } = useUnlockedJournal();
  // While the lock is on and closed (or its state is still being read), nothing private is shown.
  const closed = lock.status !== 'off' && !unlocked;

  const show = (next: View) => {
    setView(next);
    setDay(null);
    history.replaceState(history.state, '', next === 'insights' ? '#insights' : location.pathname);
  };

  return (
    <>
      <AppHeader current={view} onInPage={show}>
        {unlocked && <LockNowButton onLock={close} />}
      </AppHeader>
      <div className="journal-page">
        <main className="journal-main">
          <h1 className="journal-title">
            {i18n.t(view === 'insights' ? 'journal.view_insights' : 'journal.title')}
          </h1>
          {lock.status === 'on' && !unlocked ? (
            <LockScreen record={lock.record} changedElsewhere={changedElsewhere} onOpen={open} />
          ) : lock.status === 'damaged' ? (
            <p role="alert">{i18n.t('lock.unlock.damaged')}</p>
          ) : closed ? (
            <p className="muted">{i18n.t('common.loading')}</p>
          ) : (
            // A new vault (or none) is a new page: nothing revealed under another key lingers.
            <UnlockedContext.Provider value={unlocked} key={unlocked?.vault.record.id ?? 'off'}>
              <FactorNamesProvider>
                {view === 'journal' ? (
                  <JournalView requestedPrompt={props.requestedPrompt} day={day} />
                ) : (
                  <Suspense fallback={<p className="muted">{i18n.t('common.loading')}</p>}>
                    <Insights />
                  </Suspense>
                )}
              </FactorNamesProvider>
            </UnlockedContext.Provider>
          )}
        </main>
      </div>
    </>
  );
}
