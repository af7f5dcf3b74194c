import readline from 'node:readline';
import { WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX, launch } from '@puppeteer/browsers';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BidiTap } from './bidi-tap';
import { BrowserWindow } from './browser-window';
import { findFirefox } from './firefox-path';
import { FIREFOX_ENV } from './profile';

/** Generous: two cores shared with other work can make a cold start slow. */
const START_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 15_000;

export interface Firefox {
  /** Puppeteer, over WebDriver BiDi: tabs, clicks, typing, scripts in pages. */
  browser: Browser;
  /** Firefox's own windows: the idle clock, notifications, the console service. */
  window: BrowserWindow;
  /** Every line Firefox printed, from its first. */
  output: string[];
  close(): Promise<void>;
}

/**
 * Starts headless Firefox on `profileDir` and connects to it. The process is started here rather than by
 * puppeteer.launch so that its output is read from the first line (the add-on starts with the browser, and
 * what it prints then counts), and so that the connection can carry a few commands of our own.
 */
export async function startFirefox(profileDir: string): Promise<Firefox> {
  const firefoxProcess = launch({
    executablePath: findFirefox(),
    args: [
      '--headless',
      '--no-remote',
      '--profile',
      profileDir,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    env: { ...process.env, ...FIREFOX_ENV },
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
  });
  const output: string[] = [];
  for (const stream of [firefoxProcess.nodeProcess.stdout, firefoxProcess.nodeProcess.stderr])
    if (stream) readline.createInterface(stream).on('line', (line) => output.push(line));

  try {
    const endpoint = await firefoxProcess.waitForLineOutput(
      WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
      START_TIMEOUT_MS,
    );
    const tap = await BidiTap.open(`${endpoint}/session`);
    const browser = await puppeteer.connect({
      transport: tap,
      protocol: 'webDriverBiDi',
      defaultViewport: { width: 1280, height: 800 },
    });
    return {
      browser,
      window: new BrowserWindow(tap),
      output,
      close: async () => {
        await Promise.race([browser.close(), new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS))]);
        await Promise.race([firefoxProcess.hasClosed(), new Promise((r) => setTimeout(r, CLOSE_TIMEOUT_MS))]);
        firefoxProcess.kill();
      },
    };
  } catch (error) {
    firefoxProcess.kill();
    throw new Error(`Firefox did not start for the tests:\n${output.slice(-20).join('\n')}`, {
      cause: error,
    });
  }
}
