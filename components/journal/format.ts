import { i18n } from '#i18n';
import { isCustomExerciseId } from '@/utils/exercises/custom-exercise';
import { isBodySensationId } from '@/utils/content/body';
import { isEmotionId } from '@/utils/content/emotions';
import { isExerciseId } from '@/utils/content/exercises';
import { isPromptId } from '@/utils/content/prompts';
import { addDays, dayStart } from '@/utils/insights/days';
import { UNKNOWN_DAY } from '@/utils/journal/timeline-items';
import { isKeptTime } from '@/utils/time/kept-time';
import { pageLocale } from '@/components/page-locale';

/**
 * One formatter per style, made when first needed: `toLocale…String` builds a new one on every
 * call, which costs far more than formatting and adds up over a page of rows.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let made = formatters.get(style);
  if (!made) {
    made = new Intl.DateTimeFormat(pageLocale(), options);
    formatters.set(style, made);
  }
  return made;
}

/*
 * Every date a page draws goes through here: a time Thaw does not keep (let in by an older build's
 * import) is drawn as "Unknown date" rather than making the formatter throw and the list vanish.
 */
const unknownDate = (): string => i18n.t('journal.timeline.unknown_date');

/** "14:05" or "2:05 PM", as the page's locale writes it. */
export function formatTime(at: number): string {
  return isKeptTime(at) ? formatter('time', { timeStyle: 'short' }).format(at) : unknownDate();
}

/** A `<time dateTime>` value, or undefined for a time Thaw does not keep. */
export function machineTime(at: number): string | undefined {
  return isKeptTime(at) ? new Date(at).toISOString() : undefined;
}

/** "Today", "Yesterday", or "Monday 3 March" (with the year when it is not this year). */
export function formatDay(day: number, now: number): string {
  if (day === UNKNOWN_DAY) return unknownDate();
  const today = dayStart(now);
  if (day === today) return i18n.t('journal.timeline.today');
  if (day === addDays(today, -1)) return i18n.t('journal.timeline.yesterday');
  const sameYear = new Date(day).getFullYear() === new Date(now).getFullYear();
  const style = sameYear ? 'day' : 'day-year';
  return formatter(style, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(day);
}

/** "3 Mar 2026", short, for notes like "editing your entry from …". */
export function formatShortDate(at: number): string {
  return isKeptTime(at) ? formatter('short-date', { dateStyle: 'medium' }).format(at) : unknownDate();
}

/** "3 March 2026", for the period and the day a summary was made. */
export function formatLongDate(at: number): string {
  return isKeptTime(at) ? formatter('long-date', { dateStyle: 'long' }).format(at) : unknownDate();
}

/** "3 Mar 2026, 14:05", for when a file was written. */
export function formatDateTime(at: number): string {
  return isKeptTime(at)
    ? formatter('date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(at)
    : unknownDate();
}

/** A feeling word's name; an id this version does not know (e.g. from an import) shows as itself. */
export function emotionName(id: string): string {
  return isEmotionId(id) ? i18n.t(`emotions.${id}.name`) : id;
}

export function bodyName(id: string): string {
  return isBodySensationId(id) ? i18n.t(`body.${id}`) : id;
}

/**
 * An exercise's name for the journal. An own exercise's title is looked up in `own` (its id → title);
 * one deleted since (or not read yet) is named as such, never by its id.
 */
export function exerciseName(id: string, own?: ReadonlyMap<string, string>): string {
  if (isExerciseId(id)) return i18n.t(`exercises.${id}.name`);
  if (isCustomExerciseId(id)) return own?.get(id) ?? i18n.t('own_exercises.deleted_exercise');
  return id;
}

export function promptText(id: string): string | null {
  return isPromptId(id) ? i18n.t(`prompts.${id}`) : null;
}
