import { useEffect, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { getVaultRecord } from '@/utils/db/vault';
import type { VaultRecord } from '@/utils/vault/vault-record';

/** What the page knows of the lock: still reading, off, on (with its record), or unreadable. */
export type VaultState =
  { status: 'loading' } | { status: 'off' } | { status: 'on'; record: VaultRecord } | { status: 'damaged' };

/** The passphrase lock's state, followed live: another tab may turn it on, off, or change it. */
export function useVaultRecord(): VaultState {
  const [state, setState] = useState<VaultState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const read = () =>
      void getVaultRecord().then(
        (record) => current && setState(record ? { status: 'on', record } : { status: 'off' }),
        () => current && setState({ status: 'damaged' }),
      );
    read();
    const stop = onChange((change) => {
      if (change.store === 'state' && (!change.ids || change.ids.includes('vault'))) read();
    });
    return () => {
      current = false;
      stop();
    };
  }, []);
  return state;
}
