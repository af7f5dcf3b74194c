import { i18n, type GeneratedI18nStructure } from '#i18n';

type Structure = GeneratedI18nStructure;
/** Keys whose text takes no substitutions. */
type PlainKey = {
  [K in keyof Structure]: Structure[K] extends { substitutions: 0; plural: false } ? K : never;
}[keyof Structure];

/**
 * Text for a key assembled at run time from content data (e.g. an exercise's step keys), which the
 * type checker cannot follow. The content tests prove every such key exists in every locale.
 */
export function dynamicText(key: string): string {
  return i18n.t(key as PlainKey);
}
