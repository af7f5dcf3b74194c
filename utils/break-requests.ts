import type { BreakLink } from './break-link';

/**
 * Asks an open break page for another break. The page itself decides (breakPageTakes in
 * break-link.ts): a break under way is never replaced, so the asker only brings the tab forward.
 */
const CHANNEL_NAME = 'thaw-break-requests';

export function requestBreak(link: BreakLink): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(link);
  channel.close();
}

/** Hears requests for a break made from other pages. Returns the function that stops listening. */
export function onBreakRequest(listener: (link: BreakLink) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<BreakLink>) => listener(event.data);
  return () => channel.close();
}
