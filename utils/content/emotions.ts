/**
 * The feeling vocabulary: words on the mood meter plus the "disconnected" family and "I can't tell".
 *
 * Data only. Texts live in locales/en.yml under `emotions.<id>.name` and `emotions.<id>.definition`.
 * Coordinates are a typical point on the mood meter: pleasantness (x) and energy (y), each -5..5.
 */

/** The four quadrants of the mood meter. */
export type Quadrant = 'high_unpleasant' | 'high_pleasant' | 'low_unpleasant' | 'low_pleasant';

/** A quadrant, or the family of words for feeling little or nothing (numb, flat, ...). */
export type EmotionGroup = Quadrant | 'disconnected';

export interface Emotion<Id extends string = string> {
  readonly id: Id;
  readonly group: EmotionGroup;
  /** Typical pleasantness, -5 (very unpleasant) to 5 (very pleasant). */
  readonly pleasantness: number;
  /** Typical energy, -5 (very low) to 5 (very high). */
  readonly energy: number;
}

export const QUADRANTS = [
  'high_unpleasant',
  'high_pleasant',
  'low_unpleasant',
  'low_pleasant',
] as const satisfies readonly Quadrant[];

export const EMOTION_GROUPS = [...QUADRANTS, 'disconnected'] as const satisfies readonly EmotionGroup[];

/** "I can't tell": a first-class answer. Not being able to name a feeling is often how numbness shows. */
export const CANT_TELL = 'cant_tell';

