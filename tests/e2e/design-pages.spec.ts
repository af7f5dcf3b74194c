import type { Page } from '@playwright/test';
import type { BreakRecord, Checkin, Entry } from '../../utils/db/records';
import { makeBreak, makeCheckin } from '../unit/factories';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, launchExtension, test, waitForWelcome } from './fixtures';
import { seedLocked } from './lock-seed';
import { seedHistory } from './seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Local midnight of the day `daysAgo` before today, plus `hour` hours (the browser shares this clock and zone). */
function localTime(daysAgo: number, hour: number): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour).getTime();
}

/** "2026-03-08" for a local time. */
function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function history(parts: { checkins?: Checkin[]; entries?: Entry[]; breaks?: BreakRecord[] }) {
  return { checkins: parts.checkins ?? [], entries: parts.entries ?? [], breaks: parts.breaks ?? [] };
}

const days = (page: Page) => page.getByRole('region', { name: 'Your days' });

/** A browser in Spanish from Spain. */
const testSpain = test.extend({
  context: async ({ userDataDir }, use) => {
    const context = await launchExtension(userDataDir, { locale: 'es-ES', uiLanguage: 'es' });
    await use(context);
    await context.close();
  },
});

test.describe('the journal shows what you answered', () => {
  test('a check-in placed on the meter without words shows its mood as a dot and a plain name', async ({
    worker,
    openPage,
  }) => {
    const at = Date.now() - 60_000;
    await seedHistory(
      worker,
      history({
        checkins: [makeCheckin({ at, pleasantness: 2, energy: -2, emotions: [], body: [], note: '' })],
      }),
    );
    const journal = await openPage('journal.html');
    const item = days(journal).getByRole('article').first();
    await expect(item).toContainText('pleasant, calm');
    await expect(item.locator('.mood-dot')).toHaveClass(/q-lp/);
    await expect(item).not.toContainText('No words chosen');
  });

  test('a break shows how it felt before and after, inside the break', async ({ worker, openPage }) => {
    const at = Date.now() - HOUR;
    const before = makeCheckin({
      at: at - 1000,
      source: 'before_break',
      pleasantness: -1,
      energy: -3,
      emotions: ['numb'],
      body: [],
      note: 'far away',
    });
    const after = makeCheckin({
      at: at + 4 * 60_000,
      source: 'after_break',
      pleasantness: 2,
      energy: -1,
      emotions: ['calm'],
      body: [],
      note: '',
    });
    const record = makeBreak({
      at,
      endedAt: at + 3 * 60_000,
      exerciseId: 'senses_54321',
      beforeCheckinId: before.id,
      afterCheckinId: after.id,
    });
    for (const c of [before, after]) c.breakId = record.id;
    await seedHistory(worker, history({ checkins: [before, after], breaks: [record] }));
    const journal = await openPage('journal.html');
    const item = days(journal).getByRole('article', { name: /^Break,/ });
    await expect(item).toContainText('5-4-3-2-1');
    await expect(item.locator('.break-answer').first()).toContainText('Before');
    await expect(item.locator('.break-answer').first()).toContainText('Numb');
    await expect(item.locator('.break-answer').first()).toContainText('unpleasant, low energy');
    await expect(item.locator('.break-answer').first()).toContainText('far away');
    await expect(item.locator('.break-answer').nth(1)).toContainText('After');
    await expect(item.locator('.break-answer').nth(1)).toContainText('pleasant, calm');
    // Shown once, inside the break, not again as check-ins of their own.
    await expect(days(journal).getByRole('article', { name: /^Check-in/ })).toHaveCount(0);
  });

  test('searching "numb" finds check-ins named Numb, notes or not', async ({ worker, openPage }) => {
    const now = Date.now();
    await seedHistory(
      worker,
      history({
        checkins: [
          makeCheckin({ at: now - 3 * HOUR, emotions: ['numb'], note: '' }),
          makeCheckin({ at: now - 2 * HOUR, emotions: ['tired', 'numb'], note: 'long meeting' }),
          makeCheckin({ at: now - HOUR, emotions: ['calm'], note: '' }),
        ],
      }),
    );
    const journal = await openPage('journal.html');
    await journal.getByRole('searchbox', { name: 'Search your journal' }).fill('numb');
    const results = journal.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('article')).toHaveCount(2);
    await expect(results.locator('mark').first()).toHaveText('Numb');
  });
});

testSpain('in Spanish, searching the Spanish word finds Numb check-ins', async ({ worker, openPage }) => {
  await seedHistory(
    worker,
    history({
      checkins: [
        makeCheckin({ at: Date.now() - HOUR, emotions: ['numb'], note: '' }),
        makeCheckin({ at: Date.now() - 2 * HOUR, emotions: ['calm'], note: '' }),
      ],
    }),
  );
  const journal = await openPage('journal.html');
  await journal.getByRole('searchbox').fill('anestesia');
  const results = journal.getByRole('region', { name: 'Resultados de la búsqueda' });
  await expect(results.getByRole('article')).toHaveCount(1);
  await expect(results.getByRole('article')).toContainText('Anestesia emocional');
});

