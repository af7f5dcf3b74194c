/**
 * Thaw in a real Firefox (ESR), on the production build (`npm run build:firefox`), driven over WebDriver
 * BiDi. One browser plays a person's first hour with Thaw in order, then a second start of the same
 * profile checks what survives a restart. Each step needs the ones before it, so after a failure the
 * rest are skipped rather than failing for the same reason.
 *
 * Every step fails if anything but Firefox's own (redirected, refused) services asked for the network, and
 * each browser run ends by checking that Thaw put no error or warning in the console.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { thawConsoleProblems } from './console-check';
import {
  alarmAt,
  backgroundLoaded,
  backgroundUnloaded,
  makeBreakDueIn,
  notifications,
  readStore,
  schedulerState,
} from './extension-state';
import { startFirefox, type Firefox } from './firefox';
import { leftTheMachine, startNetworkGuard, type NetworkGuard } from './network-guard';
import {
  byText,
  clickButton,
  fill,
  openFirstPage,
  openPage,
  poll,
  reload,
  visibleText,
  waitForPage,
  waitForText,
} from './pages';
import { FIREFOX_ADDON_ID, FIREFOX_BUILD_DIR, ORIGIN, prepareProfile } from './profile';

const MIN = 60_000;
/** How far ahead a test break is made due: time for the idle event page to be unloaded first. */
const DUE_IN_MS = 10_000;
/** Alarms fire on their mark; the slack is for a busy machine noticing it. */
const ON_TIME_MS = 8_000;
const PASSPHRASE = 'a quiet walk by the river';
const ENTRY = 'A slow morning; tea by the window.';
/** The toolbar button's widget id: Firefox derives it from the add-on id. */
const TOOLBAR_WIDGET = `${FIREFOX_ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

interface Checkin {
  id: string;
  emotions: string[];
  source: string;
}
interface Entry {
  id: string;
  text: unknown;
}
interface BreakRecord {
  id: string;
  origin: string;
  outcome: string;
  beforeCheckinId?: string;
  afterCheckinId?: string;
}

let guard: NetworkGuard;
let firefox: Firefox;
/** A tab with one of Thaw's pages, for reading its data and calling its APIs. */
let control: Page;
let profileDir: string;
let downloadDir: string;
let stopped = false;

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

/** The text of the toolbar popup, or null while it is not open. */
function popupText(): Promise<string | null> {
  return control.evaluate(() => {
    const popup = chrome.extension.getViews({ type: 'popup' })[0] as unknown as typeof window | undefined;
    return popup?.document.readyState === 'complete' ? popup.document.body.innerText : null;
  });
}

/** Clicks a button in the toolbar popup (a browser panel, not a tab: reached through its window). */
async function clickInPopup(name: string): Promise<void> {
  const clicked = await control.evaluate((text) => {
    const popup = chrome.extension.getViews({ type: 'popup' })[0] as unknown as typeof window | undefined;
    const button = [...(popup?.document.querySelectorAll('button') ?? [])].find(
      (b) => b.innerText.trim() === text,
    );
    button?.click();
    return button !== undefined;
  }, name);
  expect(clicked, `a "${name}" button in the popup`).toBe(true);
}

/** The files in the download folder once a finished one is there. */
async function downloaded(pattern: RegExp): Promise<string> {
  return poll('the download to finish', async () => {
    const files = await readdir(downloadDir);
    return files.find((f) => pattern.test(f) && !f.endsWith('.part'));
  });
}

/** Thaw's errors and warnings in this browser run's console. */
async function consoleProblems(): Promise<string[]> {
  return thawConsoleProblems({
    output: firefox.output,
    entries: await firefox.window.consoleEntries(),
    origin: ORIGIN,
    addonId: FIREFOX_ADDON_ID,
  });
}

/** Waits until a due reminder shows (`shownAt` says when, once it has) and checks it came on time. */
async function seenOnTime(dueAt: number, shownAt: () => Promise<number | undefined>): Promise<void> {
  const at = await poll('the reminder', shownAt, {
    timeoutMs: DUE_IN_MS + ON_TIME_MS + 10_000,
    intervalMs: 100,
  });
  console.info(`The reminder came ${((at - dueAt) / 1000).toFixed(1)} s after it was due.`);
  expect(at, 'not before it is due').toBeGreaterThanOrEqual(dueAt - 500);
  expect(at - dueAt, 'on time').toBeLessThan(ON_TIME_MS);
}

/** When a break page opened by a reminder began to load (its document's time origin), once it has. */
function reminderBreakPageOpenedAt(): Promise<number | undefined> {
  return control.evaluate(() => {
    const views = chrome.extension.getViews({ type: 'tab' }) as unknown as (typeof window)[];
    const page = views.find(
      (v) => v.location.pathname === '/break.html' && v.location.search.includes('origin=reminder'),
    );
    return page?.performance.timeOrigin;
  });
}

/**
 * Makes a break due soon, sees the idle event page unloaded well before then (so the alarm has to wake
 * it), and returns the moment it is due.
 */
async function breakDueWithBackgroundUnloaded(): Promise<number> {
  // The person is at the keyboard (headless Firefox would otherwise report them idle after a minute).
  await firefox.window.resetIdleClock();
  await poll('the scheduler to count the person active', async () =>
    (await schedulerState(control)).presence === 'active' ? true : undefined,
  );
  // Nothing of the background's in flight (a step that read the state before the test writes it would
  // write its own back over it): its event page has gone idle and been unloaded.
  await backgroundUnloaded(control);
  const dueAt = await poll(
    'the alarm set for the due moment',
    async () => {
      const due = await makeBreakDueIn(control, DUE_IN_MS);
      const at = await alarmAt(control);
      return at !== null && Math.abs(at - due) < 1000 ? due : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 500 },
  );
  await backgroundUnloaded(control);
  expect(Date.now(), 'the event page unloaded before the alarm').toBeLessThan(dueAt - 1000);
  return dueAt;
}

/**
 * Proves the network guard is in the path of what Thaw's own background asks for: a request made there
 * (by the test, not by Thaw) reaches the guard and is refused. It is then taken off the record.
 */
async function guardSeesTheBackground(): Promise<void> {
  const probe = 'http://network-guard-probe.invalid/';
  await control.evaluate(async (url) => {
    const background = (await chrome.runtime.getBackgroundPage()) as unknown as typeof window;
    await background.fetch(url).catch(() => null);
  }, probe);
  const seen = await poll('the guard to see the probe', async () => {
    const index = guard.requests.findIndex((r) => r.includes('network-guard-probe.invalid'));
    return index >= 0 ? index : undefined;
  });
  guard.requests.splice(seen, 1);
}

beforeAll(async () => {
  if (!existsSync(path.join(FIREFOX_BUILD_DIR, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox\` first.`);
  profileDir = await mkdtemp(path.join(tmpdir(), 'thaw-firefox-'));
  downloadDir = await mkdtemp(path.join(tmpdir(), 'thaw-firefox-downloads-'));
  guard = await startNetworkGuard();
  await prepareProfile(profileDir, { proxyPort: guard.port, downloadDir, install: true });
  firefox = await startFirefox(profileDir);
});

