import type { BreakOrigin } from './db/records';

/** Where a break page link starts: which exercise, how the break came about, and the check-in it follows. */
export interface BreakLink {
  exerciseId?: string;
  origin: BreakOrigin;
  /** A check-in just saved in the popup: it answers "how are you" for this break. */
  checkinId?: string;
}

/** The break page's path for a link, e.g. /break.html?origin=reminder&exercise=box_breathing. */
export function breakPagePath(link: BreakLink): '/break.html' {
  const query = new URLSearchParams({ origin: link.origin });
  if (link.exerciseId) query.set('exercise', link.exerciseId);
  if (link.checkinId) query.set('checkin', link.checkinId);
  // The typed path list knows only the bare page; the query is ours.
  return `/break.html?${query.toString()}` as '/break.html';
}

const ORIGINS: readonly BreakOrigin[] = ['reminder', 'popup', 'suggestion', 'idle'];
/** Record ids are UUIDs; anything unlike an id is ignored rather than looked up. */
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a break link from the page's query string; unknown values fall back safely. */
export function parseBreakLink(search: string): BreakLink {
  const query = new URLSearchParams(search);
  const origin = ORIGINS.find((o) => o === query.get('origin')) ?? 'popup';
  const exerciseId = query.get('exercise') ?? undefined;
  const checkin = query.get('checkin');
  const checkinId = exerciseId && checkin && ID_SHAPE.test(checkin) ? checkin : undefined;
  return { origin, ...(exerciseId ? { exerciseId } : {}), ...(checkinId ? { checkinId } : {}) };
}

/**
 * Where an open break page is: choosing an exercise, ready to start one, running it, asking how it
 * went, or finished.
 */
export type BreakPageStage = 'choosing' | 'ready' | 'running' | 'after' | 'finished';

/**
 * Whether an open break page should turn to a newly asked-for break (from "Take a break now" or a
 * suggestion) or simply come forward as it is. A break under way, or its "how do you feel now",
 * is never thrown away; a bare "take a break" never replaces a page that already offers one.
 */
export function breakPageTakes(stage: BreakPageStage, request: BreakLink): boolean {
  switch (stage) {
    case 'running':
    case 'after':
      return false;
    case 'finished':
      return true;
    case 'choosing':
    case 'ready':
      return request.exerciseId !== undefined;
  }
}
