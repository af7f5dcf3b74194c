import { i18n } from '#i18n';
import { useRef } from 'react';
import { useVaultRecord, type VaultState } from '@/components/lock/useVaultRecord';
import { ChangeForm } from './lock/ChangeForm';
import { TurnOffForm } from './lock/TurnOffForm';
import { TurnOnForm } from './lock/TurnOnForm';
import { useLockTask, type RunLockTask } from './lock/useLockTask';
import './lock/lock-section.css';
import { pageLocale } from '@/components/page-locale';

/** One line on where the lock stands now. */
function stateText(lock: VaultState): string {
  switch (lock.status) {
    case 'loading':
      return i18n.t('privacy.loading');
    case 'off':
      return i18n.t('privacy.state_off');
    case 'on':
      return i18n.t('privacy.state_on', [new Date(lock.record.createdAt).toLocaleDateString(pageLocale())]);
    case 'damaged':
      return i18n.t('privacy.damaged');
  }
}

/**
 * The optional passphrase lock: what it does and leaves readable, that a forgotten passphrase cannot
 * be recovered, and turning it on, changing its passphrase or turning it off. The lock's state is
 * followed live, so a change made in another tab shows here at once.
 */
export function LockSection() {
  const lock = useVaultRecord();
  const task = useLockTask();
  const stateLine = useRef<HTMLParagraphElement>(null);
  // After a change its form may be gone: the cursor goes to the line saying where the lock stands.
  const run: RunLockTask = async (kind, work) => {
    const result = await task.run(kind, work);
    if (result === 'ok') stateLine.current?.focus();
    return result;
  };

  return (
    <section className="card lock-section" id="lock" aria-labelledby="lock-h">
      <h2 id="lock-h">{i18n.t('privacy.title')}</h2>
      <p>{i18n.t('privacy.intro')}</p>
      <p className="muted">{i18n.t('privacy.readable')}</p>
      <p className="lock-no-recovery">{i18n.t('privacy.no_recovery')}</p>
      <p ref={stateLine} tabIndex={-1} className="lock-state">
        {stateText(lock)}
      </p>
      {lock.status === 'off' && <TurnOnForm busy={task.busy} run={run} />}
      {lock.status === 'on' && (
        <>
          <details className="fold">
            <summary>{i18n.t('privacy.change_title')}</summary>
            <ChangeForm record={lock.record} busy={task.busy} run={run} />
          </details>
          <details className="fold">
            <summary>{i18n.t('privacy.off_title')}</summary>
            <TurnOffForm record={lock.record} busy={task.busy} run={run} />
          </details>
        </>
      )}
      <p role="status" className="lock-progress">
        {task.status}
      </p>
      {task.failure && (
        <p role="alert" className="field-error">
          {i18n.t(task.failure === 'elsewhere' ? 'privacy.failed_elsewhere' : 'privacy.failed')}
        </p>
      )}
    </section>
  );
}
