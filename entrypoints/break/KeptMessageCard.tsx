import { i18n } from '#i18n';
import { MessageBox } from '@/components/exercise/MessageBox';
import type { KeptMessageControl } from '@/components/exercise/useKeptMessage';

/**
 * The Reach out message outside the exercise: after its timer ends, after a reload, on any later
 * break page, until it is copied or thrown away.
 */
export function KeptMessageCard(props: { message: KeptMessageControl }) {
  const { message } = props;
  const shown = message.text.trim() !== '' || message.status === 'discarded' || message.status === 'copied';
  if (!message.loaded || !shown) return null;
  return (
    <section className="card kept-message" aria-labelledby="kept-message-title">
      <h2 id="kept-message-title">{i18n.t('break.kept_title')}</h2>
      <p className="muted">{i18n.t('break.kept_intro')}</p>
      <MessageBox message={message} hideWhenThrownAway />
    </section>
  );
}
