import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { keepStorage } from '@/utils/db/storage-kept';

/** Whether the browser keeps what Thaw stores when the disk runs low (asking for it where asked). */
export function StorageState() {
  const [kept, setKept] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void keepStorage().then((answer) => live && setKept(answer));
    return () => {
      live = false;
    };
  }, []);
  if (kept === null) return null;
  return (
    <p className={`storage-state ${kept ? 'kept' : 'at-risk'}`}>
      {kept ? i18n.t('data.storage_kept') : i18n.t('data.storage_at_risk')}
    </p>
  );
}
