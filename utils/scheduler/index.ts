// The break scheduler: a pure function of recorded inputs (see step.ts for its rules).
export { BREAK_ALARM } from './constants';
export { nextReminderAt } from './plan';
export { initialState } from './session';
export { step } from './step';
export type { Effect, Presence, ReminderEpisode, SchedulerEvent, SchedulerState, StepResult } from './types';
