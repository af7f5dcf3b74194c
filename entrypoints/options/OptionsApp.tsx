import { i18n } from '#i18n';
import { BreakSettings } from './BreakSettings';
import { CheckinReminderSettings } from './CheckinReminderSettings';
import { MicroBreakSettings } from './MicroBreakSettings';
import { DataSection } from './DataSection';
import { HelpRegionSection } from './HelpRegionSection';
import { LockSection } from './LockSection';
import { FactorsSection } from './FactorsSection';
import { LookSection } from './LookSection';
import { OwnExercisesSection } from './OwnExercisesSection';
import { PauseSection } from './PauseSection';
import { QuietSection } from './QuietSection';
import { RemindersSection } from './RemindersSection';
import { useSettings } from '@/components/useSettings';
import { AppHeader } from '@/components/header/AppHeader';
import './options.css';

/** The sections, in page order, as the side navigation lists them. */
const SECTIONS = [
  ['reminders', 'options.reminders'],
  ['checkin-reminders', 'options.checkin_reminders'],
  ['micro-breaks', 'options.micro_breaks'],
  ['breaks', 'options.breaks'],
  ['own-exercises', 'own_exercises.title'],
  ['quiet', 'options.quiet'],
  ['look', 'options.look'],
  ['factors', 'options.factors'],
  ['data', 'data.title'],
  ['lock', 'privacy.title'],
  ['help-region', 'options.help_region'],
] as const;

/** Every setting, saved the moment it is valid; the background re-plans at once. */
export function OptionsApp() {
  const { settings, save, failed } = useSettings();
  return (
    <>
      <AppHeader current="settings" />
      <main className="options-page">
        <header className="options-header">
          <h1>{i18n.t('options.title')}</h1>
          <p className="muted">{i18n.t('options.intro')}</p>
        </header>
        <nav className="options-nav" aria-label={i18n.t('options.sections')}>
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{i18n.t(label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="options-sections">
          {failed && (
            <p role="alert" className="field-error">
              {i18n.t('common.storage_error')}
            </p>
          )}
          {settings ? (
            <>
              <RemindersSection settings={settings} save={save} />
              <PauseSection />
              <CheckinReminderSettings settings={settings} save={save} />
              <MicroBreakSettings settings={settings} save={save} />
              <BreakSettings settings={settings} save={save} />
              <OwnExercisesSection />
              <QuietSection settings={settings} save={save} />
              <LookSection settings={settings} save={save} />
              <FactorsSection settings={settings} save={save} />
              <DataSection />
              <LockSection />
              <HelpRegionSection settings={settings} save={save} />
            </>
          ) : (
            <p>{i18n.t('common.loading')}</p>
          )}
          <footer>
            <p className="muted">{i18n.t('help.not_medical')}</p>
          </footer>
        </div>
      </main>
    </>
  );
}
