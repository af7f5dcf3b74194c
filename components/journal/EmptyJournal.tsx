import { i18n } from '#i18n';

/** What a new journal says: what to do first, with no pressure and no streak to start. */
export function EmptyJournal() {
  return (
    <div className="card empty-journal">
      <h3>{i18n.t('journal.empty.title')}</h3>
      <p>{i18n.t('journal.empty.lead')}</p>
      <ul>
        <li>{i18n.t('journal.empty.checkin')}</li>
        <li>{i18n.t('journal.empty.write')}</li>
        <li>{i18n.t('journal.empty.break')}</li>
      </ul>
    </div>
  );
}
