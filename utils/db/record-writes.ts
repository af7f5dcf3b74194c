import { weekOf, type PartRecord, type PartStore } from './export-parts';
import { partWriter, rewriteWeeks, type PartsTx } from './export-parts-write';

/**
 * The only ways a record is written or deleted: each keeps the export parts of the weeks it touched
 * (the record's old week too, when its time changed) up to date in the same transaction, so a part
 * can never disagree with the records. `tx` must span `store` and 'exportParts', read-write.
 */
export async function putRecord(tx: PartsTx, store: PartStore, record: PartRecord): Promise<void> {
  const records = tx.objectStore(store);
  const before = await records.get(record.id);
  await records.put(record);
  await rewriteWeeks(
    partWriter(tx, store),
    store,
    before ? [weekOf(before), weekOf(record)] : [weekOf(record)],
  );
}

/** Deletes one record (nothing happens when there is none with this id), and mends its week's part. */
export async function deleteRecord(tx: PartsTx, store: PartStore, id: string): Promise<void> {
  const records = tx.objectStore(store);
  const before = await records.get(id);
  if (!before) return;
  await records.delete(id);
  await rewriteWeeks(partWriter(tx, store), store, [weekOf(before)]);
}
