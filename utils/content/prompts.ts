/**
 * Journal prompts. Data only; the text of each is `prompts.<id>` in locales/en.yml.
 * Themes follow the source articles: describing the numbness itself, the body, small joys, what is being
 * avoided, people to reach out to, listing stressors, rest, kindness to yourself, gratitude.
 */

export type PromptTheme =
  | 'numbness'
  | 'feelings'
  | 'body'
  | 'joy'
  | 'gratitude'
  | 'avoidance'
  | 'connection'
  | 'stressors'
  | 'rest'
  | 'self_compassion'
  | 'routine'
  | 'creativity';

export interface Prompt<Id extends string = string> {
  readonly id: Id;
  readonly theme?: PromptTheme;
}

export const PROMPTS = [
  { id: 'describe_numbness', theme: 'numbness' },
  { id: 'numb_since_when', theme: 'numbness' },
  { id: 'numb_keeping_away', theme: 'numbness' },
  { id: 'numb_flicker', theme: 'numbness' },
  { id: 'three_words', theme: 'feelings' },
  { id: 'mood_message', theme: 'feelings' },
  { id: 'since_morning', theme: 'feelings' },
  { id: 'body_today', theme: 'body' },
  { id: 'body_holds_stress', theme: 'body' },
  { id: 'body_asks', theme: 'body' },
  { id: 'small_joy_before', theme: 'joy' },
  { id: 'childhood_fun', theme: 'joy' },
  { id: 'best_part_today', theme: 'joy' },
  { id: 'look_forward', theme: 'joy' },
  { id: 'three_good_things', theme: 'gratitude' },
  { id: 'glad_someone', theme: 'gratitude' },
  { id: 'ordinary_comfort', theme: 'gratitude' },
  { id: 'recent_kindness', theme: 'gratitude' },
  { id: 'avoiding', theme: 'avoidance' },
  { id: 'unsaid', theme: 'avoidance' },
  { id: 'smallest_step', theme: 'avoidance' },
  { id: 'reach_someone', theme: 'connection' },
  { id: 'felt_understood', theme: 'connection' },
  { id: 'most_yourself', theme: 'connection' },
  { id: 'stressor_list', theme: 'stressors' },
  { id: 'stressor_lighter', theme: 'stressors' },
  { id: 'in_your_control', theme: 'stressors' },
  { id: 'screen_hours', theme: 'stressors' },
  { id: 'real_rest', theme: 'rest' },
  { id: 'sleep_lately', theme: 'rest' },
  { id: 'drain_and_refill', theme: 'rest' },
  { id: 'friend_words', theme: 'self_compassion' },
  { id: 'kind_note', theme: 'self_compassion' },
  { id: 'uncredited', theme: 'self_compassion' },
  { id: 'try_something_new', theme: 'routine' },
  { id: 'make_anything', theme: 'creativity' },
] as const satisfies readonly Prompt[];

export type PromptId = (typeof PROMPTS)[number]['id'];

export const PROMPT_BY_ID: Readonly<Record<PromptId, Prompt<PromptId>>> = Object.fromEntries(
  PROMPTS.map((prompt) => [prompt.id, prompt]),
) as Record<PromptId, Prompt<PromptId>>;

export function isPromptId(id: string): id is PromptId {
  return Object.prototype.hasOwnProperty.call(PROMPT_BY_ID, id);
}

/** Prompts of the given themes, in catalogue order. */
export function promptsFor(...themes: readonly PromptTheme[]): readonly Prompt<PromptId>[] {
  return PROMPTS.filter((prompt) => (themes as readonly string[]).includes(prompt.theme));
}

/** The item at `random()` in a non-empty list; tolerant of a random source that returns 1. */
export function pickWith<T>(items: readonly T[], random: () => number): T {
  const index = Math.min(items.length - 1, Math.max(0, Math.floor(random() * items.length)));
  return items[index] as T;
}

/** A random prompt other than the current one ("show me another"). */
export function nextPrompt(currentId: string | undefined, random: () => number): PromptId {
  const others = PROMPTS.filter((prompt) => prompt.id !== currentId);
  return pickWith(others, random).id;
}
