import WebSocket from 'ws';
import type { ConnectionTransport } from 'puppeteer-core';

interface Reply {
  id?: number;
  type?: string;
  result?: unknown;
  error?: string;
  message?: string;
}

/** Ids for our own commands, far above the ones Puppeteer counts up from 1. */
const FIRST_OWN_ID = 1_000_000_000;

/**
 * The WebDriver BiDi connection Puppeteer talks through, with room for a few commands of our own that
 * Puppeteer does not offer (Firefox's own window: its idle clock, its notification window, its console).
 * Their replies come back to us; everything else goes to Puppeteer untouched.
 */
export class BidiTap implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  readonly #socket: WebSocket;
  readonly #waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  #nextId = FIRST_OWN_ID;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data: WebSocket.RawData) => this.#receive(String(data)));
    socket.on('close', () => {
      for (const { reject } of this.#waiting.values()) reject(new Error('The browser connection closed.'));
      this.#waiting.clear();
      this.onclose?.();
    });
  }

  static open(url: string): Promise<BidiTap> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false, followRedirects: true });
      socket.once('open', () => resolve(new BidiTap(socket)));
      socket.once('error', reject);
    });
  }

  send(message: string): void {
    this.#socket.send(message);
  }

  close(): void {
    this.#socket.close();
  }

  /** Sends a command of our own and resolves with its result. */
  command(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  #receive(text: string): void {
    const reply = JSON.parse(text) as Reply;
    const own = reply.id === undefined ? undefined : this.#waiting.get(reply.id);
    if (!own || reply.id === undefined) {
      this.onmessage?.(text);
      return;
    }
    this.#waiting.delete(reply.id);
    if (reply.type === 'error') own.reject(new Error(`${reply.error ?? 'error'}: ${reply.message ?? ''}`));
    else own.resolve(reply.result);
  }
}
