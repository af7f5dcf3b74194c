import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { checkinsBetween } from '@/utils/db/checkins';
import type { Checkin } from '@/utils/db/records';

const DAY_MS = 24 * 60 * 60 * 1000;

export function JournalApp() {
  const [checkins, setCheckins] = useState<Checkin[] | null>(null);

  useEffect(() => {
    const load = () => void checkinsBetween(Date.now() - 30 * DAY_MS, Date.now() + DAY_MS).then(setCheckins);
    load();
    return onChange((change) => {
      if (change.store === 'checkins') load();
    });
  }, []);

  return (
    <main style={{ maxWidth: 760, margin: '0 auto', padding: 24 }}>
      <h1>{i18n.t('journal.title')}</h1>
      <h2>{i18n.t('journal.recent_checkins')}</h2>
      {checkins?.length === 0 && <p className="muted">{i18n.t('journal.empty')}</p>}
      <ul aria-label={i18n.t('journal.recent_checkins')}>
        {checkins?.map((c) => (
          <li key={c.id} className="checkin">
            <time dateTime={new Date(c.at).toISOString()}>{new Date(c.at).toLocaleString()}</time> {c.note}
          </li>
        ))}
      </ul>
    </main>
  );
}
