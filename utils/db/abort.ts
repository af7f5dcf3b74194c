/**
 * Aborts a transaction after a failure, so none of the requests it made commit, and waits until it
 * has ended. Quiet when it already ended (aborted by the failure itself, or finished).
 */
export async function abortAndSettle(
  tx: { abort(): void; done: Promise<void> },
  requests: readonly Promise<unknown>[] = [],
): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already aborted, or finished: nothing more to undo.
  }
  await Promise.allSettled([...requests, tx.done]);
}
