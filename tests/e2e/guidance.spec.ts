import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { readStore, writeRecord } from './db';
import { expect, test } from './fixtures';

interface Spoken {
  text: string;
  voice: { name: string; localService: boolean } | null;
}

/**
 * Watches (without changing) what the page asks of speech synthesis and Web Audio: every utterance
 * handed to speak(), with its voice, and every tone started. The real calls still run.
 */
async function watchGuidance(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { spoken: [] as Spoken[], tones: 0 };
    Object.assign(window, { __guidance: seen });
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      const voice = utterance.voice;
      seen.spoken.push({
        text: utterance.text,
        voice: voice ? { name: voice.name, localService: voice.localService } : null,
      });
      speak(utterance);
    };
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      seen.tones++;
      start.call(this, when);
    };
  });
}

const seenGuidance = (page: Page) =>
  page.evaluate(() => (window as unknown as { __guidance: { spoken: Spoken[]; tones: number } }).__guidance);

/**
 * Playwright's clock, stopped: only runFor moves it, so however slow the machine, the exercise is
 * exactly where the test has taken it. The page's own code runs unchanged.
 */
async function stopClock(page: Page) {
  const start = Date.now();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 60_000);
}

async function openBodyScan(page: Page, extensionId: string) {
  await stopClock(page);
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=body_scan&origin=popup`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'Body scan' })).toBeVisible();
}

test('spoken steps use a voice on this device, or say plainly there is none and chime instead', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  await watchGuidance(page);
  await openBodyScan(page, extensionId);
  await expect(page.getByText(/Keep your eyes open if you prefer/)).toBeVisible();

  const guidance = page.getByRole('group', { name: 'Follow with eyes closed' });
  await guidance.getByRole('radio', { name: 'Spoken steps' }).check();
  // The browser lists its voices a moment after the page asks.
  await page.clock.runFor(2_000);
  const localEnglish = await page.evaluate(() =>
    speechSynthesis.getVoices().some((v) => v.localService && v.lang.toLowerCase().startsWith('en')),
  );
  const line = guidance.getByRole('status');
  if (localEnglish) {
    await expect(line).toHaveText(/^Read aloud by .+, a voice on this device\.$/);
  } else {
    await expect(line).toHaveText(
      'No voice on this device reads English, and Thaw never uses online voices. You will hear a soft chime at each step instead.',
    );
  }

  // The next step (each body-scan area lasts 20 s at the default 3-minute break).
  await page.clock.runFor(25_000);
  await expect(page.getByText(/Step 2 of 9/)).toBeVisible();
  const seen = await seenGuidance(page);
  if (localEnglish) {
    expect(seen.spoken.length).toBeGreaterThan(0);
    for (const utterance of seen.spoken) expect(utterance.voice?.localService).toBe(true);
    expect(seen.spoken.at(-1)?.text).toBe(
      'Notice your feet. Warmth, pressure, or nothing at all. Each is fine.',
    );
  } else {
    expect(seen.spoken).toEqual([]);
    expect(seen.tones).toBeGreaterThan(0);
  }
  // axe waits on timers of its own: time flows again for it.
  await page.clock.resume();
  await expectNoSeriousA11yViolations(page);

  // One setting, remembered.
  const [settings] = await readStore<{ guidance: string }>(worker, 'settings');
  expect(settings?.guidance).toBe('voice');
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(
    page.getByRole('group', { name: 'Follow with eyes closed' }).getByRole('radio', { name: 'Spoken steps' }),
  ).toBeChecked();
});

test('with voices on the device and online, only the local one reads, in the page language', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // Headless Chromium here has no voices at all, so this test (and only this one) stands in a list of
  // voices and a speak() that records instead of sounding: an online voice marked as the default, and
  // local voices in English and French.
  await page.addInitScript(() => {
    const voices = [
      { name: 'Online English', lang: 'en-US', localService: false, default: true, voiceURI: 'online' },
      { name: 'French Here', lang: 'fr-FR', localService: true, default: false, voiceURI: 'fr' },
      { name: 'English Here', lang: 'en-GB', localService: true, default: false, voiceURI: 'en' },
    ];
    const spoken: { text: string; voice: string | null }[] = [];
    Object.assign(window, { __spoken: spoken });
    class RecordedUtterance {
      text: string;
      voice: { name: string } | null = null;
      lang = '';
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.assign(window, { SpeechSynthesisUtterance: RecordedUtterance });
    speechSynthesis.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
    speechSynthesis.speak = (utterance) => {
      spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? null });
    };
  });
  await openBodyScan(page, extensionId);
  const guidance = page.getByRole('group', { name: 'Follow with eyes closed' });
  await guidance.getByRole('radio', { name: 'Spoken steps' }).check();
  await page.clock.runFor(100);
  await expect(guidance.getByRole('status')).toHaveText(
    'Read aloud by English Here, a voice on this device.',
  );

  await page.clock.runFor(25_000);
  await expect(page.getByText(/Step 2 of 9/)).toBeVisible();
  const spoken = await page.evaluate(
    () => (window as unknown as { __spoken: { text: string; voice: string | null }[] }).__spoken,
  );
  expect(spoken).toContainEqual({
    text: 'Notice your feet. Warmth, pressure, or nothing at all. Each is fine.',
    voice: 'English Here',
  });
  expect(spoken.every((utterance) => utterance.voice === 'English Here')).toBe(true);
});

test('the guidance setting in the options, and the older chime switch read as chimes', async ({
  worker,
  openPage,
}) => {
  // A settings record from before guidance: the chime switch on.
  await writeRecord(worker, 'settings', { sound: true, theme: 'system' }, 'settings');
  const options = await openPage('options.html');
  const group = options.getByRole('group', { name: 'Follow with eyes closed' });
  await expect(group.getByRole('radio', { name: 'A soft chime at each new step' })).toBeChecked();
  await group.getByRole('radio', { name: 'Read the steps aloud' }).check();
  await expect(group.getByRole('status')).toHaveText(/a voice on this device|No voice on this device/);
  await expect
    .poll(async () => (await readStore<{ guidance: string }>(worker, 'settings'))[0]?.guidance)
    .toBe('voice');
  const [stored] = await readStore<Record<string, unknown>>(worker, 'settings');
  expect(stored).not.toHaveProperty('sound');
  await expectNoSeriousA11yViolations(options);
});

test('box breathing at the gentler 3 counts: chosen mid-exercise, the pacer follows, remembered', async ({
  context,
  extensionId,
  worker,
}) => {
  const page = await context.newPage();
  await stopClock(page);
  await page.goto(`chrome-extension://${extensionId}/break.html?exercise=box_breathing&origin=popup`);
  await page.getByRole('button', { name: 'Start' }).click();
  const circle = page.locator('.pacer-circle');
  await expect(page.getByText('Breath 1 of 11')).toBeVisible();
  await expect(circle).toHaveCSS('animation-duration', '4s');

  // Three breaths at 4 counts, then the gentler count from the same breath on.
  await page.clock.runFor(2 * 16_000 + 1_000);
  await expect(page.getByText('Breath 3 of 11')).toBeVisible();
  await page.getByRole('radio', { name: '3 counts (gentler)' }).check();
  await expect(page.getByText('Breath 3 of 15')).toBeVisible();
  await expect(page.getByText('Breathe in')).toBeVisible();
  await expect(circle).toHaveCSS('animation-duration', '3s');
  await page.clock.runFor(3_500);
  await expect(page.getByText('Hold', { exact: true })).toBeVisible();
  await page.clock.runFor(9_000);
  await expect(page.getByText('Breath 4 of 15')).toBeVisible();
  await page.clock.resume();
  await expectNoSeriousA11yViolations(page);

  // Remembered: the next box breathing starts at 3 counts.
  await expect
    .poll(
      async () => (await readStore<{ gentlerBreathing: boolean }>(worker, 'settings'))[0]?.gentlerBreathing,
    )
    .toBe(true);
  const next = await context.newPage();
  await next.goto(`chrome-extension://${extensionId}/break.html?exercise=box_breathing&origin=popup`);
  await next.getByRole('button', { name: 'Start' }).click();
  await expect(next.getByText('Breath 1 of 15')).toBeVisible();
  await expect(next.getByRole('radio', { name: '3 counts (gentler)' })).toBeChecked();
  await expect(next.locator('.pacer-circle')).toHaveCSS('animation-duration', '3s');
});
