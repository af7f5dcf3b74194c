import { describe, expect, it } from 'vitest';
import { makeEntry } from '@/tests/unit/factories';
import {
  EMPTY_DRAFT,
  entryFromDraft,
  finishDraft,
  isBlank,
  mergeDrafts,
  promptFromQuery,
  sameDraft,
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
    expect(draft).toEqual({
      text: 'was',
      tags: ['x'],
      promptId: 'body_today',
      editingId: 'old',
      editingBase: 10,
    });
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

describe('two tabs that kept the same draft at once', () => {
  it('joins two new entries, this tab first, tags of both', () => {
    const mine: JournalDraft = { text: 'mine here\n', tags: ['a'] };
    const theirs: JournalDraft = { text: 'theirs there', tags: ['a', 'b'], promptId: 'three_words' };
    expect(mergeDrafts(mine, theirs)).toEqual({
      text: 'mine here\n\ntheirs there',
      tags: ['a', 'b'],
      promptId: 'three_words',
    });
  });

  it('keeps the same words once', () => {
    const draft: JournalDraft = { text: 'same', tags: [] };
    expect(mergeDrafts(draft, { text: 'same ', tags: [] }).text).toBe('same');
  });

  it('joins edits of one entry and the new entries each set aside', () => {
    const mine: JournalDraft = {
      text: 'edit A',
      tags: [],
      editingId: 'e1',
      editingBase: 5,
      setAside: { text: 'new A', tags: [] },
    };
    const theirs: JournalDraft = {
      text: 'edit B',
      tags: [],
      editingId: 'e1',
      editingBase: 5,
      setAside: { text: 'new B', tags: [] },
    };
    expect(mergeDrafts(mine, theirs)).toEqual({
      text: 'edit A\n\nedit B',
      tags: [],
      editingId: 'e1',
      editingBase: 5,
      setAside: { text: 'new A\n\nnew B', tags: [] },
    });
  });

  it('keeps one edit and sets every other word aside when the two edit different entries', () => {
    const mine: JournalDraft = { text: 'edit of one', tags: [], editingId: 'e1', editingBase: 5 };
    const theirs: JournalDraft = {
      text: 'edit of two',
      tags: ['t'],
      editingId: 'e2',
      editingBase: 7,
      setAside: { text: 'their new', tags: [] },
    };
    expect(mergeDrafts(mine, theirs)).toEqual({
      ...mine,
      setAside: { text: 'edit of two\n\ntheir new', tags: ['t'] },
    });
  });

  it('keeps the other tab edit when this tab was writing a new entry', () => {
    const mine: JournalDraft = { text: 'my new', tags: [] };
    const theirs: JournalDraft = { text: 'their edit', tags: [], editingId: 'e2', editingBase: 7 };
    expect(mergeDrafts(mine, theirs)).toEqual({ ...theirs, setAside: { text: 'my new', tags: [] } });
  });

  it('loses no word in any case', () => {
    const a: JournalDraft = { text: 'alpha', tags: [], editingId: 'x', setAside: { text: 'beta', tags: [] } };
    const b: JournalDraft = {
      text: 'gamma',
      tags: [],
      editingId: 'y',
      setAside: { text: 'delta', tags: [] },
    };
    const merged = JSON.stringify(mergeDrafts(a, b));
    for (const word of ['alpha', 'beta', 'gamma', 'delta']) expect(merged).toContain(word);
  });

  it('tells the same draft from a different one', () => {
    expect(sameDraft({ text: 'x', tags: [] }, { text: 'x', tags: [] })).toBe(true);
    expect(sameDraft({ text: 'x', tags: [] }, { text: 'x', tags: [], editingId: 'e' })).toBe(false);
    expect(sameDraft({ text: 'x', tags: [] }, { text: 'y', tags: [] })).toBe(false);
  });

  it('remembers which version of an entry an edit began from', () => {
    const entry = makeEntry({ id: 'e', createdAt: 1, updatedAt: 42, text: 't', tags: [] });
    expect(startEditing(EMPTY_DRAFT, entry).editingBase).toBe(42);
  });
});
