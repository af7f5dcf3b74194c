import { i18n } from '#i18n';
import { useState } from 'react';

/** Reach out: write a few words to someone you trust, then copy them to send however you like. */
export function MessageBox() {
  const [text, setText] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div className="message-box">
      <label>
        <span>{i18n.t('exercise.message_label')}</span>
        <textarea rows={4} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={() => void copy()} disabled={!text.trim()}>
        {i18n.t('exercise.copy')}
      </button>
      <span role="status" className="muted">
        {copied === 'yes'
          ? i18n.t('exercise.copied')
          : copied === 'failed'
            ? i18n.t('exercise.copy_failed')
            : ''}
      </span>
    </div>
  );
}
