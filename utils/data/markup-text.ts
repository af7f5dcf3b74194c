import { i18n } from '#i18n';
import type { MarkupPlace } from './markup';

/** Places named one by one; the rest are counted ("and 2 more"), so the notice stays short. */
export const NAMED_PLACES = 3;
const SHOWN_ID_LENGTH = 60;

/** "a", "a and b", "a, b and c" in the page's language. */
function andList(items: readonly string[]): string {
  const last = items.at(-1) ?? '';
  return items.length < 2 ? last : i18n.t('data.markup_and', [items.slice(0, -1).join(', '), last]);
}

/** "check-in “c1” (note)", "journal entry “e4” (text and tags)". */
function placeText(place: MarkupPlace): string {
  const id = place.id.length > SHOWN_ID_LENGTH ? `${place.id.slice(0, SHOWN_ID_LENGTH)}…` : place.id;
  const fields = andList(place.fields.map((field) => i18n.t(`data.markup_field.${field}`)));
  return place.store === 'checkins'
    ? i18n.t('data.markup_place.checkins', [id, fields])
    : i18n.t('data.markup_place.entries', [id, fields]);
}

/**
 * The preview's notice that some text looks like HTML or script and is kept as plain text;
 * empty when there is none.
 */
export function markupNotice(places: readonly MarkupPlace[]): string {
  if (places.length === 0) return '';
  const named = places.slice(0, NAMED_PLACES).map(placeText);
  const rest = places.length - named.length;
  const list = andList(rest > 0 ? [...named, i18n.t('data.markup_more', [String(rest)])] : named);
  return i18n.t('data.markup_notice', places.length, [String(places.length), list]);
}
