import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readStore, writeRecord } from './db';
import { attachNetworkGuard, getWorker, launchExtension, waitForWelcome } from './fixtures';
import { makeBreakDueIn, readSchedulerState, reminderShown, waitForPlannedAlarm } from './scheduler-state';

test('closing and reopening the browser keeps records, settings and the break plan', async () => {
  const profile = await mkdtemp(path.join(tmpdir(), 'thaw-restart-'));
  try {
    // First run: a check-in, a setting, and a break due in 12 s of active time.
    const first = await launchExtension(profile);
    const worker = await getWorker(first);
    const extensionId = new URL(worker.url()).host;
    const guard = await attachNetworkGuard(first, extensionId);
    await waitForWelcome(first);
    await waitForPlannedAlarm(worker);
    await writeRecord(worker, 'checkins', {
      id: 'kept',
      at: Date.now(),
      pleasantness: -1,
      energy: -2,
      emotions: ['flat'],
      body: [],
      note: 'before the restart',
      source: 'popup',
    });
    await writeRecord(worker, 'settings', { snoozeMin: 7 }, 'settings');
    const page = await first.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await makeBreakDueIn(worker, page, 12_000);
    const accruedBefore = Number((await readSchedulerState(worker))?.accruedMs);
    await first.close();
    expect(guard.violations).toEqual([]);

    // Second run on the same profile.
    const second = await launchExtension(profile);
    const revived = await getWorker(second);
    const guard2 = await attachNetworkGuard(second, extensionId);
    const reopenedAt = Date.now();
    expect(await readStore(revived, 'checkins')).toEqual([
      expect.objectContaining({ id: 'kept', note: 'before the restart' }),
    ]);
    expect((await readStore<{ snoozeMin: number }>(revived, 'settings'))[0]?.snoozeMin).toBe(7);
    // The active time counted before the restart is still there (closed time is not counted).
    await expect
      .poll(async () => Number((await readSchedulerState(revived))?.accruedMs))
      .toBeGreaterThanOrEqual(accruedBefore);

    // The rest of the stretch runs out after the reopening and the reminder shows, once.
    await expect.poll(() => reminderShown(revived), { timeout: 25_000 }).toBe(true);
    expect(Date.now() - reopenedAt).toBeLessThan(20_000);
    await second.close();
    expect(guard2.violations).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
