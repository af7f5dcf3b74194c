import type { BreakRecord } from '../db/records';

/** What became of the breaks in a window. */
export interface BreakTally {
  /** Breaks begun, whether completed or stopped early. */
  taken: number;
  /** Times away from the screen long enough to count as a break on their own. */
  natural: number;
  /** Reminders answered with "skip". */
  skipped: number;
  /** Reminders that passed without an answer. */
  unanswered: number;
  /** How often reminders were put off ("later"), summed over all breaks. */
  snoozes: number;
  /** 20-second micro-breaks offered; counted apart, never as long breaks let pass. */
  micro: number;
}

/** Counts breaks with from <= at < to by what happened to them. */
export function tallyBreaks(breaks: readonly BreakRecord[], from: number, to: number): BreakTally {
  const tally: BreakTally = { taken: 0, natural: 0, skipped: 0, unanswered: 0, snoozes: 0, micro: 0 };
  for (const record of breaks) {
    if (record.at < from || record.at >= to) continue;
    if (record.origin === 'micro') {
      tally.micro += 1;
      continue;
    }
    tally.snoozes += record.snoozes;
    switch (record.outcome) {
      case 'started':
      case 'completed':
      case 'stopped':
        tally.taken += 1;
        break;
      case 'natural':
        tally.natural += 1;
        break;
      case 'skipped':
        tally.skipped += 1;
        break;
      case 'suggested':
        tally.unanswered += 1;
        break;
    }
  }
  return tally;
}
