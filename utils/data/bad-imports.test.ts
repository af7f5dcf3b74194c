import { beforeEach, describe, expect, it } from 'vitest';
import { makeBreak, makeCheckin, makeEntry } from '@/tests/unit/factories';
import { putBreak } from '../db/breaks';
import { putCheckin } from '../db/checkins';
import { putEntry } from '../db/entries';
import { setState } from '../db/state';
import { updateSettings } from '../db/settings';
import { applyImport } from './apply';
import { BAD_IMPORTS, type BadImport } from './fixtures/bad-imports';
import { snapshot } from './fixtures/database';
import { useEnglishMessages } from './fixtures/english';
import { readExportFile } from './parse';
import { problemText } from './problem-text';

/** Stands in for a File; a "too large" one fails the test if anything reads it. */
function asFile(bad: BadImport): Pick<Blob, 'size' | 'text'> {
  if (typeof bad.file === 'string') return new Blob([bad.file]);
  return { size: bad.file.size, text: () => Promise.reject(new Error('a too-large file was read')) };
}

beforeEach(async () => {
  useEnglishMessages();
  await putCheckin(makeCheckin({ id: 'here-1', note: 'kept' }));
  await putEntry(makeEntry({ id: 'here-2' }));
  await putBreak(makeBreak({ id: 'here-3' }));
  await updateSettings({ reminderEveryMin: 25 });
  await setState('lastReminderExercise', 'box_breathing');
});

describe('files that must not be imported', () => {
  it('has a corpus of at least ten', () => {
    expect(BAD_IMPORTS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BAD_IMPORTS.map((bad) => [bad.name, bad] as const))('%s', async (_name, bad) => {
    const before = await snapshot();
    // The page's own path: read and check; only a file that passes would be written.
    const result = await readExportFile(asFile(bad));
    if (result.ok) await applyImport(result.value, 'replace');
    expect(result).toEqual({ ok: false, problem: bad.problem });
    if (!result.ok) expect(problemText(result.problem)).toBe(bad.message);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a file the browser cannot read', () => {
  it('gets its own message and changes nothing', async () => {
    const before = await snapshot();
    const result = await readExportFile({ size: 10, text: () => Promise.reject(new Error('gone')) });
    expect(result).toEqual({ ok: false, problem: { kind: 'unreadable' } });
    if (!result.ok) {
      expect(problemText(result.problem)).toBe(
        'This file could not be read. Nothing was changed; please try choosing it again.',
      );
    }
    expect(await snapshot()).toEqual(before);
  });
});
