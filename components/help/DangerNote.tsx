import { i18n } from '#i18n';
import { emergencyFor, telLink, type HelpPlace } from '@/utils/content/helplines';

/**
 * What to do in danger, first on every help surface: the place's emergency number with a link that
 * calls it, or, when we do not know where the person is, their local emergency number in words.
 */
export function DangerNote(props: { place: HelpPlace; className?: string }) {
  const [first, ...others] = emergencyFor(props.place);
  return (
    <p className={props.className ?? 'danger-note'} role="note">
      {first ? (
        <>
          <strong>{i18n.t('help_page.danger_number', [first])}</strong>{' '}
          <a className="call-emergency" href={telLink(first)}>
            {`${i18n.t('help.actions.call')} ${first}`}
          </a>
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
