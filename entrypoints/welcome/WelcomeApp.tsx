import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { useSettings } from '@/components/useSettings';
import { RegionSelect } from '@/components/RegionSelect';
import { ReminderStyleChoice } from '@/components/ReminderStyleChoice';
import { helpPlaceFor } from '@/utils/content/help-place';
import { onChange } from '@/utils/db/changes';
import { keepStorage } from '@/utils/db/storage-kept';
import { closeThisTab, openCheckin } from '@/utils/tabs';
import { PinSteps } from './PinSteps';
import { AppHeader } from '@/components/header/AppHeader';
import './welcome.css';

const RHYTHMS = [30, 50, 90];

/** Shown once on install: what Thaw does, that data stays here, and three quick choices. */
export function WelcomeApp() {
  const { settings, save } = useSettings();
  const [done, setDone] = useState(false);
  const region = helpPlaceFor(settings?.helpRegion, navigator.language);
  // The first page after install asks the browser to keep the data (Firefox asks from a page).
  useEffect(() => void keepStorage(), []);
  const [checkin, setCheckin] = useState<'idle' | 'open' | 'saved'>('idle');
  const asked = useRef(false);

  // Once the first check-in asked for here is saved, this page has done its work and closes: at once
  // when the check-in is in another tab, or when this window has the focus back (the popup closed).
  useEffect(
    () =>
      onChange((change) => {
        if (change.store !== 'checkins' || !asked.current) return;
        setCheckin('saved');
        if (document.visibilityState === 'hidden' || document.hasFocus()) void closeThisTab();
        else window.addEventListener('focus', () => void closeThisTab(), { once: true });
      }),
    [],
  );

  function firstCheckin() {
    asked.current = true;
    setCheckin('open');
    void openCheckin();
  }

  return (
    <>
      <AppHeader />
      <main className="welcome-page">
        <h1>{i18n.t('welcome.title')}</h1>
        <p className="lead">{i18n.t('welcome.lead')}</p>
        <ul className="what">
          <li>{i18n.t('welcome.what_checkin')}</li>
          <li>{i18n.t('welcome.what_breaks')}</li>
          <li>{i18n.t('welcome.what_journal')}</li>
        </ul>
        <p>
          <a href="/about-numbness.html" target="_blank" rel="noopener">
            {i18n.t('numbness.link')}
          </a>
        </p>
        <p className="card private">{i18n.t('welcome.private')}</p>

        <section className="card first-steps" aria-labelledby="first-h">
          <h2 id="first-h">{i18n.t('welcome.start_title')}</h2>
          <PinSteps />
          <p className="first-checkin">
            <button type="button" className="primary" onClick={firstCheckin}>
              {i18n.t('welcome.first_checkin')}
            </button>
            <span className="muted">{i18n.t('welcome.first_checkin_hint')}</span>
          </p>
          <p role="status" className="ready">
            {checkin === 'saved' ? i18n.t('welcome.first_saved') : ''}
          </p>
        </section>

        {settings && (
          <section className="card choices" aria-labelledby="choices-h">
            <h2 id="choices-h">{i18n.t('welcome.choices')}</h2>
            <fieldset>
              <legend>{i18n.t('welcome.rhythm')}</legend>
              {RHYTHMS.map((minutes) => (
                <label key={minutes} className="choice">
                  <input
                    type="radio"
                    name="rhythm"
                    checked={settings.reminderEveryMin === minutes}
                    onChange={() => void save('reminderEveryMin', minutes)}
                  />
                  {i18n.t('welcome.every', [String(minutes)])}
                </label>
              ))}
            </fieldset>
            <ReminderStyleChoice
              value={settings.reminderStyle}
              onChange={(style) => void save('reminderStyle', style)}
            />
            <RegionSelect
              className="choice"
              label={i18n.t('options.region')}
              value={region}
              onChange={(r) => r && void save('helpRegion', r)}
            />
            <p>
              <button type="button" onClick={() => setDone(true)}>
                {i18n.t('welcome.ready')}
              </button>
            </p>
            {done && (
              <p role="status" className="ready">
                {i18n.t('welcome.how_to_start')}
              </p>
            )}
          </section>
        )}
        <footer>
          <p className="muted">{i18n.t('help.not_medical')}</p>
        </footer>
      </main>
    </>
  );
}
