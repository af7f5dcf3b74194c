import { CANT_TELL } from '../content/emotions';
import type { BreakRecord, Checkin, Entry } from '../db/records';
import { tallyBreaks, type BreakTally } from '../insights/break-tally';
import { factorComparisons, MIN_FACTOR_CHECKINS, type FactorComparison } from '../insights/factors';
import { addDays, dayStart, windowStart, type Weekday } from '../insights/days';
import { moodOverTime, type MoodPoint } from '../insights/mood-trend';
import { mean, present, round1 } from '../insights/stats';
import { exerciseShifts, MIN_BREAKS, type ExerciseShift } from '../insights/what-helps';

/** The periods a summary may cover, in days (today included). */
export const SUMMARY_PERIODS = [30, 90, 365] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

/** One choice of what a summary may hold. */
export interface SectionChoice {
  id: string;
  /** Ticked when the form first opens. */
  chosenAtFirst: boolean;
  /** Holds words the passphrase lock protects: asks to unlock while the lock is on. */
  needsTexts: boolean;
}

/**
 * What a summary may hold, in the order it prints. A new kind of section is one more entry here; the compiler then asks for its content (`SectionContent`), its builder and its view.
 * The written words are never chosen at first: they are the most private part.
 */
export const SUMMARY_SECTIONS = [
  { id: 'mood', chosenAtFirst: true, needsTexts: false },
  { id: 'words', chosenAtFirst: true, needsTexts: false },
  { id: 'factors', chosenAtFirst: true, needsTexts: false },
  { id: 'breaks', chosenAtFirst: true, needsTexts: false },
  { id: 'notes', chosenAtFirst: false, needsTexts: true },
] as const satisfies readonly SectionChoice[];

export type SectionId = (typeof SUMMARY_SECTIONS)[number]['id'];

/** The sections ticked when the form opens. */
export const FIRST_CHOICE: readonly SectionId[] = SUMMARY_SECTIONS.filter((s) => s.chosenAtFirst).map(
  (s) => s.id,
);

/** Whether a section holds texts the lock protects. */
export function needsTexts(id: SectionId): boolean {
  return SUMMARY_SECTIONS.some((section) => section.id === id && section.needsTexts);
}

/** The days a summary covers: `days` calendar days ending with today. */
export interface SummaryWindow {
  days: SummaryPeriod;
  /** Local midnight of the first day (inclusive). */
  from: number;
  /** Local midnight after today (exclusive). */
  to: number;
  /** Local midnight of the last day, today: for "to <date>". */
  lastDay: number;
}

export function summaryWindow(now: number, days: SummaryPeriod): SummaryWindow {
  return { days, from: windowStart(now, days), to: addDays(now, 1), lastDay: dayStart(now) };
}

/** What the records must cover for a window: check-ins from a day earlier (a break's "before" may sit there). */
export function readRange(window: SummaryWindow): { checkinsFrom: number; from: number; to: number } {
  return { checkinsFrom: addDays(window.from, -1), from: window.from, to: window.to };
}

export interface MoodContent {
  id: 'mood';
  /** A day per point for 30 days, a week per point for longer periods. */
  points: MoodPoint[];
  /** Check-ins placed on the mood meter in the period. */
  readings: number;
  /** Mean pleasantness and energy of those readings, one decimal; null with none. */
  pleasantness: number | null;
  energy: number | null;
}

export interface WordCount {
  word: string;
  count: number;
}

export interface WordsContent {
  id: 'words';
  /** Feeling words named in the period, most used first (ties: the first named first). */
  words: WordCount[];
  /** How often "I can't tell" was the answer: honest, but not a word for a feeling. */
  cantTell: number;
  /** Check-ins in the period. */
  checkins: number;
}

export interface FactorsContent {
  id: 'factors';
  /** Each factor noted in the period, in the person's order, with and without (insights/factors.ts). */
  comparisons: FactorComparison[];
  /** Fewest check-ins on each side before a comparison is stated. */
  minCheckins: number;
}

export interface ExerciseRow {
  exerciseId: string;
  /** Breaks with this exercise begun in the period. */
  taken: number;
  /** Of those, the ones done to the end. */
  completed: number;
  /** How it tended to move pleasantness, when at least MIN_BREAKS breaks say so. */
  shift: ExerciseShift | null;
}

export interface BreaksContent {
  id: 'breaks';
  tally: BreakTally;
  /** Exercises taken, most taken first. */
  exercises: ExerciseRow[];
  /** Fewest breaks a before/after statement rests on. */
  minBreaks: number;
}

export interface NoteRow {
  id: string;
  kind: 'checkin' | 'entry';
  at: number;
  /** The words; null when they are still locked (cannot be opened with this passphrase). */
  text: string | null;
}

export interface NotesContent {
  id: 'notes';
  /** Check-in notes and journal entries of the period, oldest first. */
  notes: NoteRow[];
}

export type SectionContent = MoodContent | WordsContent | FactorsContent | BreaksContent | NotesContent;

/** The records of a window as read from the database; entries only when notes were chosen. */
export interface SummaryRecords {
  checkins: readonly Checkin[];
  breaks: readonly BreakRecord[];
  entries: readonly Entry[];
}

export interface Summary {
  window: SummaryWindow;
  /** Only the chosen sections, in the order of SUMMARY_SECTIONS. */
  sections: SectionContent[];
}

