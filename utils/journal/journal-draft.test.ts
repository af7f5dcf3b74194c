import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import {
  EMPTY_DRAFT,
  entryFromDraft,
  finishDraft,
  isBlank,
  promptFromQuery,
  startEditing,
  withRequestedPrompt,
  type JournalDraft,
} from './journal-draft';

describe('journal drafts', () => {
  it('is blank with no text (spaces only) and no tags', () => {
    expect(isBlank(EMPTY_DRAFT)).toBe(true);
    expect(isBlank({ text: '  \n ', tags: [] })).toBe(true);
    expect(isBlank({ text: '', tags: ['work'] })).toBe(false);
    expect(isBlank({ text: 'x', tags: [] })).toBe(false);
  });

  it('turns a new draft into a new entry', () => {
    const draft: JournalDraft = { text: 'Hello  \n\n', tags: ['a'], promptId: 'three_words' };
    expect(entryFromDraft(draft, { now: 100, newId: 'n1' })).toEqual({
      id: 'n1',
      createdAt: 100,
      updatedAt: 100,
      text: 'Hello',
      tags: ['a'],
      promptId: 'three_words',
    });
  });

  it('edits an entry in place, keeping its id, creation time and prompt', () => {
    const entry = makeEntry({
      id: 'old',
      createdAt: 10,
      updatedAt: 10,
      text: 'was',
      tags: ['x'],
      promptId: 'body_today',
    });
    const draft = startEditing(EMPTY_DRAFT, entry);
    expect(draft).toEqual({ text: 'was', tags: ['x'], promptId: 'body_today', editingId: 'old' });
    const saved = entryFromDraft({ ...draft, text: 'is now' }, { now: 99, newId: 'unused', editing: entry });
    expect(saved).toEqual({
      id: 'old',
      createdAt: 10,
      updatedAt: 99,
      text: 'is now',
      tags: ['x'],
      promptId: 'body_today',
    });
  });

  it('an edited entry whose time is no date Thaw keeps (an older import) is dated now, so it can be saved', () => {
    const entry = { id: 'far', createdAt: 8.64e15 + 1, updatedAt: 8.64e15 + 1, text: 'was', tags: [] };
    const saved = entryFromDraft(
      { ...startEditing(EMPTY_DRAFT, entry), text: 'is now' },
      {
        now: Date.UTC(2026, 2, 2),
        newId: 'unused',
        editing: entry,
      },
    );
    expect(saved).toMatchObject({
      id: 'far',
      createdAt: Date.UTC(2026, 2, 2),
      updatedAt: Date.UTC(2026, 2, 2),
    });
  });

  it('sets a new entry under way aside during an edit and gives it back after', () => {
    const underWay: JournalDraft = { text: 'half a thought', tags: ['work'], promptId: 'avoiding' };
    const editing = startEditing(underWay, makeEntry({ id: 'e1', text: 'old words' }));
    expect(editing).toMatchObject({ text: 'old words', editingId: 'e1', setAside: underWay });
    // Switching to another entry keeps the same new entry aside.
    const other = startEditing({ ...editing, text: 'changed' }, makeEntry({ id: 'e2', text: 'other' }));
    expect(other).toMatchObject({ editingId: 'e2', text: 'other', setAside: underWay });
    expect(finishDraft(other)).toEqual(underWay);
  });

  it('clears to empty after saving a new entry or ending an edit with nothing aside', () => {
    expect(finishDraft({ text: 'saved', tags: [] })).toEqual(EMPTY_DRAFT);
    expect(finishDraft(startEditing(EMPTY_DRAFT, makeEntry()))).toEqual(EMPTY_DRAFT);
    expect(startEditing({ text: '  ', tags: [] }, makeEntry()).setAside).toBeUndefined();
  });

  it('opens a requested prompt without ever dropping typed words', () => {
    expect(withRequestedPrompt(EMPTY_DRAFT, 'real_rest')).toEqual({
      text: '',
      tags: [],
      promptId: 'real_rest',
    });
    const underWay: JournalDraft = { text: 'my words', tags: [], promptId: 'avoiding' };
    expect(withRequestedPrompt(underWay, 'real_rest')).toEqual({ ...underWay, promptId: 'real_rest' });
    const editing = startEditing(underWay, makeEntry({ id: 'e1', text: 'edit' }));
    const prompted = withRequestedPrompt(editing, 'real_rest');
    expect(prompted).toMatchObject({
      editingId: 'e1',
      text: 'edit',
      setAside: { text: 'my words', promptId: 'real_rest' },
    });
    expect(finishDraft(prompted)).toEqual({ text: 'my words', tags: [], promptId: 'real_rest' });
    expect(withRequestedPrompt(startEditing(EMPTY_DRAFT, makeEntry()), 'real_rest').setAside).toEqual({
      text: '',
      tags: [],
      promptId: 'real_rest',
    });
  });
});

describe('promptFromQuery', () => {
  it('reads a known prompt id from the address and ignores anything else', () => {
    expect(promptFromQuery('?prompt=three_words')).toBe('three_words');
    expect(promptFromQuery('?x=1&prompt=real_rest')).toBe('real_rest');
    expect(promptFromQuery('?prompt=no_such_prompt')).toBeNull();
    expect(promptFromQuery('?prompt=')).toBeNull();
    expect(promptFromQuery('')).toBeNull();
    expect(promptFromQuery('?prompt=toString')).toBeNull();
  });
});
