/**
 * The moments Thaw keeps: whole epoch milliseconds from 1970-01-01 (inclusive) to 2200-01-01
 * (exclusive), UTC. Every time in a record, an import, a stored plan or a message is checked here.
 *
 * Why these bounds: every record is something a person did at a screen, so nothing before the epoch
 * (Thaw never wrote a negative time) and nothing centuries ahead; a clock set decades wrong still
 * fits. A Date holds far more (±8.64e15 ms, the year 275760), but every page, the CSV export and the
 * insights turn times into Dates and add days, weeks or months to them: a time past that limit
 * makes "Invalid time value" errors that take whole lists down. Bounding well inside it leaves room
 * for any such sum.
 */
export const EARLIEST_TIME = Date.UTC(1970, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

/** Whether `value` is a moment Thaw keeps (see above). */
export function isKeptTime(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isSafeInteger(value) && value >= EARLIEST_TIME && value < LATEST_TIME
  );
}
