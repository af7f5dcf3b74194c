/**
 * Which speech synthesis voice may read the steps aloud. Pure: the adapter hands in what
 * `speechSynthesis.getVoices()` lists.
 *
 * Only voices that run on the device (`localService`) are ever chosen: any other voice sends the
 * text it reads to a server, and nothing Thaw holds may leave the machine.
 */

/** What Thaw needs to know of a voice (the fields of SpeechSynthesisVoice it reads). */
export interface VoiceInfo {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** A language tag as [language, region], lower case: 'es-MX' and 'es_mx' → ['es', 'mx']; 'en' → ['en', '']. */
export function langParts(tag: string): [string, string] {
  const [language = '', region = ''] = tag.trim().toLowerCase().split(/[-_]/);
  return [language, /^[a-z]{2}$|^\d{3}$/.test(region) ? region : ''];
}

/**
 * The voice to read in `pageLang` (the language of the page's texts), or null when no voice on the
 * device speaks it. Among local voices of that language: the region the person's browser asks for
 * first (`browserLangs`, e.g. navigator.languages: a Mexican browser gets a Mexican voice when there is
 * one), then the system's default voice, then by name, so the choice is stable.
 */
export function pickLocalVoice<V extends VoiceInfo>(
  voices: readonly V[],
  pageLang: string,
  browserLangs: readonly string[] = [],
): V | null {
  const [language] = langParts(pageLang);
  if (!language) return null;
  const speaking = voices.filter((voice) => voice.localService && langParts(voice.lang)[0] === language);
  if (speaking.length === 0) return null;
  const regions = browserLangs
    .map(langParts)
    .filter(([lang, region]) => lang === language && region !== '')
    .map(([, region]) => region);
  const rank = (voice: V): [number, number] => {
    const region = langParts(voice.lang)[1];
    const regionRank = regions.indexOf(region);
    return [regionRank === -1 ? regions.length : regionRank, voice.default ? 0 : 1];
  };
  return [...speaking].sort((a, b) => {
    const [ra, da] = rank(a);
    const [rb, db] = rank(b);
    return ra - rb || da - db || a.name.localeCompare(b.name);
  })[0] as V;
}