export const EMOTIONS = [
  // High energy, unpleasant.
  { id: 'anxious', group: 'high_unpleasant', pleasantness: -3, energy: 3 },
  { id: 'stressed', group: 'high_unpleasant', pleasantness: -3, energy: 2 },
  { id: 'overwhelmed', group: 'high_unpleasant', pleasantness: -4, energy: 3 },
  { id: 'frustrated', group: 'high_unpleasant', pleasantness: -3, energy: 2 },
  { id: 'angry', group: 'high_unpleasant', pleasantness: -4, energy: 4 },
  { id: 'irritated', group: 'high_unpleasant', pleasantness: -2, energy: 2 },
  { id: 'worried', group: 'high_unpleasant', pleasantness: -3, energy: 2 },
  { id: 'tense', group: 'high_unpleasant', pleasantness: -2, energy: 3 },
  { id: 'panicked', group: 'high_unpleasant', pleasantness: -5, energy: 5 },
  { id: 'nervous', group: 'high_unpleasant', pleasantness: -2, energy: 3 },
  { id: 'jittery', group: 'high_unpleasant', pleasantness: -2, energy: 4 },
  { id: 'on_edge', group: 'high_unpleasant', pleasantness: -3, energy: 4 },
  { id: 'annoyed', group: 'high_unpleasant', pleasantness: -2, energy: 1 },
  { id: 'pressured', group: 'high_unpleasant', pleasantness: -3, energy: 3 },
  { id: 'scattered', group: 'high_unpleasant', pleasantness: -2, energy: 2 },
  { id: 'frazzled', group: 'high_unpleasant', pleasantness: -3, energy: 3 },
  { id: 'afraid', group: 'high_unpleasant', pleasantness: -4, energy: 4 },

  // High energy, pleasant.
  { id: 'excited', group: 'high_pleasant', pleasantness: 4, energy: 4 },
  { id: 'joyful', group: 'high_pleasant', pleasantness: 5, energy: 3 },
  { id: 'energetic', group: 'high_pleasant', pleasantness: 3, energy: 4 },
  { id: 'happy', group: 'high_pleasant', pleasantness: 4, energy: 2 },
  { id: 'cheerful', group: 'high_pleasant', pleasantness: 3, energy: 2 },
  { id: 'motivated', group: 'high_pleasant', pleasantness: 3, energy: 3 },
  { id: 'inspired', group: 'high_pleasant', pleasantness: 4, energy: 3 },
  { id: 'hopeful', group: 'high_pleasant', pleasantness: 3, energy: 1 },
  { id: 'proud', group: 'high_pleasant', pleasantness: 4, energy: 2 },
  { id: 'playful', group: 'high_pleasant', pleasantness: 3, energy: 3 },
  { id: 'curious', group: 'high_pleasant', pleasantness: 2, energy: 2 },
  { id: 'enthusiastic', group: 'high_pleasant', pleasantness: 4, energy: 4 },
  { id: 'focused', group: 'high_pleasant', pleasantness: 2, energy: 2 },
  { id: 'confident', group: 'high_pleasant', pleasantness: 3, energy: 2 },
  { id: 'amused', group: 'high_pleasant', pleasantness: 3, energy: 2 },
  { id: 'lively', group: 'high_pleasant', pleasantness: 3, energy: 4 },
  { id: 'eager', group: 'high_pleasant', pleasantness: 3, energy: 3 },

  // Low energy, unpleasant.
  { id: 'sad', group: 'low_unpleasant', pleasantness: -3, energy: -2 },
  { id: 'tired', group: 'low_unpleasant', pleasantness: -2, energy: -3 },
  { id: 'drained', group: 'low_unpleasant', pleasantness: -3, energy: -4 },
  { id: 'lonely', group: 'low_unpleasant', pleasantness: -3, energy: -2 },
  { id: 'bored', group: 'low_unpleasant', pleasantness: -1, energy: -2 },
  { id: 'discouraged', group: 'low_unpleasant', pleasantness: -3, energy: -2 },
  { id: 'disappointed', group: 'low_unpleasant', pleasantness: -3, energy: -1 },
  { id: 'down', group: 'low_unpleasant', pleasantness: -2, energy: -2 },
  { id: 'exhausted', group: 'low_unpleasant', pleasantness: -3, energy: -5 },
  { id: 'hopeless', group: 'low_unpleasant', pleasantness: -5, energy: -4 },
  { id: 'burnt_out', group: 'low_unpleasant', pleasantness: -4, energy: -4 },
  { id: 'gloomy', group: 'low_unpleasant', pleasantness: -3, energy: -2 },
  { id: 'sluggish', group: 'low_unpleasant', pleasantness: -1, energy: -3 },
  { id: 'weary', group: 'low_unpleasant', pleasantness: -2, energy: -4 },
  { id: 'hurt', group: 'low_unpleasant', pleasantness: -4, energy: -1 },
  { id: 'grieving', group: 'low_unpleasant', pleasantness: -4, energy: -3 },
  { id: 'unmotivated', group: 'low_unpleasant', pleasantness: -2, energy: -3 },
  { id: 'despairing', group: 'low_unpleasant', pleasantness: -5, energy: -3 },
  { id: 'worthless', group: 'low_unpleasant', pleasantness: -5, energy: -3 },
  { id: 'trapped', group: 'low_unpleasant', pleasantness: -4, energy: -1 },

  // Low energy, pleasant.
  { id: 'calm', group: 'low_pleasant', pleasantness: 3, energy: -2 },
  { id: 'relaxed', group: 'low_pleasant', pleasantness: 3, energy: -3 },
  { id: 'content', group: 'low_pleasant', pleasantness: 3, energy: -1 },
  { id: 'peaceful', group: 'low_pleasant', pleasantness: 4, energy: -3 },
  { id: 'grateful', group: 'low_pleasant', pleasantness: 4, energy: -1 },
  { id: 'at_ease', group: 'low_pleasant', pleasantness: 3, energy: -2 },
  { id: 'safe', group: 'low_pleasant', pleasantness: 3, energy: -2 },
  { id: 'rested', group: 'low_pleasant', pleasantness: 3, energy: -3 },
  { id: 'serene', group: 'low_pleasant', pleasantness: 4, energy: -4 },
  { id: 'cosy', group: 'low_pleasant', pleasantness: 3, energy: -3 },
  { id: 'satisfied', group: 'low_pleasant', pleasantness: 3, energy: -1 },
  { id: 'mellow', group: 'low_pleasant', pleasantness: 2, energy: -3 },
  { id: 'tender', group: 'low_pleasant', pleasantness: 2, energy: -2 },
  { id: 'relieved', group: 'low_pleasant', pleasantness: 3, energy: -1 },
  { id: 'balanced', group: 'low_pleasant', pleasantness: 2, energy: -1 },
  { id: 'thoughtful', group: 'low_pleasant', pleasantness: 1, energy: -2 },
  { id: 'cared_for', group: 'low_pleasant', pleasantness: 4, energy: -2 },

  // Feeling little or nothing: near the low, neutral middle of the meter.
  { id: 'numb', group: 'disconnected', pleasantness: -1, energy: -2 },
  { id: 'flat', group: 'disconnected', pleasantness: -1, energy: -2 },
  { id: 'empty', group: 'disconnected', pleasantness: -2, energy: -2 },
  { id: 'detached', group: 'disconnected', pleasantness: -1, energy: -1 },
  { id: 'foggy', group: 'disconnected', pleasantness: -1, energy: -2 },
  { id: 'blank', group: 'disconnected', pleasantness: 0, energy: -1 },
  { id: 'disconnected', group: 'disconnected', pleasantness: -1, energy: -1 },
  { id: 'shut_down', group: 'disconnected', pleasantness: -2, energy: -3 },
  { id: 'hollow', group: 'disconnected', pleasantness: -2, energy: -2 },
  { id: 'on_autopilot', group: 'disconnected', pleasantness: -1, energy: -1 },
  { id: 'distant', group: 'disconnected', pleasantness: -1, energy: -1 },
  { id: 'frozen', group: 'disconnected', pleasantness: -2, energy: -1 },
  { id: 'unreal', group: 'disconnected', pleasantness: -1, energy: -1 },
  // "I can't tell" has no typical point; it sits in the centre and belongs with the disconnected family.
  { id: CANT_TELL, group: 'disconnected', pleasantness: 0, energy: 0 },
] as const satisfies readonly Emotion[];

