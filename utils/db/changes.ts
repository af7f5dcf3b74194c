import type { StoreName } from './schema';

/** What changed: tells every open page and the service worker to re-read a store. */
export interface Change {
  store: StoreName;
  /** Ids written or deleted, when known; absent means "anything may have changed". */
  ids?: string[];
}

const CHANNEL_NAME = 'thaw-changes';
type Listener = (change: Change) => void;

const localListeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event: MessageEvent<Change>) => {
      for (const listener of localListeners) listener(event.data);
    };
  }
  return channel;
}

/** Announces a write. BroadcastChannel skips its sender, so listeners in this context hear it directly. */
export function announceChange(change: Change): void {
  for (const listener of localListeners) listener(change);
  getChannel()?.postMessage(change);
}

/** Listens for writes made in any context. Returns the function that stops listening. */
export function onChange(listener: Listener): () => void {
  getChannel();
  localListeners.add(listener);
  return () => localListeners.delete(listener);
}
