import { browser } from 'wxt/browser';

/**
 * Opens one of our pages in a tab, focusing an already-open one instead of opening a second.
 * `path` may carry a query (break.html?exercise=x); matching ignores the query.
 */
export async function openExtensionPage(path: string): Promise<void> {
  const url = browser.runtime.getURL(path as '/journal.html');
  const base = url.split('?')[0] ?? url;
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true, ...(url === existing.url ? {} : { url }) });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url });
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
