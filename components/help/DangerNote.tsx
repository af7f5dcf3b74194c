import { i18n } from '#i18n';
import { emergencyFor, telLink, type HelpPlace } from '@/utils/content/helplines';

/** Marks where the number goes in the sentence, so the number itself is the link (said once, not twice). */
const SLOT = '\u2063';

/**
 * What to do in danger, first on every help surface: the place's emergency number, itself the link
 * that calls it, or, when we do not know where the person is, their local emergency number in words.
 */
export function DangerNote(props: { place: HelpPlace; className?: string }) {
  const [first, ...others] = emergencyFor(props.place);
  const [before = '', after = ''] = i18n.t('help_page.danger_number', [SLOT]).split(SLOT);
  return (
    <p className={props.className ?? 'danger-note'} role="note">
      {first ? (
        <>
          <strong>
            {before}
            <a
              className="call-emergency"
              href={telLink(first)}
              aria-label={`${i18n.t('help.actions.call')} ${first}`}
            >
              {first}
            </a>
            {after}
          </strong>
          {others.length > 0 && (
            <span className="muted"> {i18n.t('help_page.danger_also', [others.join(', ')])}</span>
          )}
        </>
      ) : (
        <strong>{i18n.t('help.danger')}</strong>
      )}
    </p>
  );
}
