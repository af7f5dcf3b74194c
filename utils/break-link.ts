import type { BreakOrigin } from './db/records';

/** Where a break page link starts: which exercise, and how the break came about. */
export interface BreakLink {
  exerciseId?: string;
  origin: BreakOrigin;
}

/** The break page's path for a link, e.g. /break.html?exercise=box_breathing&origin=reminder. */
export function breakPagePath(link: BreakLink): '/break.html' {
  const query = new URLSearchParams({ origin: link.origin });
  if (link.exerciseId) query.set('exercise', link.exerciseId);
  // The typed path list knows only the bare page; the query is ours.
  return `/break.html?${query.toString()}` as '/break.html';
}

const ORIGINS: readonly BreakOrigin[] = ['reminder', 'popup', 'suggestion', 'idle'];

/** Reads a break link from the page's query string; unknown values fall back safely. */
export function parseBreakLink(search: string): BreakLink {
  const query = new URLSearchParams(search);
  const origin = ORIGINS.find((o) => o === query.get('origin')) ?? 'popup';
  const exerciseId = query.get('exercise') ?? undefined;
  return exerciseId ? { origin, exerciseId } : { origin };
}
