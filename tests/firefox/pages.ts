import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { ORIGIN } from './profile';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or undefined if it has not settled by `deadline`. */
async function settleBy<T>(promise: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(deadline - Date.now(), 0));
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Checks `probe` every `intervalMs` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function poll<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      // A probe that hangs (a page that never answers) gives way at the deadline.
      const value = await settleBy(probe(), deadline);
      if (value !== undefined) return value;
    } catch (error) {
      // A page in the middle of loading cannot run scripts; try again.
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`, { cause: lastError });
    await sleep(intervalMs);
  }
}

/**
 * Waits until the tab's document at `pagePath` has loaded. Firefox sends the driver no load events for
 * extension pages, so this asks the page itself.
 */
export async function whenLoaded(page: Page, pagePath: string, timeoutMs = 15_000): Promise<Page> {
  await poll(
    `${pagePath} to load`,
    async () =>
      (await page.evaluate(
        (p) =>
          location.pathname === `/${p}` && document.readyState === 'complete' && !('thawTestMark' in window),
        pagePath.split('?')[0] ?? pagePath,
      )) || undefined,
    { timeoutMs },
  );
  return page;
}

/** Where the tab is now, asked of the page itself; null while it cannot answer (e.g. loading). */
async function addressOf(page: Page): Promise<string | null> {
  const asked = page.evaluate(() => location.href).catch(() => null);
  return (await settleBy(asked, Date.now() + 1000)) ?? null;
}

/**
 * The tab showing one of Thaw's pages (e.g. "break.html"), once it is there and loaded. The driver's idea
 * of a tab's address is not kept up to date for extension pages (no navigation events), so each open tab
 * is asked where it is.
 */
export async function waitForPage(browser: Browser, pagePath: string, timeoutMs = 15_000): Promise<Page> {
  const page = await poll(`a tab with ${pagePath}`, () => findPage(browser, pagePath), {
    timeoutMs,
    intervalMs: 200,
  });
  return whenLoaded(page, pagePath, timeoutMs);
}

/** The open tab at one of Thaw's pages (address starting with `pagePath`), if there is one now. */
export async function findPage(browser: Browser, pagePath: string): Promise<Page | undefined> {
  const wanted = `${ORIGIN}/${pagePath}`;
  for (const page of await browser.pages()) if ((await addressOf(page))?.startsWith(wanted)) return page;
  return undefined;
}

/** Opens one of Thaw's pages in a new tab, from `control` (any of Thaw's pages), as Thaw's own links do. */
export async function openPage(browser: Browser, control: Page, pagePath: string): Promise<Page> {
  await control.evaluate((url) => void chrome.tabs.create({ url }), `${ORIGIN}/${pagePath}`);
  return waitForPage(browser, pagePath);
}

/** Reloads the page and waits for the new document (the old one carried a mark the new one lacks). */
export async function reload(page: Page, pagePath: string): Promise<Page> {
  await page.evaluate(() => {
    Object.assign(window, { thawTestMark: true });
    location.reload();
  });
  return whenLoaded(page, pagePath);
}

/** The text a person sees on the page. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** Waits until the page shows `text`. */
export async function waitForText(page: Page, text: string | RegExp, timeoutMs = 10_000): Promise<void> {
  await poll(
    `the page to show ${String(text)}`,
    async () => {
      const shown = await visibleText(page);
      return (typeof text === 'string' ? shown.includes(text) : text.test(shown)) || undefined;
    },
    { timeoutMs },
  );
}

/** The element matching `selector` whose own text (trimmed) is `text`: a button or a label, by what it says. */
export async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  return poll(`${selector} "${text}"`, async () => {
    for (const handle of await page.$$(selector)) {
      if ((await handle.evaluate((el) => (el as HTMLElement).innerText.trim())) === text) return handle;
      await handle.dispose();
    }
    return undefined;
  });
}

/** Clicks the button that says `name`, with the mouse. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const button = await byText(page, 'button', name);
  await button.click();
  await button.dispose();
}

/** The form field labelled `label` (a <label> holding both its text and the field). */
export async function field(page: Page, label: string | RegExp): Promise<ElementHandle<Element>> {
  return poll(`the field "${String(label)}"`, async () => {
    const handle = await page.evaluateHandle(
      (source: string) => {
        const pattern = new RegExp(source);
        for (const labelElement of document.querySelectorAll('label')) {
          const control = labelElement.control;
          // A label may hold more than its words (the field, a unit, a counter): its first line names it.
          const words = labelElement.innerText.trim().split('\n')[0] ?? '';
          if (control && pattern.test(words.trim())) return control;
        }
        return null;
      },
      typeof label === 'string' ? `^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : label.source,
    );
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    return undefined;
  });
}

/** Types into the field labelled `label`, replacing what was there, with the keyboard. */
export async function fill(page: Page, label: string | RegExp, text: string): Promise<void> {
  const input = await field(page, label);
  await input.click({ count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await input.type(text);
  await input.dispose();
}

/**
 * Opens one of Thaw's pages when none is open yet to open it from. The driver's navigation would wait for a
 * load event Firefox never sends for extension pages, so it is left to run and the page is asked instead.
 */
export async function openFirstPage(browser: Browser, pagePath: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${ORIGIN}/${pagePath}`).catch(() => {
    // Settles only when the tab closes; the load is checked below.
  });
  return whenLoaded(page, pagePath);
}
