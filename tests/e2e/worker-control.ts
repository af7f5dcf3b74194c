import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Stops the extension's service worker as the browser does when it has been idle, through the
 * DevTools protocol from one of its pages, and waits until the browser reports it stopped.
 * (The browser may start it again at once; what matters is that its memory is gone.)
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
    statuses.push(...e.versions.map((v) => v.runningStatus)),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses).toContain('stopped');
}
