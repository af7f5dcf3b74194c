/**
 * The person's factor list: the defaults (utils/content/factors.ts) renamed, hidden or reordered,
 * and their own factors added. Pure: no browser APIs. Its order is the order of the array.
 */
import { DEFAULT_FACTORS, isDefaultFactorId } from '../content/factors';
import { fold } from '../text/fold';
import { cutToLength } from '../text/whole-characters';

/** One factor as the person keeps it. */
export interface FactorSetting {
  /** A default id (utils/content/factors.ts) or an own factor's generated id (`own_…`). */
  id: string;
  /** The person's name for it; null keeps the default's translated name (own factors always have one). */
  name: string | null;
  /** Hidden factors are not offered at check-in; check-ins that have them keep them. */
  hidden: boolean;
}

/** At most this many factors in the list, and on one check-in: a longer row helps nobody. */
export const FACTORS_MAX = 30;
/** Longest factor name, in UTF-16 units, cut between whole characters. */
export const FACTOR_NAME_MAX = 40;

/** Default ids are snake_case; own ids are `own_` and a random UUID. */
export const FACTOR_ID = /^[a-z0-9_-]{1,64}$/;
export const isFactorId = (id: unknown): id is string => typeof id === 'string' && FACTOR_ID.test(id);

export const DEFAULT_FACTOR_LIST: readonly FactorSetting[] = DEFAULT_FACTORS.map((factor) => ({
  id: factor.id,
  name: null,
  hidden: false,
}));

/** An id for an own factor, from a random UUID (crypto.randomUUID() at the caller). */
export const ownFactorId = (uuid: string): string => `own_${uuid.toLowerCase()}`;

/** A name as stored: trimmed, inner spaces collapsed, cut to the limit in whole characters. */
export function normalizeFactorName(raw: string): string {
  return cutToLength(raw.trim().replace(/\s+/g, ' '), FACTOR_NAME_MAX).trim();
}

/** The name shown for a factor: the person's, or the default's (`defaultName`, in the page's language). */
export function factorName(factor: FactorSetting, defaultName: (id: string) => string): string {
  return factor.name ?? defaultName(factor.id);
}

/** What is wrong with a proposed name or list change, for a kind message. */
export type FactorProblem = 'empty' | 'too_long' | 'duplicate' | 'full' | 'not_own' | 'unknown';

export type FactorChange = { ok: true; list: FactorSetting[] } | { ok: false; problem: FactorProblem };

function nameProblem(
  list: readonly FactorSetting[],
  raw: string,
  defaultName: (id: string) => string,
  exceptId?: string,
): FactorProblem | null {
  if (raw.trim().replace(/\s+/g, ' ').length > FACTOR_NAME_MAX) return 'too_long';
  const name = normalizeFactorName(raw);
  if (name === '') return 'empty';
  const folded = fold(name);
  const taken = list.some((f) => f.id !== exceptId && fold(factorName(f, defaultName)) === folded);
  return taken ? 'duplicate' : null;
}

/** Adds an own factor at the end of the list. */
export function addFactor(
  list: readonly FactorSetting[],
  raw: string,
  id: string,
  defaultName: (id: string) => string,
): FactorChange {
  if (list.length >= FACTORS_MAX) return { ok: false, problem: 'full' };
  const problem = nameProblem(list, raw, defaultName);
  if (problem) return { ok: false, problem };
  if (!isFactorId(id) || list.some((f) => f.id === id)) return { ok: false, problem: 'unknown' };
  return { ok: true, list: [...list, { id, name: normalizeFactorName(raw), hidden: false }] };
}

/**
 * Renames a factor. An empty name gives a default factor its own name back; an own factor needs one.
 * Naming a default factor exactly as its default name keeps following the language (name null).
 */
export function renameFactor(
  list: readonly FactorSetting[],
  id: string,
  raw: string,
  defaultName: (id: string) => string,
): FactorChange {
  const factor = list.find((f) => f.id === id);
  if (!factor) return { ok: false, problem: 'unknown' };
  const own = !isDefaultFactorId(id);
  const name = normalizeFactorName(raw);
  if (!own && (name === '' || name === defaultName(id))) {
    return { ok: true, list: list.map((f) => (f.id === id ? { ...f, name: null } : f)) };
  }
  const problem = nameProblem(list, raw, defaultName, id);
  if (problem) return { ok: false, problem };
  return { ok: true, list: list.map((f) => (f.id === id ? { ...f, name } : f)) };
}

export function setFactorHidden(
  list: readonly FactorSetting[],
  id: string,
  hidden: boolean,
): FactorSetting[] {
  return list.map((f) => (f.id === id ? { ...f, hidden } : f));
}

/** Moves a factor one place up (-1) or down (1); at either end nothing moves. */
export function moveFactor(list: readonly FactorSetting[], id: string, by: -1 | 1): FactorSetting[] {
  const at = list.findIndex((f) => f.id === id);
  const to = at + by;
  const next = [...list];
  const moved = next[at];
  const other = next[to];
  if (at === -1 || !moved || !other) return next;
  next[at] = other;
  next[to] = moved;
  return next;
}

/** Deletes an own factor; default factors can only be hidden, so they can always come back. */
export function deleteFactor(list: readonly FactorSetting[], id: string): FactorChange {
  if (!list.some((f) => f.id === id)) return { ok: false, problem: 'unknown' };
  if (isDefaultFactorId(id)) return { ok: false, problem: 'not_own' };
  return { ok: true, list: list.filter((f) => f.id !== id) };
}

/** Whether a value is a factor list Thaw could have made: the shape, the limits, each id once. */
export function isFactorList(value: unknown): value is FactorSetting[] {
  if (!Array.isArray(value) || value.length > FACTORS_MAX) return false;
  const ids = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return false;
    const { id, name, hidden } = item as Record<string, unknown>;
    if (!isFactorId(id) || ids.has(id) || typeof hidden !== 'boolean') return false;
    ids.add(id);
    if (name === null) {
      if (!isDefaultFactorId(id)) return false;
    } else if (
      typeof name !== 'string' ||
      name !== normalizeFactorName(name) ||
      name === '' ||
      !name.isWellFormed()
    ) {
      return false;
    }
  }
  return true;
}
