import { i18n } from '#i18n';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { deleteEntry, putEntry } from '@/utils/db/entries';
import type { Entry } from '@/utils/db/records';
import { startEditing } from '@/utils/journal/journal-draft';
import { isActiveQuery } from '@/utils/journal/search-query';
import { EDITOR_ID, Editor } from './Editor';
import type { EntryActions } from './EntryItem';
import { EMPTY_SEARCH, SearchPanel, queryOf, type SearchForm } from './SearchPanel';
import { SearchResults } from './SearchResults';
import { Timeline } from './Timeline';
import { UndoToast } from './UndoToast';
import { useDebounced } from './useDebounced';
import { useDraft } from './useDraft';
import { useKnownTags } from './useKnownTags';

/** How long typing pauses before the search runs, in ms. */
const SEARCH_PAUSE_MS = 25;

/** Brings the editor into view and puts the cursor in it, e.g. after "Edit". */
function focusEditor(): void {
  requestAnimationFrame(() => {
    const editor = document.getElementById(EDITOR_ID);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    editor?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    editor?.querySelector('textarea')?.focus({ preventScroll: true });
  });
}

/** Write, search and look back: the editor, the search, and the timeline (or the results). */
export function JournalView(props: { requestedPrompt: string | null; day?: number | null }) {
  const { draft, status, conflict, change, resolve } = useDraft(props.requestedPrompt);
  const [tagsWanted, setTagsWanted] = useState(false);
  const wantTags = () => setTagsWanted(true);
  const tags = useKnownTags(tagsWanted);
  const [form, setForm] = useState<SearchForm>(EMPTY_SEARCH);
  // Just long enough for a burst of keys (a paste, fast typing) to settle into one search; a search
  // still running when the words change is stopped (useSearch), so only the newest one shows.
  const settled = useDebounced(form, SEARCH_PAUSE_MS);
  const query = useMemo(() => {
    const q = queryOf(settled);
    return isActiveQuery(q) ? q : null;
  }, [settled]);
  const [deleted, setDeleted] = useState<Entry | null>(null);
  const [failure, setFailure] = useState<'delete' | 'restore' | null>(null);
  const [notice, setNotice] = useState('');

  // The same actions while the same entry is being edited: typing in the editor or the search box
  // then leaves the days below alone (DayList is memoised) instead of drawing them all again.
  const draftNow = useRef(draft);
  useLayoutEffect(() => {
    draftNow.current = draft;
  }, [draft]);
  const editingId = draft?.editingId;
  const actions = useMemo<EntryActions>(
    () => ({
      editingId,
      onEdit: (entry) => {
        const current = draftNow.current;
        if (!current) return;
        change(startEditing(current, entry), true);
        focusEditor();
      },
      onDelete: (entry) => {
        deleteEntry(entry.id).then(
          () => {
            setDeleted(entry);
            setNotice('');
            setFailure(null);
          },
          () => setFailure('delete'),
        );
      },
    }),
    [editingId, change],
  );
  const clearSearch = useCallback(() => setForm(EMPTY_SEARCH), []);

  return (
    <div className="journal-view">
      <div className="journal-compose">
        {draft ? (
          <Editor
            draft={draft}
            status={status}
            conflict={conflict}
            resolve={resolve}
            change={change}
            knownTags={tags}
            onWantTags={wantTags}
          />
        ) : (
          <p className="muted">{i18n.t('common.loading')}</p>
        )}
      </div>
      <div className="journal-read">
        <SearchPanel form={form} knownTags={tags} onChange={setForm} onFiltersOpened={wantTags} />
        {failure && (
          <p role="alert" className="error">
            {i18n.t(
              failure === 'delete' ? 'journal.timeline.delete_failed' : 'journal.timeline.restore_failed',
            )}
          </p>
        )}
        {query ? (
          <SearchResults query={query} onClear={clearSearch} actions={actions} />
        ) : (
          <Timeline actions={actions} day={props.day ?? null} />
        )}
      </div>
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      {deleted && (
        <UndoToast
          message={i18n.t('journal.timeline.deleted')}
          onUndo={() => {
            putEntry(deleted).then(
              () => {
                setDeleted(null);
                setNotice(i18n.t('journal.timeline.restored'));
              },
              () => setFailure('restore'),
            );
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
