import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Where the profile points Firefox's own services (Puppeteer's profile defaults and the Remote Settings
 * server): an address that never resolves. Requests there are the browser's, not the add-on's.
 */
export const FIREFOX_SERVICES_HOST = 'dummy.test';

/** The host a proxied request was for: "GET http://host/path" or "CONNECT host:443". */
export function requestHost(request: string): string {
  const target = request.slice(request.indexOf(' ') + 1);
  // A tunnel names host:port; a proxied request, a whole address.
  return new URL(target.includes('://') ? target : `tunnel://${target}`).hostname;
}

/** The requests that would have left the machine for anything but the browser's own (blocked) services. */
export function leftTheMachine(requests: readonly string[]): string[] {
  return requests.filter((request) => requestHost(request) !== FIREFOX_SERVICES_HOST);
}

export interface NetworkGuard {
  /** The port the profile sends every request to (see profile.ts). */
  port: number;
  /** Every request Firefox made, answered with a refusal. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A proxy that every request of the browser goes through (the add-on's background and popup included,
 * which the driver's own network events do not see) and that refuses them all: nothing leaves the machine,
 * and each request is recorded so a test can fail on it. The add-on's own files (moz-extension://) never
 * reach a proxy.
 */
export async function startNetworkGuard(): Promise<NetworkGuard> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method ?? 'GET'} ${request.url ?? ''}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request: http.IncomingMessage, socket: Duplex) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
