import { i18n } from '#i18n';
import type { OpenVault } from '@/utils/vault/vault';
import type { VaultRecord } from '@/utils/vault/vault-record';
import { UnlockForm } from './UnlockForm';

/**
 * What a locked journal shows: no entries, no notes, no insights, only the way in. It says plainly
 * that a forgotten passphrase cannot be recovered.
 */
export function LockScreen(props: {
  record: VaultRecord;
  /** The passphrase was changed in another tab while this one was open. */
  changedElsewhere: boolean;
  onOpen: (vault: OpenVault) => void;
}) {
  return (
    <section className="lock-screen" aria-labelledby="lock-title">
      <h2 id="lock-title">{i18n.t('lock.journal.title')}</h2>
      <p>{i18n.t(props.changedElsewhere ? 'lock.journal.changed_elsewhere' : 'lock.journal.intro')}</p>
      <UnlockForm record={props.record} onOpen={props.onOpen} focus />
      <p className="muted">{i18n.t('lock.journal.forgotten')}</p>
    </section>
  );
}
