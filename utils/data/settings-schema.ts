import * as v from 'valibot';
import { isExerciseId } from '../content/exercises';
import { OLD_REGION_VALUES, migrateHelpRegion } from '../content/help-place';
import { HELP_PLACES } from '../content/helplines';
import { CHECKIN_TIMES_MAX, GUIDANCE_CHOICES, type ReminderStyle, type Theme } from '../settings/settings';
import { LIMITS, type NumberSetting } from '../settings/validate';
import { FACTOR_ID, FACTORS_MAX, isFactorList, type FactorSetting } from '../factors/list';
import { contentId } from './checks';

const MINUTES_IN_DAY = 24 * 60;

const minutes = (key: NumberSetting) =>
  v.optional(v.pipe(v.number(), v.integer(), v.minValue(LIMITS[key].min), v.maxValue(LIMITS[key].max)));
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MINUTES_IN_DAY - 1));
const weekday = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6));
const distinct = <T>(list: T[]) => new Set(list).size === list.length;
const STYLES: Record<ReminderStyle, true> = { notification: true, badge: true, page: true };
const THEMES: Record<Theme, true> = { system: true, light: true, dark: true };

/**
 * Settings in a file: the same rules the options page applies. Every key is optional, because a
 * file from an older build may lack settings added since; importing keeps the current value then.
 */
export const SettingsSchema = v.object({
  reminderEveryMin: minutes('reminderEveryMin'),
  breakLengthMin: minutes('breakLengthMin'),
  naturalBreakMin: minutes('naturalBreakMin'),
  snoozeMin: minutes('snoozeMin'),
  quietHours: v.optional(v.object({ enabled: v.boolean(), startMin: minuteOfDay, endMin: minuteOfDay })),
  quietDays: v.optional(v.array(weekday)),
  waitWhileFullscreen: v.optional(v.boolean()),
  waitWhileAudible: v.optional(v.boolean()),
  reminderStyle: v.optional(v.picklist(Object.keys(STYLES) as ReminderStyle[])),
  checkinReminders: v.optional(
    v.object({
      enabled: v.boolean(),
      times: v.pipe(v.array(minuteOfDay), v.maxLength(CHECKIN_TIMES_MAX), v.check(distinct)),
      days: v.pipe(v.array(weekday), v.check(distinct)),
    }),
  ),
  microBreaks: v.optional(v.boolean()),
  microBreakEveryMin: minutes('microBreakEveryMin'),
  excludedExercises: v.optional(v.array(contentId(isExerciseId))),
  guidance: v.optional(v.picklist(GUIDANCE_CHOICES)),
  gentlerBreathing: v.optional(v.boolean()),
  // Files from before `guidance`: the chime switch it replaced (read as guidance 'chimes' when on).
  sound: v.optional(v.boolean()),
  theme: v.optional(v.picklist(Object.keys(THEMES) as Theme[])),
  // Files from earlier versions name regions ("uk", "eu"); they are read as the places they meant.
  // The person's factors: the same shape and limits the options page keeps (utils/factors/list.ts).
  factors: v.optional(
    v.pipe(
      v.array(
        v.object({
          id: v.pipe(v.string(), v.regex(FACTOR_ID)),
          name: v.nullable(v.string()),
          hidden: v.boolean(),
        }),
      ),
      v.maxLength(FACTORS_MAX),
      v.check((list: FactorSetting[]) => isFactorList(list)),
    ),
  ),
  helpRegion: v.optional(
    v.nullable(
      v.pipe(
        v.picklist([...HELP_PLACES, ...OLD_REGION_VALUES]),
        v.transform((value: string) => migrateHelpRegion(value)),
      ),
    ),
  ),
});
