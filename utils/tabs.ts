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
