/** Plain, invented sentences for generated test data (tests/tools/seed-data.ts). */

export const NOTES = [
  'Long meeting, eyes tired.',
  'Better after lunch.',
  'Hard to focus today.',
  'Walked to the bakery, felt lighter.',
  'Too many tabs open, in every sense.',
  'Slept badly again.',
  'Nice call with my sister.',
  'Deadline tomorrow, shoulders tight.',
  'Not much going on inside.',
  'Sun on the desk for a while.',
  'Coffee went cold twice.',
  'Music helped.',
] as const;

export const ENTRY_TEXTS = [
  'Today went by in a blur of screens.',
  'I noticed I had not eaten until three.',
  'A short walk around the block helped more than I expected.',
  'I felt flat most of the afternoon, then oddly calm in the evening.',
  'Talked to an old friend for ten minutes; I want to do that more often.',
  'Three good things: warm tea, the rain stopping, a kind message.',
  'My shoulders were up by my ears by noon.',
  'I keep putting off the email to my landlord.',
  'Cooked something simple and actually tasted it.',
  'The river looked silver on the way home.',
  'I am tired in a way sleep does not fix.',
  'Finished the report. Nobody noticed, but I did.',
  'Read a few pages of a novel before bed instead of scrolling.',
  'Felt a flicker of curiosity during the workshop.',
] as const;

export const TAGS = ['work', 'sleep', 'family', 'walk', 'friends', 'rest', 'food', 'outside'] as const;
