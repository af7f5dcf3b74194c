/** "Until tomorrow": the next day at this hour (local time), whatever the clock change. */
export const TOMORROW_HOUR = 7;

export function tomorrowMorning(now: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + 1);
  date.setHours(TOMORROW_HOUR, 0, 0, 0);
  return date.getTime();
}
