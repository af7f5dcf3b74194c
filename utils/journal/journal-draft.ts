import { isPromptId, type PromptId } from '../content/prompts';
import type { Entry } from '../db/records';
import { isKeptTime } from '../time/kept-time';

/** What the editor holds: words, an optional prompt, tags. */
export interface DraftText {
  text: string;
  /** The prompt shown above the text, if any (utils/content/prompts.ts). */
  promptId?: string;
  tags: string[];
}

/**
 * The journal's editor, kept in the `state` store as it is typed, so closing the tab (or the
 * browser) loses nothing. It writes a new entry, or edits an existing one; a new entry under way
 * is set aside during an edit and comes back when the edit ends.
 */
export interface JournalDraft extends DraftText {
  /** The entry being edited; absent while writing a new one. */
  editingId?: string;
  /**
   * The edited entry's `updatedAt` when the edit began: a save over an entry changed since (in
   * another tab) is refused rather than silently replacing it.
   */
  editingBase?: number;
  /** The new entry set aside while an existing one is edited. */
  setAside?: DraftText;
}

export const EMPTY_DRAFT: JournalDraft = { text: '', tags: [] };

/** Nothing worth keeping or saving: no text (spaces aside) and no tags. */
export function isBlank(draft: DraftText): boolean {
  return draft.text.trim() === '' && draft.tags.length === 0;
}

/** The editor's words only, without edit bookkeeping. */
function textOf(draft: DraftText): DraftText {
  return { text: draft.text, tags: [...draft.tags], ...(draft.promptId ? { promptId: draft.promptId } : {}) };
}

/** Starts editing an entry; a new entry under way is set aside, never lost. */
export function startEditing(draft: JournalDraft, entry: Entry): JournalDraft {
  const newEntry = draft.editingId ? draft.setAside : isBlank(draft) ? undefined : textOf(draft);
  return {
    ...textOf(entry),
    editingId: entry.id,
    editingBase: entry.updatedAt,
    ...(newEntry ? { setAside: newEntry } : {}),
  };
}

/** Ends an edit (saved or cancelled), or clears a saved new entry: back to what was set aside. */
export function finishDraft(draft: JournalDraft): JournalDraft {
  return draft.editingId && draft.setAside ? textOf(draft.setAside) : EMPTY_DRAFT;
}

/**
 * The entry to save from a draft: a new one with `newId`, or the edited one with its creation
 * time kept. Text is kept as typed, except for trailing blank space.
 */
export function entryFromDraft(
  draft: DraftText,
  options: { now: number; newId: string; editing?: Entry },
): Entry {
  return {
    id: options.editing?.id ?? options.newId,
    // An entry an older build's import let in with an impossible time is dated by this edit.
    createdAt: isKeptTime(options.editing?.createdAt) ? options.editing.createdAt : options.now,
    updatedAt: options.now,
    text: draft.text.trimEnd(),
    tags: [...draft.tags],
    ...(draft.promptId ? { promptId: draft.promptId } : {}),
  };
}

/**
 * The draft when the page is opened as journal.html?prompt=<id>: a new entry takes the prompt and
 * keeps any words already typed; during an edit, the prompt goes to the new entry set aside.
 */
export function withRequestedPrompt(draft: JournalDraft, promptId: string): JournalDraft {
  if (draft.editingId) return { ...draft, setAside: { ...(draft.setAside ?? EMPTY_DRAFT), promptId } };
  return { ...draft, promptId };
}

/** The prompt asked for in a page address (journal.html?prompt=<id>); unknown ids are ignored. */
export function promptFromQuery(search: string): PromptId | null {
  const id = new URLSearchParams(search).get('prompt');
  return id !== null && isPromptId(id) ? id : null;
}

/** Both texts, one after the other; tags of both; the first prompt. Blank ones add nothing. */
function joinTexts(a: DraftText | undefined, b: DraftText | undefined): DraftText | undefined {
  if (!a || isBlank(a)) return b && !isBlank(b) ? textOf(b) : undefined;
  if (!b || isBlank(b)) return textOf(a);
  const text = a.text.trim() === b.text.trim() ? a.text : `${a.text.trimEnd()}\n\n${b.text.trimStart()}`;
  const promptId = a.promptId ?? b.promptId;
  return { text, tags: [...new Set([...a.tags, ...b.tags])], ...(promptId ? { promptId } : {}) };
}

/**
 * One draft holding the words of two tabs that wrote the same draft at once, so neither is lost:
 * `mine` first. Edits of the same entry (or two new entries) are joined; when the two edit different
 * entries, this tab's edit stays and the other's words join the new entry set aside.
 */
export function mergeDrafts(mine: JournalDraft, theirs: JournalDraft): JournalDraft {
  if (mine.editingId === theirs.editingId) {
    const joined = joinTexts(mine, theirs) ?? EMPTY_DRAFT;
    const setAside = joinTexts(mine.setAside, theirs.setAside);
    return {
      ...joined,
      ...(mine.editingId ? { editingId: mine.editingId } : {}),
      ...(mine.editingBase !== undefined ? { editingBase: mine.editingBase } : {}),
      ...(setAside ? { setAside } : {}),
    };
  }
  const edit = mine.editingId ? mine : theirs;
  const other = mine.editingId ? theirs : mine;
  // Everything of the other tab that is not the edit kept: its new entry, or its edit's words.
  const otherWords = other.editingId ? joinTexts(other, other.setAside) : other;
  const setAside = joinTexts(edit.setAside, otherWords);
  return { ...edit, ...(setAside ? { setAside } : {}) };
}

/** Whether two drafts hold the same words for the same purpose (nothing to choose between). */
export function sameDraft(a: JournalDraft, b: JournalDraft): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(draft: JournalDraft) {
  return {
    text: textOf(draft),
    editingId: draft.editingId ?? null,
    setAside: draft.setAside ? textOf(draft.setAside) : null,
  };
}
