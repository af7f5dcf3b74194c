import { i18n } from '#i18n';
import { lazy, Suspense, useState } from 'react';
import type { Checkin } from '@/utils/db/records';
import { CheckinForm } from './CheckinForm';
import { PopupFooter } from './PopupFooter';
import './popup.css';

const AfterSave = lazy(() => import('./AfterSave'));

export function PopupApp() {
  const [saved, setSaved] = useState<Checkin | null>(null);

  return (
    <main className="popup">
      {saved ? (
        <Suspense fallback={<p role="status">{i18n.t('popup.saved_thanks')}</p>}>
          <AfterSave checkin={saved} onAgain={() => setSaved(null)} />
        </Suspense>
      ) : (
        <>
          <h1>{i18n.t('popup.title')}</h1>
          <CheckinForm onSaved={setSaved} />
        </>
      )}
      <PopupFooter />
    </main>
  );
}
