import { writeRecord } from './db';
import { expect, test } from './fixtures';

/** A finished break with `exerciseId`, before and after answers `lift` apart in pleasantness. */
async function pastBreak(
  worker: Parameters<typeof writeRecord>[0],
  n: number,
  exerciseId: string,
  lift: number,
) {
  const at = Date.now() - (n + 2) * 24 * 60 * 60 * 1000;
  const answer = (id: string, when: number, pleasantness: number) => ({
    id,
    at: when,
    pleasantness,
    energy: null,
    emotions: [],
    body: [],
    note: '',
    source: 'break',
  });
  await writeRecord(worker, 'checkins', answer(`before-${n}`, at, -2));
  await writeRecord(worker, 'checkins', answer(`after-${n}`, at + 300_000, -2 + lift));
  await writeRecord(worker, 'breaks', {
    id: `break-${n}`,
    at,
    endedAt: at + 300_000,
    outcome: 'completed',
    origin: 'suggestion',
    exerciseId,
    snoozes: 0,
    beforeCheckinId: `before-${n}`,
    afterCheckinId: `after-${n}`,
  });
}

test('a suggestion says when it has helped this person before', async ({ worker, openPage }) => {
  // Box breathing lifted the mood on 5 of 6 past breaks.
  for (let n = 0; n < 6; n++) await pastBreak(worker, n, 'box_breathing', n === 0 ? 0 : 2);
  // The other slow-breathing exercises are switched off, so the choice is known; the record is what is tested.
  await writeRecord(worker, 'settings', { excludedExercises: ['cyclic_sigh', 'breathing_478'] }, 'settings');

  const popup = await openPage('popup.html');
  await popup.getByRole('searchbox').fill('stressed');
  await popup.getByRole('button', { name: 'Stressed', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();

  const card = popup.locator('.suggestion');
  await expect(card.getByRole('heading', { name: 'Box breathing' })).toBeVisible();
  await expect(card.getByText('This has helped you 5 of 6 times.')).toBeVisible();
});

test('with no past breaks, a suggestion makes no claim', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('searchbox').fill('stressed');
  await popup.getByRole('button', { name: 'Stressed', exact: true }).click();
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.locator('.suggestion').getByRole('heading')).toBeVisible();
  await expect(popup.getByText(/has helped you/)).toHaveCount(0);
});
