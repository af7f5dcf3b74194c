import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { ExercisePlayer } from '@/components/exercise/ExercisePlayer';
import { HelpLink } from '@/components/HelpLink';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import { parseBreakLink } from '@/utils/break-link';
import { EXERCISE_BY_ID, isExerciseId, type ExerciseId } from '@/utils/content/exercises';
import { putBreak } from '@/utils/db/breaks';
import { newId } from '@/utils/db/ids';
import type { BreakRecord } from '@/utils/db/records';
import { getSettings } from '@/utils/db/settings';
import { send } from '@/utils/messaging/protocol';
import { openExtensionPage } from '@/utils/tabs';
import { ExerciseChooser } from './ExerciseChooser';
import { QuickMood, type QuickAnswer } from './QuickMood';
import { finishBreak, saveQuickCheckin, startBreak } from './record';
import './break.css';

function DoneHeading() {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 id="done-title" ref={ref} tabIndex={-1}>
      {i18n.t('break.thanks')}
    </h1>
  );
}

type Phase = 'before' | 'playing' | 'after' | 'done';

const link = parseBreakLink(location.search);

/** The guided break: an optional "how are you", the exercise, then "how do you feel now". */
export function BreakApp() {
  const [exerciseId, setExerciseId] = useState<ExerciseId | null>(
    link.exerciseId && isExerciseId(link.exerciseId) ? link.exerciseId : null,
  );
  const [phase, setPhase] = useState<Phase>('before');
  const [record, setRecord] = useState<BreakRecord | null>(null);
  const [sound, setSound] = useState(false);
  const breakId = useRef(newId());

  useEffect(() => {
    void getSettings().then((s) => setSound(s.sound));
  }, []);

  // Closing the tab mid-break still ends the break for the scheduler.
  useEffect(() => {
    if (phase !== 'playing') return;
    const onHide = () => void send('breakFinished', null);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [phase]);

  if (!exerciseId) return <ExerciseChooser onChoose={setExerciseId} />;
  const chosen = exerciseId;
  const exercise = EXERCISE_BY_ID[chosen];

  async function begin(answer: QuickAnswer | null) {
    const before = answer ? await saveQuickCheckin(answer, 'before_break', breakId.current) : undefined;
    setRecord(await startBreak(breakId.current, { origin: link.origin, exerciseId: chosen }, before));
    setPhase('playing');
  }

  async function end(outcome: 'completed' | 'stopped') {
    if (record) setRecord(await finishBreak(record, { outcome }));
    setPhase('after');
  }

  async function after(answer: QuickAnswer | null) {
    if (record && answer) {
      const afterCheckinId = await saveQuickCheckin(answer, 'after_break', record.id);
      setRecord(await putBreak({ ...record, afterCheckinId }));
    }
    setPhase('done');
  }

  async function notNow(kind: 'snooze' | 'skip') {
    await send(kind, null);
    window.close();
  }

  return (
    <main className="break-page">
      {phase === 'before' && (
        <>
          <p className="eyebrow muted">{i18n.t(`exercises.${chosen}.name`)}</p>
          <QuickMood question={i18n.t('break.before_question')} onAnswer={(a) => void begin(a)} />
          {link.origin === 'reminder' && (
            <p className="not-now">
              <button type="button" onClick={() => void notNow('snooze')}>
                {i18n.t('break.snooze')}
              </button>{' '}
              <button type="button" onClick={() => void notNow('skip')}>
                {i18n.t('break.skip')}
              </button>
            </p>
          )}
        </>
      )}
      {phase === 'playing' && (
        <ExercisePlayer
          exercise={exercise}
          sound={sound}
          onComplete={() => void end('completed')}
          onStop={() => void end('stopped')}
        />
      )}
      {phase === 'after' && (
        <QuickMood question={i18n.t('break.after_question')} onAnswer={(a) => void after(a)} />
      )}
      {phase === 'done' && (
        <section className="done" aria-labelledby="done-title" role="status">
          <DoneHeading />
          <p className="muted">{i18n.t('break.thanks_detail')}</p>
          <p>
            <button type="button" className="primary" onClick={() => window.close()}>
              {i18n.t('break.close')}
            </button>{' '}
            <button type="button" onClick={() => void openExtensionPage('journal.html')}>
              {i18n.t('common.open_journal')}
            </button>
          </p>
        </section>
      )}
      <footer className="break-footer">
        <HelpLink />
      </footer>
    </main>
  );
}
