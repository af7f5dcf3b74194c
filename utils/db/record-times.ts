import { isKeptTime } from '../time/kept-time';

/** A record carried a time that is no date Thaw keeps (utils/time/kept-time.ts); nothing was written. */
export class TimeOutOfRangeError extends Error {
  override name = 'TimeOutOfRangeError';
  constructor() {
    super('This record has a time outside 1970–2200 and was not saved. Is the computer’s clock right?');
  }
}

/** Throws TimeOutOfRangeError unless every given time (absent ones aside) is kept: called before each record write. */
export function checkRecordTimes(...times: ReadonlyArray<number | undefined>): void {
  if (times.some((time) => time !== undefined && !isKeptTime(time))) throw new TimeOutOfRangeError();
}
