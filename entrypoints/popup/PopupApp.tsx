import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import type { Checkin } from '@/utils/db/records';
import { CheckinForm } from './CheckinForm';
import { PopupFooter } from './PopupFooter';
import './popup.css';

const loadAfterSave = () => import('./AfterSave');
const AfterSave = lazy(loadAfterSave);

/** Holds focus while the thanks are fetched, so it never falls to the page. */
function SavedFallback() {
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p role="status" ref={ref} tabIndex={-1}>
      {i18n.t('popup.saved_thanks')}
    </p>
  );
}

export function PopupApp() {
  const [saved, setSaved] = useState<Checkin | null>(null);
  // After "Check in again", focus returns to the top of a fresh form; on first open it stays put.
  const [again, setAgain] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (again && !saved) title.current?.focus();
  }, [again, saved]);

  return (
    <main className="popup">
      {saved ? (
        <Suspense fallback={<SavedFallback />}>
          <AfterSave
            checkin={saved}
            onAgain={() => {
              setSaved(null);
              setAgain(true);
            }}
          />
        </Suspense>
      ) : (
        <>
          <h1 ref={title} tabIndex={-1}>
            {i18n.t('popup.title')}
          </h1>
          {/* The thanks are fetched as Save begins, so they are ready when it ends. */}
          <CheckinForm onSaved={setSaved} onSaving={() => void loadAfterSave()} />
        </>
      )}
      <PopupFooter />
    </main>
  );
}
