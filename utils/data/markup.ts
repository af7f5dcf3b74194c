import { hasMarkup } from './checks';
import type { RecordsByStore } from './format';

/** The free-text fields of the records that have any; breaks hold none. */
export type MarkupField = 'note' | 'text' | 'tags';

/** A record whose text looks like HTML or script, and which of its fields do. */
export interface MarkupPlace {
  store: 'checkins' | 'entries';
  /** 1-based position in the file's list, as problem messages count. */
  number: number;
  id: string;
  fields: MarkupField[];
}

type Texts = readonly (readonly [MarkupField, readonly string[]])[];

function placeOf(store: MarkupPlace['store'], index: number, id: string, texts: Texts): MarkupPlace | null {
  const fields = texts.filter(([, values]) => values.some(hasMarkup)).map(([field]) => field);
  return fields.length > 0 ? { store, number: index + 1, id, fields } : null;
}

/**
 * Every record of a (validated) file with text that looks like markup, in file order: check-ins,
 * then entries. The import keeps such text unchanged; the preview names these places first.
 */
export function findMarkupPlaces(file: Pick<RecordsByStore, 'checkins' | 'entries'>): MarkupPlace[] {
  const places = [
    ...file.checkins.map((c, i) => placeOf('checkins', i, c.id, [['note', [c.note]]])),
    ...file.entries.map((e, i) =>
      placeOf('entries', i, e.id, [
        ['text', [e.text]],
        ['tags', e.tags],
      ]),
    ),
  ];
  return places.filter((place): place is MarkupPlace => place !== null);
}
