import { browser, type Browser } from 'wxt/browser';
import { breakPagePath, type BreakLink } from './break-link';
import { requestBreak } from './break-requests';

async function openTabOf(url: string): Promise<Browser.tabs.Tab | undefined> {
  const base = url.split('?')[0] ?? url;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  return existing;
}

async function bringForward(tab: Browser.tabs.Tab, url?: string): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.update(tab.id, { active: true, ...(url ? { url } : {}) });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/**
 * Opens one of our pages in a tab, focusing an already-open one instead of opening a second.
 * `path` may carry a query (journal.html?prompt=x); matching ignores the query.
 */
export async function openExtensionPage(path: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/journal.html');
  const existing = await openTabOf(url);
  if (existing) return bringForward(existing, url === existing.url ? undefined : url);
  await browser.tabs.create({ url });
}

/**
 * Opens the break page for a link. An open break page is brought forward as it is, never reloaded:
 * it hears the request and turns to it only when no break is under way there.
 */
export async function openBreakPage(link: BreakLink): Promise<void> {
  const url = browser.runtime.getURL(breakPagePath(link));
  const existing = await openTabOf(url);
  if (!existing) {
    await browser.tabs.create({ url });
    return;
  }
  requestBreak(link);
  await bringForward(existing);
}

/**
 * Opens the check-in: the toolbar popup where the browser lets a page open it (`action.openPopup`),
 * else the same check-in as a page in a tab. Says which it did.
 */
export async function openCheckin(): Promise<'popup' | 'page'> {
  const action = browser.action as { openPopup?: () => Promise<void> } | undefined;
  if (typeof action?.openPopup === 'function') {
    try {
      await action.openPopup();
      return 'popup';
    } catch {
      // No window to attach it to, or the browser wants a toolbar click: the page does the same.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  return 'page';
}

/** Closes the tab this page is in (a page Thaw opened, such as the welcome page). */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
