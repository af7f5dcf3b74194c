import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { LimitedTextArea } from '@/components/LimitedTextArea';
import { getEntry, putEntry } from '@/utils/db/entries';
import { newId } from '@/utils/db/ids';
import { ENTRY_MAX_LENGTH } from '@/utils/db/records';
import { entryFromDraft, finishDraft, isBlank, type JournalDraft } from '@/utils/journal/journal-draft';
import { formatShortDate } from './format';
import { PromptLine } from './PromptLine';
import { TagInput } from './TagInput';
import type { DraftStatus } from './useDraft';
import './editor.css';

export const EDITOR_ID = 'editor';

function statusText(status: DraftStatus, draft: JournalDraft): string {
  if (status === 'keeping') return i18n.t('journal.write.draft_keeping');
  if (status === 'kept' && !isBlank(draft)) return i18n.t('journal.write.draft_kept');
  return '';
}

/** A calm place to write: an optional prompt, the words, tags; the draft is kept as you type. */
export function Editor(props: {
  draft: JournalDraft;
  status: DraftStatus;
  knownTags: readonly string[];
  /** Asks for the known tags (suggestions), the first time the tag box is used. */
  onWantTags: () => void;
  change: (next: JournalDraft, keepNow?: boolean) => void;
}) {
  const { draft, change } = props;
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [editedAt, setEditedAt] = useState<number | null>(null);

  useEffect(() => {
    if (!draft.editingId) return;
    void getEntry(draft.editingId).then((entry) => setEditedAt(entry?.createdAt ?? null));
  }, [draft.editingId]);

  const edit = (patch: Partial<JournalDraft>) => {
    setSaved(false);
    change({ ...draft, ...patch });
  };

  async function save() {
    if (saving || isBlank(draft)) return;
    setSaving(true);
    try {
      // An entry deleted while it was being edited is saved again as a new one: no words are lost.
      const editing = draft.editingId ? await getEntry(draft.editingId) : undefined;
      await putEntry(entryFromDraft(draft, { now: Date.now(), newId: newId(), editing }));
      change(finishDraft(draft), true);
      setFailed(false);
      setSaved(true);
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  const editing = draft.editingId !== undefined;
  return (
    <section
      id={EDITOR_ID}
      className={isBlank(draft) ? 'card editor' : 'card editor has-words'}
      aria-labelledby="editor-title"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <h2 id="editor-title">
        {editing ? i18n.t('journal.write.edit_title') : i18n.t('journal.write.title')}
      </h2>
      {editing && editedAt !== null && (
        <p className="muted">{i18n.t('journal.write.editing_from', [formatShortDate(editedAt)])}</p>
      )}
      {editing && draft.setAside && <p className="muted">{i18n.t('journal.write.set_aside')}</p>}
      <PromptLine promptId={draft.promptId} onChange={(promptId) => edit({ promptId })} />
      <LimitedTextArea
        label={i18n.t('journal.write.label')}
        value={draft.text}
        max={ENTRY_MAX_LENGTH}
        rows={8}
        onChange={(text) => edit({ text })}
      />
      <TagInput
        tags={draft.tags}
        known={props.knownTags}
        onFocus={props.onWantTags}
        onChange={(tags) => edit({ tags })}
      />
      <div className="editor-actions">
        <button type="button" className="primary" onClick={() => void save()} aria-disabled={isBlank(draft)}>
          {editing ? i18n.t('journal.write.save_edit') : i18n.t('journal.write.save')}
        </button>
        {editing && (
          <button type="button" onClick={() => change(finishDraft(draft), true)}>
            {i18n.t('journal.write.cancel_edit')}
          </button>
        )}
        <span className="muted draft-status">{statusText(props.status, draft)}</span>
      </div>
      {props.status === 'failed' && (
        <p role="alert" className="error">
          {i18n.t('journal.write.draft_failed')}
        </p>
      )}
      {failed && (
        <p role="alert" className="error">
          {i18n.t('common.storage_error')}
        </p>
      )}
      <p role="status" className="saved-note">
        {saved ? i18n.t('journal.write.saved') : ''}
      </p>
    </section>
  );
}
