import type { EmotionId } from '../content/emotions';

/**
 * Feeling words of a weight that calls for people, not only an exercise: hopelessness, despair, feeling
 * worthless, feeling trapped. These are the feelings crisis services and suicide-prevention guidance name
 * as signs to take seriously. Each is also something people feel on an ordinary bad day, so what follows
 * is an offer (a warm line and the way to someone to talk to), never an alarm or a verdict. Sad, tired,
 * lonely, numb or empty alone are not on the list: they get the usual gentle suggestion.
 */
export const HEAVY_WORDS = [
  'hopeless',
  'despairing',
  'worthless',
  'trapped',
] as const satisfies readonly EmotionId[];

/** Whether a check-in holds a heavy word. Only the chosen words count: no note is read, no score is kept. */
export function isHeavyCheckin(checkin: { readonly emotions: readonly string[] }): boolean {
  return checkin.emotions.some((id) => (HEAVY_WORDS as readonly string[]).includes(id));
}
