import { browser } from 'wxt/browser';

/** Whether now is a bad moment for a reminder: a fullscreen window, or a tab playing sound. */
export async function readEnvironment(): Promise<{ fullscreen: boolean; audible: boolean }> {
  const [windows, audibleTabs] = await Promise.all([
    browser.windows.getAll().catch(() => []),
    // `audible` is readable without the tabs permission.
    browser.tabs.query({ audible: true }).catch(() => []),
  ]);
  return {
    fullscreen: windows.some((w) => w.state === 'fullscreen'),
    audible: audibleTabs.length > 0,
  };
}
