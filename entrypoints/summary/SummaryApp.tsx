import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { AppHeader } from '@/components/header/AppHeader';
import { FactorNamesProvider } from '@/components/journal/factor-names-context';
import { useSettings } from '@/components/useSettings';
import { LockNowButton } from '@/components/lock/LockNowButton';
import { localeWeekStart } from '@/components/journal/insights/week-start';
import { UnlockForm } from '@/components/lock/UnlockForm';
import { useUnlockedJournal } from '@/components/lock/useUnlockedJournal';
import {
  buildSummary,
  FIRST_CHOICE,
  needsTexts,
  SUMMARY_PERIODS,
  SUMMARY_SECTIONS,
  type SectionId,
  type SummaryPeriod,
} from '@/utils/summary/summary';
import { SummaryDocument, type TextsState } from './SummaryDocument';
import { useRevealed } from './useRevealed';
import { useSummaryRecords } from './useSummaryRecords';
import '@/components/journal/insights/insights.css';
import './summary.css';

const weekStartsOn = localeWeekStart();

/**
 * A summary to bring to a professional: a period and the sections chosen here, then a clean page to
 * print or save as a PDF. The written words are never included unless chosen, and with the lock on
 * they need the passphrase (opened in this page only); the rest never does.
 */
export function SummaryApp() {
  const [days, setDays] = useState<SummaryPeriod>(30);
  const [chosen, setChosen] = useState<readonly SectionId[]>(FIRST_CHOICE);
  const wantsTexts = chosen.some(needsTexts);
  const data = useSummaryRecords(days, wantsTexts);
  const { lock, unlocked, open, close } = useUnlockedJournal();
  const factorList = useSettings().settings?.factors;
  const loaded = data !== null && data !== 'failed' ? data : null;
  const revealed = useRevealed(loaded?.records ?? null, wantsTexts ? unlocked : null);

  // Until the entries are read (just after notes are chosen), the texts are not all there yet.
  const texts: TextsState =
    lock.status === 'off' || unlocked
      ? revealed && (!wantsTexts || loaded?.withEntries)
        ? 'open'
        : 'loading'
      : lock.status === 'on'
        ? 'locked'
        : lock.status;
  // Texts that are not open yet are left out of what is built: nothing locked is drawn as empty.
  const built = useMemo(() => {
    // Factors are named and ordered by the person's list: the summary waits for it.
    if (!loaded || !factorList) return null;
    const sections = texts === 'open' ? chosen : chosen.filter((id) => !needsTexts(id));
    return buildSummary(revealed ?? loaded.records, {
      window: loaded.window,
      chosen: sections,
      weekStartsOn,
      factorIds: factorList.map((factor) => factor.id),
    });
  }, [loaded, revealed, chosen, texts, factorList]);

  const toggle = (id: SectionId, on: boolean) =>
    setChosen(SUMMARY_SECTIONS.map((s) => s.id).filter((s) => (s === id ? on : chosen.includes(s))));

  return (
    <>
      <AppHeader>{unlocked && <LockNowButton onLock={close} />}</AppHeader>
      <div className="summary-page">
        <main className="summary-main">
          <section className="summary-choose card" aria-labelledby="summary-title">
            <h1 id="summary-title">{i18n.t('summary.page_title')}</h1>
            <p>{i18n.t('summary.intro')}</p>
            <fieldset className="range-picker">
              <legend>{i18n.t('summary.period')}</legend>
              {SUMMARY_PERIODS.map((period) => (
                <label key={period} className="range-option">
                  <input
                    type="radio"
                    name="period"
                    checked={days === period}
                    onChange={() => setDays(period)}
                  />
                  <span>{i18n.t('summary.period_days', period, [String(period)])}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="summary-include">
              <legend>{i18n.t('summary.include')}</legend>
              {SUMMARY_SECTIONS.map((section) => (
                <label key={section.id} className="summary-option">
                  <input
                    type="checkbox"
                    checked={chosen.includes(section.id)}
                    onChange={(event) => toggle(section.id, event.target.checked)}
                  />
                  <span>
                    {i18n.t(`summary.sections.${section.id}`)}
                    {section.needsTexts && (
                      <span className="muted summary-hint">{i18n.t('summary.notes_hint')}</span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
            {wantsTexts && texts === 'locked' && lock.status === 'on' && (
              <div className="summary-unlock" role="group" aria-labelledby="summary-unlock-title">
                <h2 id="summary-unlock-title">{i18n.t('summary.unlock.title')}</h2>
                <p>{i18n.t('summary.unlock.intro')}</p>
                <UnlockForm record={lock.record} action={i18n.t('summary.unlock.action')} onOpen={open} />
                <p className="muted">{i18n.t('lock.journal.forgotten')}</p>
              </div>
            )}
            {wantsTexts && texts === 'damaged' && <p role="alert">{i18n.t('summary.unlock.damaged')}</p>}
            {chosen.length === 0 ? (
              <p className="muted">{i18n.t('summary.nothing_chosen')}</p>
            ) : (
              <button type="button" className="primary summary-print" onClick={() => window.print()}>
                {i18n.t('summary.print')}
              </button>
            )}
          </section>
          {data === 'failed' ? (
            <p role="alert" className="error">
              {i18n.t('summary.failed')}
            </p>
          ) : built === null ? (
            <p className="muted">{i18n.t('summary.loading')}</p>
          ) : (
            <FactorNamesProvider>
              <SummaryDocument summary={built} textsPending={wantsTexts && texts === 'loading'} />
            </FactorNamesProvider>
          )}
        </main>
      </div>
    </>
  );
}
