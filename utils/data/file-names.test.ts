import { afterEach, describe, expect, it } from 'vitest';
import { csvFileName, encryptedJsonFileName, jsonFileName } from './file-names';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('file names', () => {
  it('carry the local date', () => {
    process.env.TZ = 'America/New_York';
    const lateEvening = Date.UTC(2026, 10, 23, 3, 0); // 22 Nov, 22:00 in New York
    expect(jsonFileName(lateEvening)).toBe('thaw-export-2026-11-22.json');
    expect(csvFileName('checkins', lateEvening)).toBe('thaw-checkins-2026-11-22.csv');
    expect(encryptedJsonFileName(lateEvening)).toBe('thaw-export-2026-11-22.encrypted.json');
  });

  it('keep an encrypted export apart from a readable one, and pickable as JSON', () => {
    const now = Date.UTC(2026, 5, 1, 12);
    expect(encryptedJsonFileName(now)).not.toBe(jsonFileName(now));
    expect(encryptedJsonFileName(now)).toMatch(/\.json$/);
  });
});