export type EmotionId = (typeof EMOTIONS)[number]['id'];

export const EMOTION_BY_ID: Readonly<Record<EmotionId, Emotion<EmotionId>>> = Object.fromEntries(
  EMOTIONS.map((emotion) => [emotion.id, emotion]),
) as Record<EmotionId, Emotion<EmotionId>>;

export function isEmotionId(id: string): id is EmotionId {
  return Object.prototype.hasOwnProperty.call(EMOTION_BY_ID, id);
}

/**
 * The quadrant a mood-meter point falls in. Zero is not a side of its own: a point counts as pleasant
 * only when pleasantness > 0 and as high energy only when energy > 0, so 0 falls to the unpleasant / low
 * side. A reading that is "not clearly pleasant" or "not clearly energised" is thereby met with the more
 * supportive suggestions, never with a cheerful one.
 */
export function quadrantOf(pleasantness: number, energy: number): Quadrant {
  const pleasant = pleasantness > 0;
  if (energy > 0) return pleasant ? 'high_pleasant' : 'high_unpleasant';
  return pleasant ? 'low_pleasant' : 'low_unpleasant';
}

/**
 * The words shown for a group, in catalogue order. "I can't tell" is left out: the UI always offers it
 * on its own, whatever the group.
 */
export function emotionsFor(group: EmotionGroup): readonly Emotion<EmotionId>[] {
  return EMOTIONS.filter((emotion) => emotion.group === group && emotion.id !== CANT_TELL);
}

/** True for the numb / flat / disconnected family, and for "I can't tell". False for unknown ids. */
export function isDisconnected(id: string): boolean {
  return isEmotionId(id) && EMOTION_BY_ID[id].group === 'disconnected';
}
