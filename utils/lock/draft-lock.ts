import { EMPTY_DRAFT, type JournalDraft } from '../journal/journal-draft';
import { DRAFT_PLACE } from '../vault/place';
import type { ProtectedText } from '../vault/protected-text';
import type { Protect, Reveal } from './records';

/** The journal draft as kept: readable while the lock is off, protected as JSON while it is on. */
export interface StoredDraft {
  plain?: JournalDraft;
  locked?: ProtectedText;
}

/** A draft protected for storage. */
export async function protectDraft(draft: JournalDraft, protect: Protect): Promise<ProtectedText> {
  return protect(JSON.stringify(draft), DRAFT_PLACE);
}

/**
 * A protected draft made readable; anything that is not a draft (it cannot be, unless damaged), not
 * even JSON, reads as empty, so a bad draft never blocks the journal or a passphrase change.
 */
export async function revealDraft(locked: ProtectedText, reveal: Reveal): Promise<JournalDraft> {
  const json = await reveal(locked, DRAFT_PLACE);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return EMPTY_DRAFT;
  }
  return isDraftLike(value) ? value : EMPTY_DRAFT;
}

function isDraftLike(value: unknown): value is JournalDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'tags' in value &&
    Array.isArray(value.tags) &&
    value.tags.every((tag: unknown) => typeof tag === 'string')
  );
}