const within = (window: SummaryWindow) => (at: number) => at >= window.from && at < window.to;

function moodContent(
  checkins: readonly Checkin[],
  window: SummaryWindow,
  weekStartsOn: Weekday,
): MoodContent {
  const points = moodOverTime(checkins, { range: window.days, now: window.lastDay, weekStartsOn });
  const placed = checkins.filter((c) => within(window)(c.at) && c.pleasantness !== null);
  const average = (values: (number | null)[]) => {
    const value = mean(present(values));
    return value === null ? null : round1(value);
  };
  return {
    id: 'mood',
    points,
    readings: placed.length,
    pleasantness: average(placed.map((c) => c.pleasantness)),
    energy: average(placed.map((c) => c.energy)),
  };
}

function wordsContent(checkins: readonly Checkin[], window: SummaryWindow): WordsContent {
  const inWindow = checkins.filter((c) => within(window)(c.at));
  const uses = new Map<string, number>();
  let cantTell = 0;
  for (const checkin of inWindow) {
    for (const word of checkin.emotions) {
      if (word === CANT_TELL) cantTell += 1;
      else uses.set(word, (uses.get(word) ?? 0) + 1);
    }
  }
  // A Map keeps first-use order, and the sort is stable: ties stay in the order they were first named.
  const words = [...uses].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count);
  return { id: 'words', words, cantTell, checkins: inWindow.length };
}

const TAKEN = new Set<BreakRecord['outcome']>(['started', 'completed', 'stopped']);

function breaksContent(
  breaks: readonly BreakRecord[],
  checkins: readonly Checkin[],
  window: SummaryWindow,
): BreaksContent {
  const inWindow = breaks.filter((b) => within(window)(b.at));
  const taken = inWindow.filter((b) => b.origin !== 'micro' && TAKEN.has(b.outcome) && b.exerciseId);
  const byId = new Map(checkins.map((c) => [c.id, c]));
  const shifts = new Map(exerciseShifts(taken, byId).map((s) => [s.exerciseId, s]));
  const counts = new Map<string, { taken: number; completed: number }>();
  for (const record of taken) {
    const id = record.exerciseId ?? '';
    const row = counts.get(id) ?? { taken: 0, completed: 0 };
    row.taken += 1;
    if (record.outcome === 'completed') row.completed += 1;
    counts.set(id, row);
  }
  const exercises = [...counts]
    .map(([exerciseId, row]) => {
      const shift = shifts.get(exerciseId);
      const said = shift && (shift.meanShift !== null || shift.numbShown) ? shift : null;
      return { exerciseId, ...row, shift: said };
    })
    .sort((a, b) => b.taken - a.taken || a.exerciseId.localeCompare(b.exerciseId));
  return {
    id: 'breaks',
    tally: tallyBreaks(inWindow, window.from, window.to),
    exercises,
    minBreaks: MIN_BREAKS,
  };
}

function notesContent(records: SummaryRecords, window: SummaryWindow): NotesContent {
  const text = (plain: string, locked: unknown) => (plain !== '' ? plain : locked ? null : '');
  const notes: NoteRow[] = [
    ...records.checkins
      .filter((c) => within(window)(c.at))
      .map((c) => ({ id: c.id, kind: 'checkin' as const, at: c.at, text: text(c.note, c.locked) })),
    ...records.entries
      .filter((e) => within(window)(e.createdAt))
      .map((e) => ({ id: e.id, kind: 'entry' as const, at: e.createdAt, text: text(e.text, e.locked) })),
  ];
  return {
    id: 'notes',
    notes: notes.filter((n) => n.text === null || n.text.trim() !== '').sort((a, b) => a.at - b.at),
  };
}

/**
 * What a summary holds for a window: only the chosen sections, each from the records of the window
 * alone. Records outside it (a read may start a day early) are left out here.
 */
export function buildSummary(
  records: SummaryRecords,
  options: {
    window: SummaryWindow;
    chosen: readonly SectionId[];
    weekStartsOn: Weekday;
    /** Every factor id of the person's list, in their order (hidden ones too: past check-ins have them). */
    factorIds: readonly string[];
  },
): Summary {
  const { window } = options;
  const build: { [K in SectionId]: () => Extract<SectionContent, { id: K }> } = {
    mood: () => moodContent(records.checkins, window, options.weekStartsOn),
    words: () => wordsContent(records.checkins, window),
    factors: () => ({
      id: 'factors',
      comparisons: factorComparisons(records.checkins, options.factorIds, window.from, window.to),
      minCheckins: MIN_FACTOR_CHECKINS,
    }),
    breaks: () => breaksContent(records.breaks, records.checkins, window),
    notes: () => notesContent(records, window),
  };
  const sections = SUMMARY_SECTIONS.filter((s) => options.chosen.includes(s.id)).map((s) => build[s.id]());
  return { window, sections };
}

/** Whether a section has nothing to show for its period (the page then says so kindly). */
export function isEmpty(section: SectionContent): boolean {
  switch (section.id) {
    case 'mood':
      return section.readings === 0;
    case 'words':
      return section.words.length === 0 && section.cantTell === 0;
    case 'factors':
      return section.comparisons.length === 0;
    case 'breaks': {
      const t = section.tally;
      return t.taken + t.natural + t.skipped + t.unanswered + t.snoozes + t.micro === 0;
    }
    case 'notes':
      return section.notes.length === 0;
  }
}
