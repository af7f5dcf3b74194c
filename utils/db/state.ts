import { announceChange } from './changes';
import { getDb } from './connection';
import type { StateKey, StateValues } from './schema';

/** Reads one small state record by key. */
export async function getState<K extends StateKey>(key: K): Promise<StateValues[K] | undefined> {
  // The store holds one value type per key; the key decides which.
  return (await (await getDb()).get('state', key)) as StateValues[K] | undefined;
}

export async function setState<K extends StateKey>(key: K, value: StateValues[K]): Promise<void> {
  await (await getDb()).put('state', value, key);
  announceChange({ store: 'state', ids: [key] });
}
