import { i18n } from '#i18n';
import type { Entry } from '@/utils/db/records';
import { formatTime, machineTime, promptText } from './format';
import { Highlighted } from './Highlighted';

/** Edits under a minute after writing are part of writing, not an edit worth mentioning. */
const EDIT_GRACE_MS = 60_000;

export interface EntryActions {
  onEdit: (entry: Entry) => void;
  onDelete: (entry: Entry) => void;
  /** The entry open in the editor, if any: its own Edit button is not offered again. */
  editingId?: string;
}

/** A journal entry in the timeline: its prompt, words and tags, and ways to edit or delete it. */
export function EntryItem(props: { entry: Entry; terms: readonly string[] } & EntryActions) {
  const { entry } = props;
  const prompt = entry.promptId ? promptText(entry.promptId) : null;
  const time = formatTime(entry.createdAt);
  return (
    <article className="item entry-item" aria-label={`${i18n.t('journal.timeline.entry')}, ${time}`}>
      <p className="item-meta muted">
        <time dateTime={machineTime(entry.createdAt)}>{time}</time>
        <span>{i18n.t('journal.timeline.entry')}</span>
        {entry.updatedAt - entry.createdAt > EDIT_GRACE_MS && (
          <span>{i18n.t('journal.timeline.edited')}</span>
        )}
      </p>
      {prompt && <p className="item-prompt muted">{prompt}</p>}
      {entry.locked ? (
        <p className="muted">{i18n.t('lock.journal.unreadable')}</p>
      ) : (
        <p className="entry-text">
          <Highlighted text={entry.text} terms={props.terms} />
        </p>
      )}
      {entry.tags.length > 0 && (
        <ul className="tag-list" aria-label={i18n.t('journal.tags.label')}>
          {entry.tags.map((tag) => (
            <li key={tag} className="tag">
              <Highlighted text={tag} terms={props.terms} />
            </li>
          ))}
        </ul>
      )}
      <p className="item-actions">
        {props.editingId === entry.id ? (
          <span className="muted">{i18n.t('journal.timeline.being_edited')}</span>
        ) : entry.locked ? null : (
          // Text that cannot be opened is never loaded into the editor: saving would erase it.
          <button type="button" className="link" onClick={() => props.onEdit(entry)}>
            {i18n.t('journal.timeline.edit')}
          </button>
        )}
        <button type="button" className="link" onClick={() => props.onDelete(entry)}>
          {i18n.t('journal.timeline.delete')}
        </button>
      </p>
    </article>
  );
}
