/** The part of an idb object store the reader needs (any store keyed by a record's `id`). */
export interface PagedSource<T extends { id: string }> {
  getAll(query?: IDBKeyRange | null, count?: number): Promise<T[]>;
}

/** Records per read: big pages are fast, small ones keep memory flat. */
export const PAGE_SIZE = 500;

/**
 * Walks a store in key order, a page at a time, each page starting after the last key seen
 * (a keyset cursor). Much faster than a per-record cursor, and only one page is held at a time.
 * `onPage` must be synchronous so the transaction stays open between pages.
 */
export async function readInPages<T extends { id: string }>(
  source: PagedSource<T>,
  onPage: (records: T[]) => void,
  pageSize = PAGE_SIZE,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page = await source.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), pageSize);
    if (page.length > 0) onPage(page);
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.id;
  }
}
