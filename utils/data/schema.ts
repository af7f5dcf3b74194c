import * as v from 'valibot';
import { isBodySensationId } from '../content/body';
import { isEmotionId } from '../content/emotions';
import { isExerciseId } from '../content/exercises';
import {
  checkCustomExercise,
  isCustomExerciseId,
  isSituation,
  STEP_SECONDS_MAX,
  STEP_SECONDS_MIN,
  STEP_TEXT_MAX_LENGTH,
  STEPS_MAX,
  TITLE_MAX_LENGTH,
} from '../exercises/custom-exercise';
import { isPromptId } from '../content/prompts';
import {
  ENTRY_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type BreakOrigin,
  type BreakOutcome,
  type CheckinSource,
} from '../db/records';
import { FACTOR_ID, FACTORS_MAX } from '../factors/list';
import { TAGS_MAX, TAG_MAX_LENGTH } from '../journal/tags';
import { contentId, freeText, time, UNKNOWN_ID } from './checks';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { SettingsSchema } from './settings-schema';

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

const Id = v.pipe(v.string(), v.regex(ID_PATTERN));
const Time = time();
const Axis = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-5), v.maxValue(5)));
const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** Every member of a string union, listed once (a missing or extra member fails to compile). */
const members = <T extends string>(all: Record<T, true>) => Object.keys(all) as T[];
const SOURCES = members<CheckinSource>({ popup: true, before_break: true, after_break: true, journal: true });
const OUTCOMES = members<BreakOutcome>({
  suggested: true,
  started: true,
  completed: true,
  stopped: true,
  skipped: true,
  natural: true,
});
const ORIGINS = members<BreakOrigin>({
  reminder: true,
  popup: true,
  suggestion: true,
  idle: true,
  micro: true,
});

export const CheckinSchema = v.object({
  id: Id,
  at: Time,
  pleasantness: Axis,
  energy: Axis,
  emotions: v.array(contentId(isEmotionId)),
  body: v.array(contentId(isBodySensationId)),
  // Own factors have generated ids, so any id of the known shape is accepted (each once, at most 30).
  factors: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(FACTOR_ID))),
      v.maxLength(FACTORS_MAX),
      v.check((ids: string[]) => new Set(ids).size === ids.length),
    ),
  ),
  note: freeText(NOTE_MAX_LENGTH),
  source: v.picklist(SOURCES),
  breakId: v.optional(Id),
});

export const EntrySchema = v.object({
  id: Id,
  createdAt: Time,
  updatedAt: Time,
  text: freeText(ENTRY_MAX_LENGTH),
  promptId: v.optional(contentId(isPromptId)),
  // The journal's own limits: a file cannot hold tags the journal could not have made.
  tags: v.pipe(v.array(freeText(TAG_MAX_LENGTH)), v.maxLength(TAGS_MAX)),
});

export const BreakSchema = v.object({
  id: Id,
  at: Time,
  endedAt: v.optional(Time),
  outcome: v.picklist(OUTCOMES),
  origin: v.picklist(ORIGINS),
  // A deleted own exercise keeps its id on the breaks that played it.
  exerciseId: v.optional(contentId((id) => isExerciseId(id) || isCustomExerciseId(id))),
  snoozes: Count,
  beforeCheckinId: v.optional(Id),
  afterCheckinId: v.optional(Id),
});

/**
 * An own exercise: each field to its limit (so a message can name it), then the whole record through
 * the same validator the options page uses.
 */
export const CustomExerciseSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.check(isCustomExerciseId, UNKNOWN_ID)),
    title: v.pipe(freeText(TITLE_MAX_LENGTH), v.minLength(1)),
    steps: v.pipe(
      v.array(
        v.object({
          text: v.pipe(freeText(STEP_TEXT_MAX_LENGTH), v.minLength(1)),
          seconds: v.pipe(
            v.number(),
            v.integer(),
            v.minValue(STEP_SECONDS_MIN),
            v.maxValue(STEP_SECONDS_MAX),
          ),
        }),
      ),
      v.minLength(1),
      v.maxLength(STEPS_MAX),
    ),
    suits: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.check((id: string) => isSituation(id), UNKNOWN_ID),
        ),
      ),
      v.minLength(1),
    ),
    createdAt: Time,
    updatedAt: Time,
  }),
  v.transform((record) => ({ ...record, suits: record.suits.filter(isSituation) })),
  v.check((record) => checkCustomExercise(record).length === 0),
);

/**
 * A version 2 file. Unknown keys are dropped; every record field Thaw stores is checked. Free text
 * is kept exactly as written, markup-like text included: every page renders it as text.
 */
export const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: Time,
  settings: SettingsSchema,
  checkins: v.array(CheckinSchema),
  entries: v.array(EntrySchema),
  breaks: v.array(BreakSchema),
  exercises: v.array(CustomExerciseSchema),
});
