import { i18n } from '#i18n';
import { AppHeader } from '@/components/header/AppHeader';
import { breakPagePath } from '@/utils/break-link';
import {
  NUMBNESS_CAUSES,
  NUMBNESS_EXERCISES,
  NUMBNESS_SIGNS,
  NUMBNESS_THERAPIES,
} from '@/utils/content/numbness';
import './about.css';

const newTab = { target: '_blank', rel: 'noopener' } as const;

/** What emotional numbness is, what brings it on, what helps, and when to reach a professional. */
export function AboutNumbnessApp() {
  return (
    <>
      <AppHeader />
      <main className="about-page">
        <h1>{i18n.t('numbness.title')}</h1>
        <p className="lead">{i18n.t('numbness.lead')}</p>

        <section aria-labelledby="what-h">
          <h2 id="what-h">{i18n.t('numbness.what.title')}</h2>
          <p>{i18n.t('numbness.what.is')}</p>
          <p>{i18n.t('numbness.what.protective')}</p>
          <p>{i18n.t('numbness.what.temporary')}</p>
        </section>

        <section aria-labelledby="causes-h">
          <h2 id="causes-h">{i18n.t('numbness.causes.title')}</h2>
          <p>{i18n.t('numbness.causes.intro')}</p>
          <ul>
            {NUMBNESS_CAUSES.map((id) => (
              <li key={id}>{i18n.t(`numbness.causes.${id}`)}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="helps-h">
          <h2 id="helps-h">{i18n.t('numbness.helps.title')}</h2>
          <p>{i18n.t('numbness.helps.intro')}</p>
          <ul className="helps">
            {NUMBNESS_EXERCISES.map((id) => (
              <li key={id}>
                <a href={breakPagePath({ exerciseId: id, origin: 'suggestion' })} {...newTab}>
                  {i18n.t(`exercises.${id}.name`)}
                </a>
                {': '}
                {i18n.t(`numbness.helps.${id}`)}
              </li>
            ))}
            <li>
              <a href="/journal.html?prompt=describe_numbness" {...newTab}>
                {i18n.t('numbness.helps.journal_link')}
              </a>
              {': '}
              {i18n.t('numbness.helps.journal')}
            </li>
          </ul>
          <p>{i18n.t('numbness.helps.basics')}</p>
        </section>

        <section aria-labelledby="pro-h" className="card">
          <h2 id="pro-h">{i18n.t('numbness.professional.title')}</h2>
          <p>{i18n.t('numbness.professional.intro')}</p>
          <ul>
            {NUMBNESS_SIGNS.map((id) => (
              <li key={id}>{i18n.t(`numbness.professional.${id}`)}</li>
            ))}
          </ul>
          <p>
            <a className="help-now" href="/help.html">
              {i18n.t('numbness.professional.help_link')}
            </a>
          </p>
        </section>

        <section aria-labelledby="therapies-h">
          <h2 id="therapies-h">{i18n.t('numbness.therapies.title')}</h2>
          <p>{i18n.t('numbness.therapies.intro')}</p>
          <ul>
            {NUMBNESS_THERAPIES.map((id) => (
              <li key={id}>{i18n.t(`numbness.therapies.${id}`)}</li>
            ))}
          </ul>
        </section>

        <footer>
          <p className="muted">{i18n.t('help.not_medical')}</p>
        </footer>
      </main>
    </>
  );
}
