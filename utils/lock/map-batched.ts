/** How many WebCrypto calls are in flight at once: enough to keep its threads busy, few enough to stay light. */
export const CRYPTO_BATCH = 256;

/**
 * Maps items through an async step a batch at a time (each batch in parallel), in order. Thousands
 * of decryptions at once would hold thousands of promises and buffers; one at a time would be slow.
 * A RangeError for a batch size that is not a positive whole number (it would never finish).
 */
export async function mapBatched<T, U>(
  items: readonly T[],
  step: (item: T) => Promise<U>,
  onProgress?: (done: number) => void,
  batch = CRYPTO_BATCH,
): Promise<U[]> {
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`Bad batch size: ${batch}`);
  const out: U[] = [];
  for (let start = 0; start < items.length; start += batch) {
    out.push(...(await Promise.all(items.slice(start, start + batch).map((item) => step(item)))));
    onProgress?.(out.length);
  }
  return out;
}
