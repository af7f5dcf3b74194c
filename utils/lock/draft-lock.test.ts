import { describe, expect, it } from 'vitest';
import { DRAFT_PLACE, type TextPlace } from '../vault/place';
import { EMPTY_DRAFT, type JournalDraft } from '../journal/journal-draft';
import { UnreadableTextError } from '../vault/errors';
import { sealText } from '../vault/seal';
import { fastVault } from '../vault/test-vault';
import { lockText, revealText } from '../vault/text';
import { protectDraft, revealDraft } from './draft-lock';

const DRAFT: JournalDraft = {
  text: 'Half a thought about the meeting 🙃',
  tags: ['work', 'sleep'],
  promptId: 'what_went_well',
  editingId: 'e-1',
  setAside: { text: 'a new entry set aside', tags: ['later'] },
};

describe('protectDraft and revealDraft', () => {
  it('round-trip the whole draft, edit bookkeeping included, locked or sealed', async () => {
    const vault = await fastVault();
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place);
    const locked = await protectDraft(DRAFT, (text, place) => lockText(vault, text, place));
    const sealed = await protectDraft(DRAFT, (text, place) => sealText(vault.record, text, place));
    expect(await revealDraft(locked, reveal)).toEqual(DRAFT);
    expect(await revealDraft(sealed, reveal)).toEqual(DRAFT);
    expect(
      await revealDraft(await protectDraft(EMPTY_DRAFT, (t, place) => lockText(vault, t, place)), reveal),
    ).toEqual(EMPTY_DRAFT);
  });

  it('keeps none of the words, tags or prompt readable', async () => {
    const vault = await fastVault();
    const stored = JSON.stringify(await protectDraft(DRAFT, (text, place) => lockText(vault, text, place)));
    for (const word of ['Half a thought', '"work"', '"sleep"', 'what_went_well', 'set aside', '"later"']) {
      expect(stored).not.toContain(word);
    }
  });

  it('hands the protect step the draft as JSON', async () => {
    let seen = '';
    await protectDraft(DRAFT, async (text) => {
      seen = text;
      return { v: 1, vault: 'v', iv: 'i', ct: 'c' };
    });
    expect(JSON.parse(seen)).toEqual(DRAFT);
  });

  it('reads anything that is not a draft as the empty draft', async () => {
    const vault = await fastVault();
    const reveal = (text: Parameters<typeof revealText>[1], place: TextPlace) =>
      revealText(vault, text, place);
    const notDrafts = [
      '"just words"',
      'null',
      '[]',
      '42',
      '{"text":1,"tags":[]}',
      '{"text":"x"}',
      '{"tags":[]}',
    ];
    for (const json of [...notDrafts, '{"text":"x","tags":[1]}', 'not json at all', '']) {
      expect(await revealDraft(await lockText(vault, json, DRAFT_PLACE), reveal)).toEqual(EMPTY_DRAFT);
    }
  });

  it('passes UnreadableTextError on for a draft from another vault', async () => {
    const [mine, theirs] = await Promise.all([fastVault(), fastVault()]);
    const locked = await protectDraft(DRAFT, (text, place) => lockText(theirs, text, place));
    await expect(revealDraft(locked, (text, place) => revealText(mine, text, place))).rejects.toBeInstanceOf(
      UnreadableTextError,
    );
  });
});