test('a day in the calendar opens that day in the timeline, loading older days as needed', async ({
  worker,
  openPage,
}) => {
  // Today is full enough to fill the first page of the timeline; yesterday is on the next one.
  const now = Date.now();
  const todayStart = localTime(0, 0);
  const today = Array.from({ length: 60 }, (_, i) =>
    makeCheckin({
      at: Math.max(todayStart + 1000, now - 60_000 - i * 1000) - i,
      emotions: ['calm'],
      note: '',
    }),
  );
  const yesterdayAt = localTime(1, 10);
  const yesterday = makeCheckin({ at: yesterdayAt, emotions: ['tired'], note: 'the one from yesterday' });
  await seedHistory(worker, history({ checkins: [...today, yesterday] }));

  const journal = await openPage('journal.html#insights');
  const calendar = journal.getByRole('region', { name: 'Calendar' });
  if (new Date(yesterdayAt).getMonth() !== new Date(now).getMonth()) {
    await calendar.getByRole('button', { name: 'Previous month' }).click();
  }
  await calendar.locator(`a[href="#day-${dayKey(yesterdayAt)}"]`).click();
  await expect(journal).toHaveURL(new RegExp(`#day-${dayKey(yesterdayAt)}$`));
  const heading = journal.locator(`#day-${dayKey(yesterdayAt)}`);
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Yesterday');
  await expect(heading).toBeInViewport();
  await expect(days(journal).getByText('the one from yesterday')).toBeVisible();
});

test.describe('insights', () => {
  test('open with one plain sentence from the data', async ({ worker, openPage }) => {
    const morning = (d: number) =>
      makeCheckin({ at: localTime(d, 9), pleasantness: 3, energy: 1, emotions: ['calm'] });
    const afternoon = (d: number) =>
      makeCheckin({ at: localTime(d, 15), pleasantness: -2, energy: 2, emotions: ['tense'] });
    await seedHistory(
      worker,
      history({ checkins: [morning(2), morning(3), morning(4), afternoon(2), afternoon(3), afternoon(5)] }),
    );
    const journal = await openPage('journal.html#insights');
    const insights = journal.getByRole('region', { name: 'Insights' });
    await expect(insights.locator('.insight-headline')).toHaveText('Mornings felt best this month.');
    // The sentence comes first, the charts below it.
    const sentence = await insights.locator('.insight-headline').boundingBox();
    const chart = await insights.getByRole('figure').first().boundingBox();
    expect(sentence && chart && sentence.y < chart.y).toBe(true);
  });

  test('say "not enough yet" rather than draw one giant bar for one check-in, or a chart of empty rows', async ({
    worker,
    openPage,
  }) => {
    // One break with a check-in before and after, yesterday morning (one day, one time of day): a
    // start, far from a pattern.
    const at = localTime(1, 10);
    const before = makeCheckin({ at, pleasantness: -1, energy: 1 });
    const after = makeCheckin({ at: at + 5 * 60_000, pleasantness: 3, energy: 2 });
    const measured = makeBreak({
      at: at + 60_000,
      exerciseId: 'cyclic_sigh',
      beforeCheckinId: before.id,
      afterCheckinId: after.id,
    });
    await seedHistory(worker, history({ checkins: [before, after], breaks: [measured] }));
    const journal = await openPage('journal.html#insights');
    const insights = journal.getByRole('region', { name: 'Insights' });
    await expect(insights.locator('.insight-headline')).toHaveText(/^Not enough check-ins yet/);
    // What helps says in one sentence what it needs, instead of a chart of "not enough" rows.
    const helps = journal.getByRole('region', { name: 'What tends to help' });
    await expect(helps).toContainText('A pattern needs at least');
    await expect(helps.getByRole('figure')).toHaveCount(0);
    const mood = journal.getByRole('region', { name: 'Mood over time' });
    await expect(mood).toContainText('Not enough yet to draw.');
    await expect(mood.getByRole('img')).toHaveCount(0);
    const time = journal.getByRole('region', { name: 'Time of day' });
    await expect(time).toContainText('Not enough yet to draw.');
    await expect(time.getByRole('img')).toHaveCount(0);
  });
});

