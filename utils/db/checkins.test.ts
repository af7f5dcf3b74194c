import { describe, expect, it } from 'vitest';
import { makeCheckin } from '@/tests/unit/factories';
import { onChange } from './changes';
import { checkinsBetween, getCheckin, latestCheckin, putCheckin } from './checkins';
import { getDb } from './connection';

describe('checkins store', () => {
  it('saves a check-in and reads it back unchanged', async () => {
    const checkin = makeCheckin({ note: 'heavy morning', emotions: ['numb', 'cant_tell'] });
    await putCheckin(checkin);
    expect(await (await getDb()).get('checkins', checkin.id)).toEqual(checkin);
  });

  it('finds the latest by time, not by insertion order', async () => {
    await putCheckin(makeCheckin({ id: 'late', at: 3000 }));
    await putCheckin(makeCheckin({ id: 'early', at: 1000 }));
    expect((await latestCheckin())?.id).toBe('late');
  });

  it('reads one check-in by id, and nothing for an unknown id', async () => {
    const checkin = makeCheckin({ id: 'one' });
    await putCheckin(checkin);
    expect(await getCheckin('one')).toEqual(checkin);
    expect(await getCheckin('other')).toBeUndefined();
  });

  it('returns nothing as the latest of an empty store', async () => {
    expect(await latestCheckin()).toBeUndefined();
  });

  it('lists a time range oldest first, end excluded', async () => {
    for (const at of [500, 1000, 1500, 2000]) await putCheckin(makeCheckin({ id: `at-${at}`, at }));
    const ids = (await checkinsBetween(1000, 2000)).map((c) => c.id);
    expect(ids).toEqual(['at-1000', 'at-1500']);
  });

  it('announces each write on the change channel', async () => {
    const heard: unknown[] = [];
    const stop = onChange((change) => heard.push(change));
    await putCheckin(makeCheckin({ id: 'x' }));
    stop();
    expect(heard).toEqual([{ store: 'checkins', ids: ['x'] }]);
  });
});
