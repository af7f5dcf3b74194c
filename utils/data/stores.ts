import { announceChange } from '../db/changes';
import type { StoreName } from '../db/schema';

/** Every store of the database; a store added to StoreName must be listed here to compile. */
const EVERY_STORE: Record<StoreName, true> = {
  checkins: true,
  entries: true,
  breaks: true,
  exercises: true,
  settings: true,
  state: true,
};
export const ALL_STORES = Object.keys(EVERY_STORE) as StoreName[];

/** After an import or a delete anything may have changed: every open page re-reads every store. */
export function announceEveryStore(): void {
  for (const store of ALL_STORES) announceChange({ store });
}
