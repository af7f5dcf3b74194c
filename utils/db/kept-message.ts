import { announceChange } from './changes';
import { getDb } from './connection';

/** A message written in "Reach out" and not yet copied or thrown away. */
export interface KeptMessage {
  text: string;
  /** When it was last changed. */
  at: number;
}

/**
 * 'kept': on the device, until it is copied or thrown away. 'page_only': the passphrase lock is on,
 * and the break page cannot open what the lock seals, so the message lives only in the open page.
 */
export type KeepResult = 'kept' | 'page_only';

/**
 * Keeps the message as it is typed, or forgets it when it is blank. It is kept readable, so only while
 * the lock is off: the lock is checked in the write's own transaction, and while it is on no copy is
 * kept (one written before the lock was turned on is removed).
 */
export async function keepMessage(text: string, now: number): Promise<KeepResult> {
  const tx = (await getDb()).transaction('state', 'readwrite');
  const locked = (await tx.store.get('vault')) !== undefined;
  const writes =
    locked || text.trim() === ''
      ? tx.store.delete('reachOutMessage')
      : tx.store.put({ text, at: now }, 'reachOutMessage');
  await Promise.all([writes, tx.done]);
  announceChange({ store: 'state', ids: ['reachOutMessage'] });
  return locked ? 'page_only' : 'kept';
}

/** The kept message, if any, and whether the lock is on now (then it is no longer kept once edited). */
export async function readKeptMessage(): Promise<{ message: KeptMessage | undefined; locked: boolean }> {
  const tx = (await getDb()).transaction('state');
  const [message, vault] = await Promise.all([tx.store.get('reachOutMessage'), tx.store.get('vault')]);
  await tx.done;
  return { message: isKeptMessage(message) ? message : undefined, locked: vault !== undefined };
}

/** Forgets the kept message (copied, or thrown away). */
export async function forgetMessage(): Promise<void> {
  await (await getDb()).delete('state', 'reachOutMessage');
  announceChange({ store: 'state', ids: ['reachOutMessage'] });
}

function isKeptMessage(value: unknown): value is KeptMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'at' in value &&
    typeof value.at === 'number'
  );
}
