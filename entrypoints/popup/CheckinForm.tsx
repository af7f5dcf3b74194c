import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { BodyPicker } from '@/components/BodyPicker';
import { EmotionPicker } from '@/components/EmotionPicker';
import { LimitedTextArea } from '@/components/LimitedTextArea';
import { MoodMeter, type MoodPoint } from '@/components/MoodMeter';
import { quadrantOf } from '@/utils/content/emotions';
import { newId } from '@/utils/db/ids';
import { NOTE_MAX_LENGTH, type Checkin } from '@/utils/db/records';

// The factor row reads the settings: fetched when its fold is first opened, never on first paint.
const FactorRow = lazy(() => import('./FactorRow'));

const toggle = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** Ctrl+Enter, or ⌘+Enter on a Mac, saves from anywhere in the popup. */
const MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const isSaveKey = (e: KeyboardEvent) => e.key === 'Enter' && (MAC ? e.metaKey : e.ctrlKey) && !e.altKey;

/**
 * The check-in: where am I (mood meter), which words, optionally body and note, then Save, which
 * stays in view at the foot of the popup however far the form scrolls.
 */
export function CheckinForm(props: { onSaved: (checkin: Checkin) => void; onSaving?: () => void }) {
  const [point, setPoint] = useState<MoodPoint | null>(null);
  const [emotions, setEmotions] = useState<string[]>([]);
  const [body, setBody] = useState<string[]>([]);
  const [factors, setFactors] = useState<string[]>([]);
  const [factorsOpen, setFactorsOpen] = useState(false);
  const [note, setNote] = useState('');
  const [more, setMore] = useState(false);
  const [error, setError] = useState(false);
  const [saving, setSaving] = useState(false);

  const ready =
    point !== null || emotions.length > 0 || factors.length > 0 || body.length > 0 || note.trim() !== '';
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveKey(e)) return;
      e.preventDefault();
      form.current?.requestSubmit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  async function save() {
    setSaving(true);
    setError(false);
    props.onSaving?.();
    try {
      // Fetched on the first save, not before the form shows (the database code is most of the popup's script).
      const { putCheckin } = await import('@/utils/db/checkins');
      const checkin = await putCheckin({
        id: newId(),
        at: Date.now(),
        pleasantness: point?.pleasantness ?? null,
        energy: point?.energy ?? null,
        emotions,
        body,
        ...(factors.length > 0 ? { factors } : {}),
        note: note.trim(),
        source: 'popup',
      });
      props.onSaved(checkin);
    } catch {
      // Nothing typed is lost: the form stays as it was.
      setError(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={form}
      className="checkin-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && !saving) void save();
      }}
    >
      <MoodMeter value={point} onChange={setPoint} />
      <EmotionPicker
        quadrant={point ? quadrantOf(point.pleasantness, point.energy) : null}
        selected={emotions}
        onToggle={(id) => setEmotions((list) => toggle(list, id))}
      />
      <details
        className="more factors"
        open={factorsOpen}
        onToggle={(e) => setFactorsOpen(e.currentTarget.open)}
      >
        <summary>{i18n.t('popup.factors')}</summary>
        {factorsOpen && (
          <Suspense fallback={<p className="muted">{i18n.t('common.loading')}</p>}>
            <FactorRow selected={factors} onToggle={(id) => setFactors((list) => toggle(list, id))} />
          </Suspense>
        )}
      </details>
      <details className="more" open={more} onToggle={(e) => setMore(e.currentTarget.open)}>
        <summary>{i18n.t('popup.more')}</summary>
        {/* Drawn once opened: a third of the form that a closed popup never shows (issue #9). */}
        {more && (
          <>
            <BodyPicker selected={body} onToggle={(id) => setBody((list) => toggle(list, id))} />
            <LimitedTextArea
              label={i18n.t('popup.note')}
              value={note}
              max={NOTE_MAX_LENGTH}
              onChange={setNote}
            />
          </>
        )}
      </details>
      {error && (
        <p role="alert" className="error">
          {i18n.t('common.storage_error')}
        </p>
      )}
      <div className="save-bar">
        <button
          type="submit"
          className="primary save"
          disabled={!ready || saving}
          aria-keyshortcuts={MAC ? 'Meta+Enter' : 'Control+Enter'}
        >
          {i18n.t('common.save')}
        </button>
        <span className="muted shortcut" aria-hidden="true">
          {i18n.t('popup.save_shortcut', [MAC ? '⌘' : 'Ctrl'])}
        </span>
      </div>
    </form>
  );
}