test('options: the side navigation jumps to each section; rare forms are folded; quiet hours look off', async ({
  worker,
  openPage,
}) => {
  await seedLocked(worker);
  const options = await openPage('options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  const nav = options.getByRole('navigation', { name: 'Settings sections' });
  for (const [link, heading] of [
    ['Quiet times', 'Quiet times'],
    ['Help region', 'Help region'],
    ['Your data', 'Your data'],
    ['Reminders', 'Reminders'],
  ] as const) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(options.getByRole('heading', { level: 2, name: heading, exact: true })).toBeInViewport();
  }
  // Folded until asked for: importing, and changing or turning off the lock.
  const data = options.getByRole('region', { name: 'Your data' });
  await expect(data.getByLabel('Export file to import')).toBeHidden();
  await data.locator('summary', { hasText: 'Bring back a copy' }).click();
  await expect(data.getByLabel('Export file to import')).toBeVisible();
  const lock = options.getByRole('region', { name: 'Passphrase lock (optional)' });
  await expect(lock.getByRole('form', { name: 'Change the passphrase' })).toBeHidden();
  await expect(lock.getByRole('form', { name: 'Turn off the lock' })).toBeHidden();
  await lock.locator('summary', { hasText: 'Change the passphrase' }).click();
  await expect(lock.getByRole('form', { name: 'Change the passphrase' })).toBeVisible();
  // Quiet hours are off by default: their times are disabled, and come alive when turned on.
  const quiet = options.getByRole('region', { name: 'Quiet times' });
  await expect(quiet.getByLabel('From')).toBeDisabled();
  await quiet.getByLabel('No reminders during these hours').check();
  await expect(quiet.getByLabel('From')).toBeEnabled();
  // The break length says what it does.
  await expect(options.getByRole('region', { name: 'Breaks', exact: true })).toContainText(
    'How long the guided exercise of each break lasts',
  );
});

test('welcome: pinning steps, and the first check-in opens (as a page where the popup cannot be opened) and the welcome closes once it is saved', async ({
  context,
}) => {
  const welcome = await waitForWelcome(context);
  await expect(welcome.getByText('Find Thaw in the list and click the pin next to it.')).toBeVisible();
  // A test cannot drive the toolbar popup (`action.openPopup()` needs a real browser window and
  // toolbar): take it away so the page fallback is what opens, as in browsers without it.
  await welcome.evaluate(() => {
    Object.defineProperty(chrome.action, 'openPopup', { value: undefined, configurable: true });
  });
  const [checkin] = await Promise.all([
    context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/popup.html') }),
    welcome.getByRole('button', { name: 'Do your first check-in' }).click(),
  ]);
  await checkin.getByRole('button', { name: 'Numb', exact: true }).click();
  const closed = welcome.waitForEvent('close');
  await checkin.getByRole('button', { name: 'Save' }).click();
  await closed;
  expect(welcome.isClosed()).toBe(true);
  await expect(checkin.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('help', () => {
  test("the danger banner carries the region's emergency number, and no link appears twice", async ({
    openPage,
  }) => {
    const help = await openPage('help.html');
    for (const [region, number] of [
      ['US', '911'],
      ['MX', '911'],
      ['ES', '112'],
      ['GB', '999'],
    ] as const) {
      await help.getByLabel('Where you are').selectOption(region);
      const banner = help.getByRole('note');
      await expect(banner).toContainText(`call ${number}.`);
      await expect(banner.getByRole('link', { name: `Call ${number}` })).toHaveAttribute(
        'href',
        `tel:${number}`,
      );
      const hrefs = await help
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(2);
      expect(new Set(hrefs).size, `${region}: ${hrefs.join(' ')}`).toBe(hrefs.length);
    }
  });
});

testSpain('help in Spain: the banner says 112 once, as the link', async ({ openPage }) => {
  const help = await openPage('help.html');
  const banner = help.getByRole('note');
  await expect(banner).toHaveText('Si ahora mismo estás en peligro, llama al 112.');
  await expect(banner.getByRole('link', { name: 'Llamar al 112' })).toHaveAttribute('href', 'tel:112');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every page of this pass is axe clean, ${scheme}`, async ({ worker, openPage, context }) => {
    // Five pages, each checked by axe: more than one test's usual time on two busy cores.
    test.setTimeout(150_000);
    const welcome = await waitForWelcome(context);
    await welcome.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(welcome);
    const now = Date.now();
    const before = makeCheckin({ at: now - HOUR - 1000, source: 'before_break', emotions: ['numb'] });
    const record = makeBreak({ at: now - HOUR, beforeCheckinId: before.id });
    await seedHistory(
      worker,
      history({
        checkins: [
          before,
          ...[1, 2, 3, 4].map((d) =>
            makeCheckin({ at: localTime(d, 9 + d), pleasantness: d - 2, energy: 1 - d }),
          ),
        ],
        breaks: [record, makeBreak({ at: now - 2 * DAY })],
      }),
    );
    for (const path of ['journal.html', 'journal.html#insights', 'options.html', 'help.html']) {
      const page = await openPage(path);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('main')).toBeVisible();
      if (path === 'journal.html') await expect(page.getByRole('article').first()).toBeVisible();
      if (path.endsWith('#insights')) await expect(page.getByRole('figure').first()).toBeVisible();
      if (path === 'options.html') {
        await page.locator('summary', { hasText: 'Bring back a copy' }).click();
      }
      await expectNoSeriousA11yViolations(page);
      await page.close();
    }
  });
}
