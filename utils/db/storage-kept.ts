import { browser } from 'wxt/browser';

/**
 * Whether the browser keeps Thaw's data when the disk runs low, asking for that where it is asked.
 * Chromium: the `unlimitedStorage` permission exempts an extension's storage from eviction (its
 * `persisted()` still answers false), and `persist()` does not exist in the service worker.
 * Firefox: a page asks with `navigator.storage.persist()`. Best effort: false when unsure.
 */
export async function keepStorage(): Promise<boolean> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage?.persisted && (await storage.persisted())) return true;
    if (
      !import.meta.env.FIREFOX &&
      (await browser.permissions.contains({ permissions: ['unlimitedStorage'] }))
    )
      return true;
    return storage?.persist ? await storage.persist() : false;
  } catch {
    return false;
  }
}
