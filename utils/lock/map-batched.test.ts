import { describe, expect, it, vi } from 'vitest';
import { CRYPTO_BATCH, mapBatched } from './map-batched';

/** Resolves after `ms` on the timer queue, so later items can finish before earlier ones. */
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A step that counts how many calls are running at once. */
function trackingStep() {
  let running = 0;
  const seen = { most: 0, calls: 0 };
  const step = async (n: number) => {
    running++;
    seen.calls++;
    seen.most = Math.max(seen.most, running);
    await after(n % 3);
    running--;
    return n * 10;
  };
  return { step, seen };
}

describe('mapBatched', () => {
  it('keeps the input order even when later items finish first', async () => {
    const items = [5, 4, 3, 2, 1, 0];
    const out = await mapBatched(
      items,
      async (n) => {
        await after(n);
        return `#${n}`;
      },
      undefined,
      4,
    );
    expect(out).toEqual(['#5', '#4', '#3', '#2', '#1', '#0']);
  });

  it('never runs more than one batch at once, and does run a whole batch together', async () => {
    const { step, seen } = trackingStep();
    const items = Array.from({ length: 23 }, (_, i) => i);
    const out = await mapBatched(items, step, undefined, 5);
    expect(out).toEqual(items.map((n) => n * 10));
    expect(seen.calls).toBe(23);
    expect(seen.most).toBe(5);
  });

  it('uses CRYPTO_BATCH by default', async () => {
    const { step, seen } = trackingStep();
    const items = Array.from({ length: CRYPTO_BATCH * 2 + 7 }, (_, i) => i);
    expect((await mapBatched(items, step)).length).toBe(items.length);
    expect(seen.most).toBe(CRYPTO_BATCH);
  });

  it('reports how many are done after each batch, ending at the total', async () => {
    const progress = vi.fn();
    await mapBatched([1, 2, 3, 4, 5, 6, 7], async (n) => n, progress, 3);
    expect(progress.mock.calls).toEqual([[3], [6], [7]]);
  });

  it('maps nothing to nothing without calling the step or reporting', async () => {
    const step = vi.fn(async (n: number) => n);
    const progress = vi.fn();
    expect(await mapBatched([], step, progress)).toEqual([]);
    expect(step).not.toHaveBeenCalled();
    expect(progress).not.toHaveBeenCalled();
  });

  it('rejects with the first failure and starts no later batch', async () => {
    const step = vi.fn(async (n: number) => {
      if (n === 4) throw new Error('bad item 4');
      return n;
    });
    const progress = vi.fn();
    await expect(mapBatched([1, 2, 3, 4, 5, 6, 7, 8, 9], step, progress, 3)).rejects.toThrow('bad item 4');
    expect(step.mock.calls.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.mock.calls).toEqual([[3]]);
  });

  it('refuses a batch size that could never finish', async () => {
    const step = vi.fn(async (n: number) => n);
    for (const batch of [0, -1, 1.5, Number.NaN]) {
      await expect(mapBatched([1], step, undefined, batch)).rejects.toBeInstanceOf(RangeError);
    }
    expect(step).not.toHaveBeenCalled();
  });
});
