/**
 * Body sensations a check-in can note. Data only; the label of each is `body.<id>` in locales/en.yml.
 */

/** A rough family, for grouping in the UI and in insights. */
export type BodyTone = 'tense' | 'low' | 'easy' | 'none';

export interface BodySensation<Id extends string = string> {
  readonly id: Id;
  readonly tone: BodyTone;
}

export const BODY_SENSATIONS = [
  { id: 'tight_chest', tone: 'tense' },
  { id: 'racing_heart', tone: 'tense' },
  { id: 'shallow_breath', tone: 'tense' },
  { id: 'tense_shoulders', tone: 'tense' },
  { id: 'clenched_jaw', tone: 'tense' },
  { id: 'knot_in_stomach', tone: 'tense' },
  { id: 'headache', tone: 'tense' },
  { id: 'restless', tone: 'tense' },
  { id: 'tired_eyes', tone: 'low' },
  { id: 'heavy_limbs', tone: 'low' },
  { id: 'warm', tone: 'easy' },
  { id: 'light', tone: 'easy' },
  { id: 'loose', tone: 'easy' },
  { id: 'nothing_at_all', tone: 'none' },
] as const satisfies readonly BodySensation[];

export type BodySensationId = (typeof BODY_SENSATIONS)[number]['id'];

export const BODY_BY_ID: Readonly<Record<BodySensationId, BodySensation<BodySensationId>>> =
  Object.fromEntries(BODY_SENSATIONS.map((sensation) => [sensation.id, sensation])) as Record<
    BodySensationId,
    BodySensation<BodySensationId>
  >;

export function isBodySensationId(id: string): id is BodySensationId {
  return Object.prototype.hasOwnProperty.call(BODY_BY_ID, id);
}
