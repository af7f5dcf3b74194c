import type { Checkin, Entry } from '../db/records';
import { fold } from '../text/fold';
import { sameTag } from './tags';

/** What the journal search looks for. Empty text and absent filters match everything. */
export interface SearchQuery {
  text: string;
  /** Only check-ins naming this feeling word (emotion id). */
  emotion?: string;
  /** Only entries carrying this tag. */
  tag?: string;
  /** Only records at or after this time. */
  from?: number;
  /** Only records before this time. */
  to?: number;
}

/** The words of a query, folded; a record matches when it contains every one. */
export function queryTerms(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

export function isActiveQuery(query: SearchQuery): boolean {
  return (
    queryTerms(query.text).length > 0 ||
    !!query.emotion ||
    !!query.tag ||
    query.from !== undefined ||
    query.to !== undefined
  );
}

function containsAll(haystack: string, terms: readonly string[]): boolean {
  const folded = fold(haystack);
  return terms.every((term) => folded.includes(term));
}

/** Does an entry match? Feeling-word searches look at check-ins only. */
export function entryMatches(entry: Entry, query: SearchQuery, terms: readonly string[]): boolean {
  if (query.emotion) return false;
  if (query.tag && !entry.tags.some((t) => sameTag(t, query.tag ?? ''))) return false;
  return terms.length === 0 || containsAll(`${entry.text}\n${entry.tags.join(' ')}`, terms);
}

/**
 * Does a check-in match? Tag searches look at entries only; text looks at the note, the feeling words
 * and the factors as the page names them (`wordName`, `factorName`: the page's language and the
 * person's own factor names; the id itself by default), so a check-in with no note is found by its words.
 */
export function checkinMatches(
  checkin: Checkin,
  query: SearchQuery,
  terms: readonly string[],
  wordName: (id: string) => string = (id) => id,
  factorName: (id: string) => string = (id) => id,
): boolean {
  if (query.tag) return false;
  if (query.emotion && !checkin.emotions.includes(query.emotion)) return false;
  if (terms.length === 0) return true;
  const words = checkin.emotions.map(wordName).join('\n');
  const factors = (checkin.factors ?? []).map(factorName).join('\n');
  return containsAll(`${checkin.note}\n${words}\n${factors}`, terms);
}

/** Splits text into plain and matching parts for highlighting; the parts join back to the text. */
export function highlightParts(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (terms.length === 0) return [{ text, match: false }];
  const folded = fold(text);
  // Folding can change length (rare ligatures); then highlight nothing rather than the wrong letters.
  if (folded.length !== text.length) return [{ text, match: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i] ?? '', match: marked[i] ?? false });
  }
  return parts;
}
