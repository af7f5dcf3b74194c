import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import { putCheckin } from './checkins';
import { closeDb, getDb } from './connection';
import { DB_NAME, DB_VERSION } from './schema';

describe('database connection', () => {
  it('shares one connection between callers', async () => {
    expect(await getDb()).toBe(await getDb());
  });

  it('never blocks an upgrade started elsewhere (e.g. a newer version of the extension)', async () => {
    await putCheckin(makeCheckin({ id: 'kept' }));
    let blocked = false;
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      blocked: () => {
        blocked = true;
      },
    });
    expect(blocked).toBe(false);
    expect(await newer.get('checkins', 'kept')).toMatchObject({ id: 'kept' });
    newer.close();
  });

  it('reopens lazily after the connection was closed', async () => {
    await putCheckin(makeCheckin({ id: 'again' }));
    await closeDb();
    expect(await (await getDb()).get('checkins', 'again')).toMatchObject({ id: 'again' });
  });
});