afterAll(async () => {
  // After a failure, what Thaw printed is often the quickest clue.
  if (stopped && firefox) {
    const printed = await consoleProblems().catch((error: unknown) => [`(not readable: ${String(error)})`]);
    console.info(`Thaw's errors and warnings in this run:\n${printed.join('\n') || '(none)'}`);
  }
  await firefox?.close();
  await guard?.close();
  for (const dir of [profileDir, downloadDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(({ skip, onTestFailed }) => {
  if (stopped) skip('an earlier step failed');
  onTestFailed(() => {
    stopped = true;
  });
});

afterEach(() => {
  expect(leftTheMachine(guard.requests), 'nothing may leave the machine').toEqual([]);
});

describe('Thaw in Firefox, first run', () => {
  it('installing it opens the welcome page, plans the first break and puts its button in the toolbar', async () => {
    const installedAt = Date.now();
    control = await waitForPage(firefox.browser, 'welcome.html', 30_000);
    await guardSeesTheBackground();
    await waitForText(control, 'Welcome to Thaw');
    const planned = await poll(
      'the first break to be planned',
      async () => (await alarmAt(control)) ?? undefined,
    );
    // The default rhythm: a break after 50 minutes of active browsing.
    expect(planned - installedAt).toBeGreaterThan(45 * MIN);
    expect(planned - installedAt).toBeLessThanOrEqual(50 * MIN);
    expect(await firefox.window.toolbarButtonArea(TOOLBAR_WIDGET)).toBe('nav-bar');
  });

  it('the welcome page describes reminders as Firefox shows them: no buttons, a click opens the break', async () => {
    const text = await visibleText(control);
    expect(text).toContain('a click on it opens the break, where you can also put it off or skip it');
    expect(text).not.toContain('with Start and Snooze');
  });

  it('the real toolbar popup saves a check-in', async () => {
    await control.evaluate(() => chrome.action.openPopup());
    await poll('the popup', async () => (await popupText())?.includes('How are you right now?') || undefined);
    await clickInPopup('Numb');
    await clickInPopup('Save');
    await poll(
      'the thanks',
      async () => (await popupText())?.includes('Thank you for checking in.') || undefined,
    );
    const [checkin, ...others] = await readStore<Checkin>(control, 'checkins');
    expect(others).toEqual([]);
    expect(checkin).toMatchObject({ emotions: ['numb'], source: 'popup' });
  });

  it('the journal shows the check-in, and takes an entry that is still there after a reload', async () => {
    const journal = await openPage(firefox.browser, control, 'journal.html');
    await waitForText(journal, 'Numb');
    await fill(journal, 'Your words', ENTRY);
    await clickButton(journal, 'Save entry');
    await waitForText(journal, 'Saved.');
    await reload(journal, 'journal.html');
    await waitForText(journal, ENTRY);
    const [entry] = await readStore<Entry>(control, 'entries');
    expect(entry?.text).toBe(ENTRY);
  });

  it('options describe Firefox reminders, and a new reminder frequency moves the alarm', async () => {
    const options = await openPage(firefox.browser, control, 'options.html');
    await waitForText(options, 'Reminders');
    const text = await visibleText(options);
    expect(text).toContain('a click on it opens the break, where you can also put it off or skip it');
    expect(text).not.toContain('with Start and Snooze');

    const before = (await alarmAt(control)) ?? 0;
    await fill(options, /^Suggest a break after/, '15');
    const now = Date.now();
    const after = await poll('the alarm to move', async () => {
      const at = await alarmAt(control);
      return at !== null && at < before - 30 * MIN ? at : undefined;
    });
    expect(after).toBeLessThanOrEqual(now + 15 * MIN);
    const [settings] = await readStore<{ reminderEveryMin: number }>(control, 'settings');
    expect(settings?.reminderEveryMin).toBe(15);
  });

  it('a due break arrives on time as a notification, from an event page its alarm woke; a click opens the break, which is recorded', async () => {
    expect(await notifications(control)).toEqual({});
    const dueAt = await breakDueWithBackgroundUnloaded();

    await seenOnTime(dueAt, async () =>
      'thaw-reminder' in (await notifications(control)) ? Date.now() : undefined,
    );
    // Read, then click as soon as it is drawn: Firefox's alert goes away by itself after a while.
    const [woken, all] = await Promise.all([backgroundLoaded(control), notifications(control)]);
    const onScreen = await poll('the notification to be drawn', async () => {
      const drawn = await firefox.window.shownNotification();
      return drawn?.title ? drawn : undefined;
    });
    await firefox.window.clickNotification();
    expect(woken, 'the alarm woke the event page').toBe(true);
    const shown = all['thaw-reminder'];
    expect(shown).toMatchObject({ title: 'A short break?' });
    expect(shown?.message).toMatch(/^You have been at it a while\. Try .+\. Click here to begin\.$/);
    expect(shown?.buttons ?? []).toEqual([]);
    expect(onScreen).toMatchObject({ title: 'A short break?', buttons: 0 });

    const breakPage = await waitForPage(firefox.browser, 'break.html?origin=reminder');
    expect(await breakPage.evaluate(() => location.href)).toMatch(
      /break\.html\?origin=reminder&exercise=\w+/,
    );
    // Putting it off and skipping are here, since the notification has no buttons.
    await byText(breakPage, 'button', 'Not now, remind me later');
    await byText(breakPage, 'button', 'Skip this one');

    await clickButton(breakPage, 'Low');
    await clickButton(breakPage, 'Start');
    await clickButton(breakPage, 'Stop');
    await clickButton(breakPage, 'Good');
    await waitForText(breakPage, 'Thank you for taking this moment.');
    const [record, ...others] = await readStore<BreakRecord>(control, 'breaks');
    expect(others).toEqual([]);
    expect(record).toMatchObject({ origin: 'reminder', outcome: 'stopped' });
    expect(record?.beforeCheckinId).toBeTruthy();
    expect(record?.afterCheckinId).toBeTruthy();
    await breakPage.close();
  });

  it('with "open the break page", a due break opens it on time, and skipping it is recorded', async () => {
    const options = await waitForPage(firefox.browser, 'options.html');
    await (await byText(options, 'label', 'Open the break page in a new tab')).click();
    await poll(
      'the style to be saved',
      async () =>
        (await readStore<{ reminderStyle: string }>(control, 'settings'))[0]?.reminderStyle === 'page' ||
        undefined,
    );
    const dueAt = await breakDueWithBackgroundUnloaded();

    await seenOnTime(dueAt, reminderBreakPageOpenedAt);
    const breakPage = await waitForPage(firefox.browser, 'break.html?origin=reminder');
    await clickButton(breakPage, 'Skip this one');
    await poll(
      'the skip to be recorded',
      async () =>
        (await readStore<BreakRecord>(control, 'breaks')).some((b) => b.outcome === 'skipped') || undefined,
    );
  });

  it('an export and an import bring every record and setting back', async () => {
    const options = await waitForPage(firefox.browser, 'options.html');
    const before = {
      checkins: ids(await readStore<Checkin>(control, 'checkins')),
      entries: ids(await readStore<Entry>(control, 'entries')),
      breaks: ids(await readStore<BreakRecord>(control, 'breaks')),
    };
    expect(before.checkins.length).toBe(3); // the popup's, and before and after the break
    expect(before.breaks.length).toBe(2);

    await clickButton(options, 'Download everything (JSON)');
    const fileName = await downloaded(/^thaw-export-\d{4}-\d{2}-\d{2}\.json$/);
    await waitForText(options, `Your copy is ready: ${fileName}`);
    const file = path.join(downloadDir, fileName);
    const exported = JSON.parse(await readFile(file, 'utf8')) as Record<string, { id: string }[]>;
    expect(ids(exported.checkins ?? [])).toEqual(before.checkins);
    expect(ids(exported.entries ?? [])).toEqual(before.entries);
    expect(ids(exported.breaks ?? [])).toEqual(before.breaks);

    await clickButton(options, 'Delete everything…');
    await fill(options, 'To confirm, type “delete”', 'delete');
    await clickButton(options, 'Delete everything now');
    await waitForText(options, 'Everything is deleted. Your settings are back to their defaults.');
    expect(await readStore(control, 'checkins')).toEqual([]);
    expect(
      (await readStore<{ reminderEveryMin?: number }>(control, 'settings'))[0]?.reminderEveryMin ?? 50,
    ).toBe(50);

    // The import form is folded until asked for.
    await (await byText(options, 'summary', 'Bring back a copy')).click();
    const input = await options.$('input[type=file]');
    if (!input) throw new Error('No file field on the options page.');
    await input.uploadFile(file);
    await waitForText(options, 'What this file holds');
    await (
      await byText(options, 'label', 'Replace everything here with this file, settings included')
    ).click();
    await clickButton(options, 'Import');
    await waitForText(options, /Done\. \d+ records were added\./);

    expect(ids(await readStore<Checkin>(control, 'checkins'))).toEqual(before.checkins);
    expect(ids(await readStore<Entry>(control, 'entries'))).toEqual(before.entries);
    expect(ids(await readStore<BreakRecord>(control, 'breaks'))).toEqual(before.breaks);
    expect((await readStore(control, 'settings'))[0]).toMatchObject({
      reminderEveryMin: 15,
      reminderStyle: 'page',
    });
  });

  it('the passphrase lock turns on, locks the journal, and the passphrase opens it', async () => {
    const options = await waitForPage(firefox.browser, 'options.html');
    await fill(options, 'New passphrase', PASSPHRASE);
    await fill(options, 'Repeat the new passphrase', PASSPHRASE);
    await clickButton(options, 'Turn on the lock');
    await waitForText(
      options,
      'The lock is on. Your journal will ask for the passphrase from now on.',
      30_000,
    );
    const [sealed] = await readStore<Entry>(control, 'entries');
    expect(JSON.stringify(sealed)).not.toContain('tea by the window');

    const journal = await reload(await waitForPage(firefox.browser, 'journal.html'), 'journal.html');
    await waitForText(journal, 'Your journal is locked');
    expect(await visibleText(journal)).not.toContain('tea by the window');
    await fill(journal, 'Passphrase', PASSPHRASE);
    await clickButton(journal, 'Unlock');
    await waitForText(journal, ENTRY, 30_000);
  });

  it('Thaw put no error or warning in the console', async () => {
    expect(await consoleProblems()).toEqual([]);
  });
});

describe('Thaw in Firefox, after a restart', () => {
  let before: { checkins: string[]; entries: string[]; breaks: string[]; alarm: number | null };

  it('records, settings, the plan and the lock are all still there', async () => {
    before = {
      checkins: ids(await readStore<Checkin>(control, 'checkins')),
      entries: ids(await readStore<Entry>(control, 'entries')),
      breaks: ids(await readStore<BreakRecord>(control, 'breaks')),
      alarm: await alarmAt(control),
    };
    expect(before.alarm).not.toBeNull();
    await firefox.close();
    await prepareProfile(profileDir, { proxyPort: guard.port, downloadDir, install: false });
    firefox = await startFirefox(profileDir);

    control = await openFirstPage(firefox.browser, 'options.html');
    await waitForText(control, 'Reminders');
    // Kept, not installed again: no second welcome.
    expect((await firefox.browser.pages()).some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
    expect(ids(await readStore<Checkin>(control, 'checkins'))).toEqual(before.checkins);
    expect(ids(await readStore<Entry>(control, 'entries'))).toEqual(before.entries);
    expect(ids(await readStore<BreakRecord>(control, 'breaks'))).toEqual(before.breaks);
    expect((await readStore(control, 'settings'))[0]).toMatchObject({
      reminderEveryMin: 15,
      reminderStyle: 'page',
    });
    // The plan: one alarm, within the chosen 15 minutes.
    const now = Date.now();
    const planned = await poll('the break alarm', async () => (await alarmAt(control)) ?? undefined);
    expect(planned).toBeGreaterThan(now);
    expect(planned).toBeLessThanOrEqual(now + 15 * MIN);

    const journal = await openPage(firefox.browser, control, 'journal.html');
    await waitForText(journal, 'Your journal is locked');
    await fill(journal, 'Passphrase', PASSPHRASE);
    await clickButton(journal, 'Unlock');
    await waitForText(journal, ENTRY, 30_000);
  });

  it('Thaw put no error or warning in the console', async () => {
    expect(await consoleProblems()).toEqual([]);
  });
});
