import { i18n } from '#i18n';
import { DangerNote } from '@/components/help/DangerNote';
import { LineActions } from '@/components/help/LineActions';
import { linesFor, type HelpPlace } from '@/utils/content/helplines';
import { openExtensionPage } from '@/utils/tabs';

/** How many of a place's lines the card shows; the help page has the rest. */
const SHOWN = 2;

/**
 * After a check-in with heavy words (utils/care/heavy.ts): a warm line and, one tap away, people to
 * talk to where the person is. Shown before any exercise; it offers, it does not judge or alarm.
 */
export function HeavyCard(props: { place: HelpPlace; onOpened?: () => void }) {
  const own = linesFor(props.place).filter((line) => line.country !== 'international');
  const shown = own.length > 0 ? own.slice(0, SHOWN) : linesFor(props.place);

  async function openHelp() {
    await openExtensionPage('help.html');
    props.onOpened?.();
  }

  return (
    <section className="card heavy" aria-labelledby="heavy-title">
      <h2 id="heavy-title">{i18n.t('heavy.title')}</h2>
      <p>{i18n.t('heavy.body')}</p>
      <ul className="heavy-lines">
        {shown.map((line) => (
          <li key={line.id}>
            <strong>{i18n.t(`help.lines.${line.id}.name`)}</strong>
            <LineActions line={line} className="heavy-actions" />
          </li>
        ))}
      </ul>
      <DangerNote place={props.place} className="heavy-danger" />
      <button type="button" className="link" onClick={() => void openHelp()}>
        {i18n.t('heavy.all_lines')}
      </button>
    </section>
  );
}
