import { browser } from 'wxt/browser';
import { isKeptTime } from '../time/kept-time';

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

/** The longest pause (the options offer an hour or until tomorrow morning). */
export const MAX_PAUSE_MS = 7 * 24 * 60 * 60 * 1000;

const isNull = (payload: unknown): payload is null => payload === null;

/**
 * What each request may carry, in range as well as in type: anything else is refused before a
 * handler sees it. A pause ends at a moment Thaw keeps, at most a week from now (a moment already
 * past resumes, as null does).
 */
const PAYLOADS: { [K in MessageType]: (payload: unknown, now: number) => payload is Protocol[K][0] } = {
  getPlan: isNull,
  breakStarted: isNull,
  breakFinished: isNull,
  snooze: isNull,
  skip: isNull,
  settingsChanged: isNull,
  pause: (payload, now): payload is Protocol['pause'][0] => {
    if (typeof payload !== 'object' || payload === null || !('until' in payload)) return false;
    const { until } = payload;
    return until === null || (isKeptTime(until) && until <= now + MAX_PAUSE_MS);
  },
};

const isMessageType = (type: unknown): type is MessageType =>
  typeof type === 'string' && Object.hasOwn(PAYLOADS, type);

/** The message, when it is one of ours with a payload its handler can use (checked at `now`); else null. */
export function parseMessage(value: unknown, now: number): Message | null {
  if (typeof value !== 'object' || value === null || !('type' in value) || !('payload' in value)) return null;
  const { type, payload } = value;
  return isMessageType(type) && PAYLOADS[type](payload, now) ? { type, payload } : null;
}
