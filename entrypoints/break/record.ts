import { putBreak } from '@/utils/db/breaks';
import { putCheckin } from '@/utils/db/checkins';
import { newId } from '@/utils/db/ids';
import type { BreakOrigin, BreakRecord, CheckinSource } from '@/utils/db/records';
import { send } from '@/utils/messaging/protocol';
import type { QuickAnswer } from './QuickMood';

/** Saves a one-tap answer as a check-in tied to the break; returns its id. */
export async function saveQuickCheckin(
  answer: QuickAnswer,
  source: CheckinSource,
  breakId: string,
): Promise<string> {
  const checkin = await putCheckin({
    id: newId(),
    at: Date.now(),
    pleasantness: answer.pleasantness,
    energy: null,
    emotions: answer.emotions,
    body: [],
    note: '',
    source,
    breakId,
  });
  return checkin.id;
}

/** Starts a break: tells the scheduler (which pauses the session) and records it. */
export async function startBreak(
  id: string,
  link: { origin: BreakOrigin; exerciseId: string },
  beforeCheckinId: string | undefined,
): Promise<BreakRecord> {
  const { snoozes } = await send('breakStarted', null).catch(() => ({ snoozes: 0 }));
  return putBreak({
    id,
    at: Date.now(),
    outcome: 'started',
    origin: link.origin,
    exerciseId: link.exerciseId,
    snoozes: link.origin === 'reminder' ? snoozes : 0,
    ...(beforeCheckinId ? { beforeCheckinId } : {}),
  });
}

/** Ends a break, completed or stopped early, and lets a fresh session begin. */
export async function finishBreak(record: BreakRecord, patch: Partial<BreakRecord>): Promise<BreakRecord> {
  const done = await putBreak({ ...record, endedAt: Date.now(), ...patch });
  await send('breakFinished', null).catch(() => null);
  return done;
}
