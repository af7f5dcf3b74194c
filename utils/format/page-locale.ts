/**
 * The locale dates, times and numbers are written in: the language of the texts on the page (the
 * extension's own, e.g. "es"), with the region of the first browser language that speaks it, so a
 * Mexican browser gets Spanish with Mexican conventions and an English page in a Spanish browser
 * says "in 50 minutes", never "dentro de 50 minutos".
 */
export function pageLocaleFor(textLocale: string, browserLanguages: readonly string[]): string {
  const language = primaryOf(textLocale);
  for (const tag of browserLanguages) {
    if (primaryOf(tag) !== language) continue;
    const canonical = canonicalOf(tag);
    if (canonical) return canonical;
  }
  return canonicalOf(textLocale) ?? 'en';
}

function primaryOf(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** A well-formed BCP 47 tag ("es_419" from an extension locale becomes "es-419"), or null. */
function canonicalOf(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}
