import { i18n } from '#i18n';
import { useState } from 'react';
import { putCheckin } from '@/utils/db/checkins';
import { newId } from '@/utils/db/ids';
import { openExtensionPage } from '@/utils/tabs';

export function PopupApp() {
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  async function save() {
    await putCheckin({
      id: newId(),
      at: Date.now(),
      pleasantness: null,
      energy: null,
      emotions: ['cant_tell'],
      body: [],
      note,
      source: 'popup',
    });
    setSaved(true);
  }

  return (
    <main style={{ width: 380, padding: 16 }}>
      <h1>{i18n.t('popup.title')}</h1>
      <textarea aria-label="note" value={note} onChange={(e) => setNote(e.target.value)} />
      <button className="primary" onClick={() => void save()}>
        {i18n.t('common.save')}
      </button>
      {saved && <p role="status">{i18n.t('popup.saved_thanks')}</p>}
      <button onClick={() => void openExtensionPage('journal.html')}>{i18n.t('common.open_journal')}</button>
    </main>
  );
}
