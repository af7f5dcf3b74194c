import { i18n } from '#i18n';
import { BreakSettings } from './BreakSettings';
import { DataSection } from './DataSection';
import { LockSection } from './LockSection';
import { PauseSection } from './PauseSection';
import { QuietSection } from './QuietSection';
import { RemindersSection } from './RemindersSection';
import { useSettings } from '@/components/useSettings';
import { AppHeader } from '@/components/header/AppHeader';
import './options.css';

/** Every setting, saved the moment it is valid; the background re-plans at once. */
export function OptionsApp() {
  const { settings, save, failed } = useSettings();
  return (
    <>
      <AppHeader current="settings" />
      <main className="options-page">
        <header>
          <h1>{i18n.t('options.title')}</h1>
          <p className="muted">{i18n.t('options.intro')}</p>
        </header>
        {failed && (
          <p role="alert" className="field-error">
            {i18n.t('common.storage_error')}
          </p>
        )}
        {settings ? (
          <>
            <RemindersSection settings={settings} save={save} />
            <PauseSection />
            <QuietSection settings={settings} save={save} />
            <BreakSettings settings={settings} save={save} />
            <LockSection />
            <DataSection />
          </>
        ) : (
          <p>{i18n.t('common.loading')}</p>
        )}
        <footer>
          <p className="muted">{i18n.t('help.not_medical')}</p>
        </footer>
      </main>
    </>
  );
}
