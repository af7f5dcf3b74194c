import { afterEach, describe, expect, it } from 'vitest';
import { tomorrowMorning } from './pause';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('tomorrowMorning', () => {
  it('is 07:00 the next day, local time', () => {
    process.env.TZ = 'Europe/Berlin';
    const now = new Date(2026, 10, 22, 23, 30).getTime();
    expect(new Date(tomorrowMorning(now)).toString()).toContain('Mon Nov 23 2026 07:00:00');
  });

  it('is 07:00 the next day just after midnight too', () => {
    process.env.TZ = 'America/New_York';
    const now = new Date(2026, 10, 22, 0, 10).getTime();
    expect(new Date(tomorrowMorning(now)).getDate()).toBe(23);
  });

  it('holds across a daylight-saving change', () => {
    process.env.TZ = 'Europe/Berlin';
    const now = new Date(2026, 2, 28, 22, 0).getTime(); // the night clocks go forward
    const until = new Date(tomorrowMorning(now));
    expect([until.getDate(), until.getHours(), until.getMinutes()]).toEqual([29, 7, 0]);
  });
});
