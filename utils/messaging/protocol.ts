import { browser } from 'wxt/browser';

/** What the pages can see of the break plan. */
export interface Plan {
  /** When the next break will be suggested, or null while none is planned (idle, paused, on a break). */
  nextReminderAt: number | null;
  /** Reminders are paused until this moment, or null. */
  pausedUntil: number | null;
  /** A reminder is showing and waiting for an answer. */
  reminderPending: boolean;
  /** The exercise the pending or next reminder suggests. */
  exerciseId: string | null;
}

/**
 * The one message contract between pages and the background: request name -> [payload, reply].
 * Everything else (records, settings) pages read and write directly through utils/db.
 */
export interface Protocol {
  getPlan: [null, Plan];
  /** A break began on the break page. Replies with how often its reminder was snoozed. */
  breakStarted: [null, { snoozes: number }];
  /** The break page closed its break (completed or stopped): a fresh session begins. */
  breakFinished: [null, null];
  snooze: [null, null];
  skip: [null, null];
  /** Pause reminders until a moment, or resume (null). */
  pause: [{ until: number | null }, null];
  /** Settings were saved: re-plan now (this also wakes a sleeping worker). */
  settingsChanged: [null, null];
}

export type MessageType = keyof Protocol;
export interface Message<K extends MessageType = MessageType> {
  type: K;
  payload: Protocol[K][0];
}

/** Sends a typed request to the background and returns its typed reply. */
export async function send<K extends MessageType>(type: K, payload: Protocol[K][0]): Promise<Protocol[K][1]> {
  const message: Message<K> = { type, payload };
  return (await browser.runtime.sendMessage(message)) as Protocol[K][1];
}

/** A background handler per request type. */
export type Handlers = { [K in MessageType]: (payload: Protocol[K][0]) => Promise<Protocol[K][1]> };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}
