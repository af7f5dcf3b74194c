import { protectDraft, revealDraft, type StoredDraft } from '../lock/draft-lock';
import {
  plainTextOf,
  protectRecord,
  revealRecord,
  withPlainText,
  type PrivateRecord,
  type Reveal,
} from '../lock/records';
import { TEXT_FORMAT } from '../vault/place';
import { isSealed, type ProtectedText } from '../vault/protected-text';
import { lockText } from '../vault/text';
import type { OpenVault } from '../vault/vault';

/**
 * Whether a protected text is already in its final form under `to`: locked (not sealed) with its data
 * key, in the current format (bound to its place).
 */
const lockedUnder = (text: ProtectedText, to: OpenVault) =>
  text.vault === to.record.id && !isSealed(text) && text.v === TEXT_FORMAT;

/**
 * Whether a record's text is not yet as the lock `to` wants it: locked (not sealed) with `to`'s data
 * key in the current format, or (empty text) plain; with `to` null, readable with nothing protected.
 * A rekey converts exactly these, and commits only once none is left.
 */
export function recordNeedsWork(record: PrivateRecord, to: OpenVault | null): boolean {
  if (!to) return record.locked !== undefined;
  if (plainTextOf(record) !== '') return true;
  return record.locked !== undefined && !lockedUnder(record.locked, to);
}

/**
 * Whether the journal draft is not yet as `to` wants it: only `locked`, locked with `to`'s data key;
 * with `to` null, only `plain`.
 */
export function draftNeedsWork(draft: StoredDraft, to: OpenVault | null): boolean {
  if (!to) return draft.locked !== undefined;
  return draft.plain !== undefined || (draft.locked !== undefined && !lockedUnder(draft.locked, to));
}

/**
 * The record as `to` wants it. Readable words beside a protected copy are the newer ones (as in
 * protectRecord) and win; otherwise the protected text is revealed with `reveal`, which rejects
 * (UnreadableTextError) for a text none of its vaults made, so such a text stops the whole rekey.
 */
export async function convertRecord<T extends PrivateRecord>(
  record: T,
  reveal: Reveal,
  to: OpenVault | null,
): Promise<T> {
  const text = plainTextOf(record);
  const plain = text !== '' ? withPlainText(record, text) : await revealRecord(record, reveal);
  return to ? protectRecord(plain, (words, place) => lockText(to, words, place)) : plain;
}

/**
 * The draft as `to` wants it. A readable draft beside a locked one was kept by a page that had not
 * seen the lock turn on: it is the newer one and wins; otherwise the locked one is revealed.
 */
export async function convertDraft(
  draft: StoredDraft,
  reveal: Reveal,
  to: OpenVault | null,
): Promise<StoredDraft> {
  const plain = draft.plain ?? (draft.locked && (await revealDraft(draft.locked, reveal)));
  if (!plain) return {};
  return to ? { locked: await protectDraft(plain, (json, place) => lockText(to, json, place)) } : { plain };
}
