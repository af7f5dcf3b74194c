/**
 * "About feeling numb": what numbness is, what brings it on, what helps, when to see a professional, and
 * the therapies the source articles name. Data only; texts live in locales/en.yml under `numbness.*`,
 * written in our own words from the facts of ../shared/seeds (named in each section's `sources`).
 */
import type { ExerciseId } from './exercises';

export const NUMBNESS_CAUSES = [
  'stress',
  'burnout',
  'trauma',
  'grief',
  'depression_anxiety',
  'medicines',
  'substances',
  'sleep',
  'screens',
] as const;

/** Exercises that help, each linked to the break page with that exercise; texts at `numbness.helps.<id>`. */
export const NUMBNESS_EXERCISES = [
  'senses_54321',
  'body_scan',
  'stretch_move',
  'short_walk',
  'reach_out',
  'creative_minute',
  'self_compassion',
  'rest',
] as const satisfies readonly ExerciseId[];

export const NUMBNESS_SIGNS = ['weeks', 'daily_life', 'not_living'] as const;

export const NUMBNESS_THERAPIES = ['cbt', 'act', 'emdr', 'somatic', 'ifs'] as const;

/** Where each section's facts come from (files in ../shared/seeds). */
export const NUMBNESS_SOURCES = {
  what: [
    '000: a state of feeling unable to experience or express emotions, often an unconscious protection; healthy when temporary',
    '001: quite often temporary; shutting out feelings as protection from pain',
    '002: flat, empty, behind a fog or a pane of glass; painful and pleasant feelings both suppressed',
  ],
  causes: [
    '000: trauma, prolonged stress and burnout, anxiety, depression, grief, medication (about 46% on antidepressants report blunting)',
    '001: anxiety, grief, depression, antidepressants (work with your doctor), overwhelming stress, trauma, substance use',
    '002: chronic stress and burnout, substances, compulsive screen time; medicines to be discussed with a provider',
    '004: depression, anxiety, PTSD, grief, medication; sleep',
  ],
  helps: [
    '000: grounding with the senses, journaling, gentle activity, body awareness, connecting, sleep',
    '001: support system, physical activity, rest, deep breathing, body-awareness mindfulness',
    '002: grounding with five senses, creative expression, journaling, routines, self-compassion',
    '003: body scan, holding yourself, exercise, creative expression',
    '004: move your body, sleep, reach out to your support system',
  ],
  professional: [
    '000: reach out when it affects daily life, connecting, enjoying or self-care',
    '003: see a specialist when it severely hinders your life and seems to stay',
    '004: feeling despondent, as if there is no future; make an appointment with a therapist',
  ],
  therapies: ['000: CBT, somatic experiencing', '001: CBT, ACT', '002: EMDR, CBT, IFS, somatic therapy'],
} as const;
