/**
 * What a browser can do, where Thaw behaves or speaks differently because of it. One table, read by
 * the background (what a reminder carries) and by the pages (how reminders are described), so the
 * two never disagree.
 */
export interface BrowserTraits {
  /**
   * Notifications carry buttons and stay until answered (Chrome, Edge). Firefox has neither: its
   * notification goes away by itself, and a click on it is the only answer it takes.
   */
  notificationButtons: boolean;
}

const CHROMIUM: BrowserTraits = { notificationButtons: true };
const FIREFOX: BrowserTraits = { notificationButtons: false };

/** The traits of the browser a build is for (WXT's `import.meta.env.BROWSER`: chrome, edge, firefox…). */
export function browserTraits(browser: string): BrowserTraits {
  return browser === 'firefox' ? FIREFOX : CHROMIUM;
}
