import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { findChromium } from './browser-path.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Chromium flags for a closed network: no background traffic of the browser's own. */
export const CHROMIUM_ARGS = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Requests that left the extension's own origin during a test. */
export interface NetworkGuard {
  violations: string[];
}

/**
 * Chromium with a profile at `userDataDir` and the extension built at `extensionDir` (the production build
 * unless told). `locale` is the browser's language as pages see it (navigator.language, e.g. "es-ES");
 * `uiLanguage` is Chromium's own interface language, which picks the extension's texts. On Linux Chromium
 * takes it from the environment (LANGUAGE), as a desktop set to that language would give it, and resolves
 * it against the interface languages it ships (Debian's chromium-l10n): "es-ES" becomes "es", "es-MX"
 * becomes "es-419", and the extension's texts fall back from those to its "es".
 */
export async function launchExtension(
  userDataDir: string,
  options: { locale?: string; uiLanguage?: string; extensionDir?: string } = {},
) {
  const uiLanguage = options.uiLanguage ?? options.locale;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      ...CHROMIUM_ARGS.map((arg) => arg.replace(EXTENSION_DIR, extensionDir)),
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
    ],
    locale: options.locale ?? 'en-US',
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage.replace(/-/g, '_') } } : {}),
    viewport: { width: 1280, height: 800 },
  });
}

/**
 * The extension's service worker (started at install). Checks and listens in turns, so a worker
 * that starts between a check and the listening is not missed.
 */
export async function getWorker(context: BrowserContext, timeoutMs = 20_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const existing = context.serviceWorkers()[0];
    if (existing) return existing;
    const started = await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => null);
    if (started) return started;
  }
  throw new Error('The extension did not start its service worker.');
}

/** Records and blocks every request that leaves the extension's own origin. */
export async function attachNetworkGuard(
  context: BrowserContext,
  extensionId: string,
): Promise<NetworkGuard> {
  const guard: NetworkGuard = { violations: [] };
  const own = `chrome-extension://${extensionId}/`;
  const isOwn = (url: string) => url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:');
  context.on('request', (request) => {
    if (!isOwn(request.url())) guard.violations.push(request.url());
  });
  await context.route(
    (url) => !isOwn(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return guard;
}

/** The welcome page the extension opens on install. */
export async function waitForWelcome(context: BrowserContext): Promise<Page> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome }));
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  guard: NetworkGuard;
  /** Opens one of the extension's pages (e.g. 'popup.html') in a new tab. */
  openPage: (pagePath: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'thaw-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchExtension(userDataDir);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = await getWorker(context);
    // A fresh profile means a fresh install: the welcome tab opens first. Wait for it, so a test
    // waiting for "the next page" never mistakes it for the page it expects.
    await waitForWelcome(context);
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  // Any request to anything but the extension's own origin is recorded, blocked, and fails the test.
  guard: [
    async ({ context, extensionId }, use) => {
      const guard = await attachNetworkGuard(context, extensionId);
      await use(guard);
      expect(guard.violations, 'the extension must not reach the network').toEqual([]);
    },
    { auto: true },
  ],
  openPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    });
  },
});

/** The fixtures with Chromium in a language: `locale` as pages see it, `ui` for the extension's texts. */
export function testInLanguage(language: { locale: string; ui: string }) {
  return test.extend({
    context: async ({ userDataDir }, use) => {
      const context = await launchExtension(userDataDir, {
        locale: language.locale,
        uiLanguage: language.ui,
      });
      await use(context);
      await context.close();
    },
  });
}

export { expect };
