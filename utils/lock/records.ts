import type { Checkin, Entry } from '../db/records';
import type { TextPlace } from '../vault/place';
import type { ProtectedText } from '../vault/protected-text';

/** A record with private text: a check-in's note or an entry's words. */
export type PrivateRecord = Checkin | Entry;

/** Encrypts text for storage at `place` (sealed with the public key, or locked with an open vault). */
export type Protect = (text: string, place: TextPlace) => Promise<ProtectedText>;
/** Decrypts text stored at `place`; throws UnreadableTextError when it cannot. */
export type Reveal = (text: ProtectedText, place: TextPlace) => Promise<string>;

/** Where the record's protected text is kept: its store, its id and the field it stands for. */
export function placeOf(record: PrivateRecord): TextPlace {
  return 'note' in record
    ? { store: 'checkins', id: record.id, field: 'note' }
    : { store: 'entries', id: record.id, field: 'text' };
}

/** The record's readable text: '' while it is protected. */
export function plainTextOf(record: PrivateRecord): string {
  return 'note' in record ? record.note : record.text;
}

/** The record with its text readable and nothing protected. */
export function withPlainText<T extends PrivateRecord>(record: T, text: string): T {
  const copy = 'note' in record ? { ...record, note: text } : { ...record, text };
  delete copy.locked;
  return copy;
}

/**
 * The record as stored while the lock is on: its text moved into `locked`. Empty text stays as it
 * is (nothing to hide), and so does a record already protected. Readable text is always protected,
 * even beside an older `locked` copy (which it replaces), so no words stay readable while the lock is on.
 */
export async function protectRecord<T extends PrivateRecord>(record: T, protect: Protect): Promise<T> {
  const text = plainTextOf(record);
  if (text === '') return record;
  const locked = await protect(text, placeOf(record));
  return 'note' in record ? { ...record, note: '', locked } : { ...record, text: '', locked };
}

/** The record with its text readable; a record without protected text comes back unchanged. */
export async function revealRecord<T extends PrivateRecord>(record: T, reveal: Reveal): Promise<T> {
  return record.locked ? withPlainText(record, await reveal(record.locked, placeOf(record))) : record;
}
