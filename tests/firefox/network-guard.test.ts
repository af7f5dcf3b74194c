import { describe, expect, it } from 'vitest';
import { leftTheMachine, requestHost } from './network-guard';

describe('network guard', () => {
  it('reads the host of proxied and tunnelled requests', () => {
    expect(requestHost('GET http://dummy.test/dummy/blocklist/')).toBe('dummy.test');
    expect(requestHost('CONNECT example.com:443')).toBe('example.com');
    expect(requestHost('CONNECT 127.0.0.1:8080')).toBe('127.0.0.1');
  });

  it("lets through only the browser's own services, which the profile sends nowhere", () => {
    expect(
      leftTheMachine([
        'GET http://dummy.test/dummy/blocklist//buckets/monitor/collections/changes/changeset',
        'CONNECT firefox.settings.services.mozilla.com:443',
        'GET http://example.com/track?mood=low',
        'CONNECT localhost:3000',
      ]),
    ).toEqual([
      'CONNECT firefox.settings.services.mozilla.com:443',
      'GET http://example.com/track?mood=low',
      'CONNECT localhost:3000',
    ]);
  });
});
