import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { LimitedTextArea } from '@/components/LimitedTextArea';
import { useUnlocked } from '@/components/lock/UnlockedContext';
import { EntryChangedError, getEntry, putEntry } from '@/utils/db/entries';
import { newId } from '@/utils/db/ids';
import { ENTRY_MAX_LENGTH, type Entry } from '@/utils/db/records';
import { entryFromDraft, finishDraft, isBlank, type JournalDraft } from '@/utils/journal/journal-draft';
import { revealRecord } from '@/utils/lock/records';
import { revealText } from '@/utils/vault/text';
import type { OpenVault } from '@/utils/vault/vault';
import { formatShortDate } from './format';
import { PromptLine } from './PromptLine';
import { TagInput } from './TagInput';
import type { ConflictChoice, DraftConflict, DraftStatus } from './useDraft';
import './editor.css';

export const EDITOR_ID = 'editor';

function statusText(status: DraftStatus, draft: JournalDraft): string {
  if (status === 'keeping') return i18n.t('journal.write.draft_keeping');
  if (status === 'kept' && !isBlank(draft)) return i18n.t('journal.write.draft_kept');
  return '';
}

/** The entry as saved now, its text readable when this page can read it ('' when it cannot). */
async function readable(entry: Entry, vault: OpenVault | undefined): Promise<Entry> {
  if (!entry.locked) return entry;
  if (!vault) return { ...entry, text: '' };
  return revealRecord(entry, (text, place) => revealText(vault, text, place)).catch(() => ({
    ...entry,
    text: '',
  }));
}

/** Words another tab kept or saved, shown beside this tab's so both stay visible. */
function OtherWords(props: { label: string; text: string; tags: readonly string[] }) {
  return (
    <figure className="other-words">
      <figcaption className="muted">{props.label}</figcaption>
      <blockquote>{props.text}</blockquote>
      {props.tags.length > 0 && <p className="muted">{props.tags.join(', ')}</p>}
    </figure>
  );
}

/** A calm place to write: an optional prompt, the words, tags; the draft is kept as you type. */
export function Editor(props: {
  draft: JournalDraft;
  status: DraftStatus;
  /** Other words kept in the draft by another tab meanwhile, waiting for a choice. */
  conflict: DraftConflict | null;
  resolve: (choice: ConflictChoice) => void;
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
  /** The entry as saved in another tab since this edit began: this save was refused. */
  const [newer, setNewer] = useState<Entry | null>(null);
  const vault = useUnlocked()?.vault;

  useEffect(() => {
    if (!draft.editingId) return;
    void getEntry(draft.editingId).then((entry) => setEditedAt(entry?.createdAt ?? null));
  }, [draft.editingId]);

  const edit = (patch: Partial<JournalDraft>) => {
    setSaved(false);
    change({ ...draft, ...patch });
  };

  /** Saves the draft: as an edit (over `basedOn`, by default the version the edit began from) or new. */
  async function save(how: { asNew?: boolean; basedOn?: number } = {}) {
    if (saving || isBlank(draft)) return;
    setSaving(true);
    try {
      // An entry deleted while it was being edited is saved again as a new one: no words are lost.
      const editing = draft.editingId && !how.asNew ? await getEntry(draft.editingId) : undefined;
      const entry = entryFromDraft(draft, { now: Date.now(), newId: newId(), editing });
      await putEntry(entry, { basedOn: editing ? (how.basedOn ?? draft.editingBase) : undefined });
      change(finishDraft(draft), true);
      setFailed(false);
      setNewer(null);
      setSaved(true);
    } catch (error) {
      if (error instanceof EntryChangedError) setNewer(await readable(error.stored, vault));
      else setFailed(true);
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
          <button
            type="button"
            onClick={() => {
              setNewer(null);
              change(finishDraft(draft), true);
            }}
          >
            {i18n.t('journal.write.cancel_edit')}
          </button>
        )}
        <span className="muted draft-status">{statusText(props.status, draft)}</span>
      </div>
      {props.conflict && (
        <div role="alert" className="editor-conflict">
          <p>{i18n.t('journal.write.draft_changed')}</p>
          <OtherWords
            label={i18n.t('journal.write.draft_theirs')}
            text={props.conflict.theirs.text}
            tags={props.conflict.theirs.tags}
          />
          <div className="editor-actions">
            <button type="button" className="primary" onClick={() => props.resolve('both')}>
              {i18n.t('journal.write.keep_both')}
            </button>
            <button type="button" onClick={() => props.resolve('mine')}>
              {i18n.t('journal.write.keep_mine')}
            </button>
            <button type="button" onClick={() => props.resolve('theirs')}>
              {i18n.t('journal.write.use_theirs')}
            </button>
          </div>
        </div>
      )}
      {newer && (
        <div role="alert" className="editor-conflict">
          <p>{i18n.t('journal.write.entry_changed')}</p>
          <OtherWords
            label={i18n.t('journal.write.entry_saved_version')}
            text={newer.text}
            tags={newer.tags}
          />
          <div className="editor-actions">
            <button type="button" className="primary" onClick={() => void save({ asNew: true })}>
              {i18n.t('journal.write.save_as_new')}
            </button>
            <button type="button" onClick={() => void save({ basedOn: newer.updatedAt })}>
              {i18n.t('journal.write.replace_saved')}
            </button>
          </div>
        </div>
      )}
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
