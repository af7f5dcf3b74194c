import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { CareNote } from '@/components/exercise/CareNote';
import { ExerciseArt } from '@/components/exercise/ExerciseArt';
import { ExercisePlayer } from '@/components/exercise/ExercisePlayer';
import { PaceChoice } from '@/components/exercise/PaceChoice';
import { useCustomExercises } from '@/components/exercise/useCustomExercises';
import { useKeptMessage } from '@/components/exercise/useKeptMessage';
import { GuidanceChoice } from '@/components/guidance/GuidanceChoice';
import { useGuidance } from '@/components/guidance/useGuidance';
import { useFocusOnMount } from '@/components/useFocusOnMount';
import { useSettings } from '@/components/useSettings';
import { breakPagePath, breakPageTakes, parseBreakLink, type BreakPageStage } from '@/utils/break-link';
import { onBreakRequest } from '@/utils/break-requests';
import { isFreshCheckin } from '@/utils/breaks/fresh-checkin';
import { planAsWritten, planBreak, planOptionsFrom, roundMinutes, type BreakPlan } from '@/utils/breaks/plan';
import { EXERCISE_BY_ID, isExerciseId, stepsLengthSec } from '@/utils/content/exercises';
import {
  customTexts,
  isCustomExerciseId,
  playableOf,
  type CustomExercise,
  type CustomTexts,
} from '@/utils/exercises/custom-exercise';
import type { PlanOptions } from '@/utils/breaks/plan';
import type { Settings } from '@/utils/settings/settings';
import { putBreak } from '@/utils/db/breaks';
import { getCheckin } from '@/utils/db/checkins';
import { getCustomExercise } from '@/utils/db/custom-exercises';
import { newId } from '@/utils/db/ids';
import type { BreakRecord } from '@/utils/db/records';
import { getSettings } from '@/utils/db/settings';
import { send } from '@/utils/messaging/protocol';
import { openExtensionPage } from '@/utils/tabs';
import { ExerciseChooser } from './ExerciseChooser';
import { KeptMessageCard } from './KeptMessageCard';
import { DoneMoment } from './DoneMoment';
import { AfterQuestion, BeforeQuestion, type QuickAnswer } from './QuickMood';
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

/** 'starting': a check-in just made in the popup is being read, to stand as the before-answer. */
type Phase = 'starting' | 'before' | 'playing' | 'after' | 'done';

const link = parseBreakLink(location.search);
// A built-in exercise, or one of the person's own (suggested after a check-in); anything else opens the list.
const linkedExercise =
  link.exerciseId && (isExerciseId(link.exerciseId) || isCustomExerciseId(link.exerciseId))
    ? link.exerciseId
    : null;

function stageOf(exerciseId: string | null, phase: Phase): BreakPageStage {
  if (!exerciseId) return 'choosing';
  switch (phase) {
    case 'starting':
    case 'before':
      return 'ready';
    case 'playing':
      return 'running';
    case 'after':
      return 'after';
    case 'done':
      return 'finished';
  }
}

/** The intro's heading: the exercise (or two) to come, focused as the page or the choice opens. */
function IntroHeading(props: { children: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1}>
      {props.children}
    </h1>
  );
}

/** The break for a chosen exercise: a built-in one as planned, an own one as written. */
function planFor(id: string, own: CustomExercise | undefined, options: PlanOptions): BreakPlan | null {
  if (isExerciseId(id)) return planBreak(id, options);
  return own ? planAsWritten(playableOf(own)) : null;
}

/**
 * Starts the break: records the before-answer (or names the fresh check-in that was it) and fixes
 * the plan, so a setting changed elsewhere does not reshape a break under way.
 */
async function beginBreak(start: {
  breakId: string;
  chosen: string;
  own?: CustomExercise | undefined;
  settings?: Settings | null | undefined;
  answer?: QuickAnswer | null;
  checkinId?: string;
}): Promise<{ record: BreakRecord; plan: BreakPlan; texts?: CustomTexts } | null> {
  const options = planOptionsFrom(start.settings ?? (await getSettings()));
  const own =
    start.own ?? (isCustomExerciseId(start.chosen) ? await getCustomExercise(start.chosen) : undefined);
  // An own exercise deleted meanwhile has nothing to play: nothing starts.
  const plan = planFor(start.chosen, own, options);
  if (!plan) return null;
  const before = start.answer
    ? await saveQuickCheckin(start.answer, 'before_break', start.breakId)
    : start.checkinId;
  const record = await startBreak(start.breakId, { origin: link.origin, exerciseId: start.chosen }, before);
  // An own exercise's words are fixed with its plan: an edit or a delete elsewhere leaves this break be.
  return { record, plan, ...(own ? { texts: customTexts(own) } : {}) };
}

/** "Box breathing, then Body scan". */
function namesOf(plan: BreakPlan, texts: CustomTexts | undefined): string {
  const names = plan.parts.map(({ exercise: { id } }) =>
    isExerciseId(id) ? i18n.t(`exercises.${id}.name`) : texts && isCustomExerciseId(id) ? texts.name : '',
  );
  return names.length > 1 ? i18n.t('break.then', [names[0] ?? '', names[1] ?? '']) : (names[0] ?? '');
}

/** "About 9 min in all", or "Part 1 of 2 · about 9 min in all". */
function totalLine(plan: BreakPlan, part: number | null): string {
  const minutes = String(roundMinutes(plan.totalSec));
  return part === null || plan.parts.length < 2
    ? i18n.t('break.total', [minutes])
    : i18n.t('break.part_total', [String(part + 1), String(plan.parts.length), minutes]);
}

/**
 * The guided break: an optional "how are you" and one Start (none when a check-in just answered
 * it), the exercise (or two, for a longer break: see utils/breaks/plan.ts), a short "done" moment,
 * then "how do you feel now". A Reach out message is kept across all of it. Asked for another
 * break from elsewhere, the page turns to it only when no break is under way (breakPageTakes).
 */
export function BreakApp() {
  const [exerciseId, setExerciseId] = useState<string | null>(linkedExercise);
  const ownList = useCustomExercises();
  const [phase, setPhase] = useState<Phase>(linkedExercise && link.checkinId ? 'starting' : 'before');
  const [stopped, setStopped] = useState(false);
  const [record, setRecord] = useState<BreakRecord | null>(null);
  const { settings, save } = useSettings();
  // Fixed when the break starts, so a setting changed elsewhere does not reshape a break under way.
  const [plan, setPlan] = useState<BreakPlan | null>(null);
  const [planTexts, setPlanTexts] = useState<CustomTexts | undefined>(undefined);
  const [part, setPart] = useState(0);
  // A breathing count changed mid-exercise carries on from the same breath (a fresh player).
  const [carry, setCarry] = useState({ key: 0, startAtSec: 0, afterChoice: false });
  const message = useKeptMessage();
  const guidanceMode = settings?.guidance ?? 'off';
  const guidance = useGuidance(guidanceMode);
  const breakId = useRef(newId());

  const stage = useRef<BreakPageStage>(stageOf(exerciseId, phase));
  useEffect(() => {
    stage.current = stageOf(exerciseId, phase);
  }, [exerciseId, phase]);
  useEffect(
    () =>
      onBreakRequest((request) => {
        if (breakPageTakes(stage.current, request)) location.replace(breakPagePath(request));
      }),
    [],
  );

  // Started from a check-in's suggestion: that check-in is the before-answer, so the exercise runs.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || !linkedExercise || !link.checkinId) return;
    checked.current = true;
    const checkinId = link.checkinId;
    // A reload is a new break: it asks again rather than reusing the check-in.
    history.replaceState(null, '', breakPagePath({ origin: link.origin, exerciseId: linkedExercise }));
    void getCheckin(checkinId)
      .catch(() => undefined)
      .then(async (checkin) => {
        if (!isFreshCheckin(checkin, Date.now())) return setPhase('before');
        const started = await beginBreak({
          breakId: breakId.current,
          chosen: linkedExercise,
          checkinId: checkin.id,
        });
        if (!started) return setPhase('before');
        setRecord(started.record);
        setPlan(started.plan);
        setPlanTexts(started.texts);
        setPhase('playing');
      })
      // Nothing could be read or written: the page asks, as for any break, rather than wait forever.
      .catch(() => setPhase('before'));
  }, []);

  // Closing the tab mid-break still ends the break for the scheduler.
  useEffect(() => {
    if (phase !== 'playing') return;
    const onHide = () => void send('breakFinished', null);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [phase]);

  const kept = <KeptMessageCard message={message} />;
  // A link to an own exercise that no longer exists opens the list, before anything has started.
  const missing =
    exerciseId !== null &&
    isCustomExerciseId(exerciseId) &&
    ownList !== null &&
    !ownList.some((exercise) => exercise.id === exerciseId) &&
    (phase === 'before' || phase === 'starting');
  if (!exerciseId || missing) {
    return (
      <ExerciseChooser
        plan={settings && planOptionsFrom(settings)}
        own={ownList ?? []}
        onChoose={setExerciseId}
      >
        {kept}
      </ExerciseChooser>
    );
  }
  const chosen = exerciseId;
  const own = ownList?.find((exercise) => exercise.id === chosen);
  const texts = own && customTexts(own);
  const preview = settings ? planFor(chosen, own, planOptionsFrom(settings)) : null;
  const chosenName = texts ? texts.name : isExerciseId(chosen) ? i18n.t(`exercises.${chosen}.name`) : '';

  async function begin(answer: QuickAnswer | null) {
    const started = await beginBreak({ breakId: breakId.current, chosen, own, settings, answer });
    if (!started) return;
    setRecord(started.record);
    setPlan(started.plan);
    setPlanTexts(started.texts);
    setPhase('playing');
  }

  async function end(outcome: 'completed' | 'stopped') {
    setStopped(outcome === 'stopped');
    if (record) setRecord(await finishBreak(record, { outcome }));
    setPhase('after');
  }

  function next() {
    if (plan && part + 1 < plan.parts.length) {
      setPart(part + 1);
      setCarry({ key: carry.key + 1, startAtSec: 0, afterChoice: false });
    } else void end('completed');
  }

  function changePace(gentler: boolean, cycle: number) {
    void save('gentlerBreathing', gentler);
    if (!settings || !isExerciseId(chosen)) return;
    const replanned = planBreak(chosen, { ...planOptionsFrom(settings), gentler });
    const exercise = replanned.parts[part]?.exercise;
    const cycles = exercise?.breathing?.cycles ?? 1;
    setPlan(replanned);
    setCarry({
      key: carry.key + 1,
      afterChoice: true,
      startAtSec: exercise ? Math.min(cycle, cycles - 1) * stepsLengthSec(exercise) : 0,
    });
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

  const playing = plan?.parts[part];
  const guidanceChoice = (
    <GuidanceChoice
      inline
      value={guidanceMode}
      voice={guidance.voice}
      onChange={(choice) => void save('guidance', choice)}
    />
  );

  return (
    <main className="break-page">
      {(phase === 'before' || phase === 'starting') && (
        <div className="break-stage">
          {preview && <p className="eyebrow muted plan-total">{totalLine(preview, null)}</p>}
          <IntroHeading>{preview ? namesOf(preview, texts) : chosenName}</IntroHeading>
          <ExerciseArt
            kind={
              isExerciseId(chosen)
                ? EXERCISE_BY_ID[chosen].kind
                : (preview?.parts[0]?.exercise.kind ?? 'rest')
            }
            step={0}
          />
          {preview?.parts[0] && <CareNote exercise={preview.parts[0].exercise} />}
          {phase === 'before' && (
            <BeforeQuestion question={i18n.t('break.before_question')} onStart={(a) => void begin(a)} />
          )}
          {phase === 'before' && link.origin === 'reminder' && (
            <p className="not-now">
              <button type="button" className="link" onClick={() => void notNow('snooze')}>
                {i18n.t('break.snooze')}
              </button>{' '}
              <button type="button" className="link" onClick={() => void notNow('skip')}>
                {i18n.t('break.skip')}
              </button>
            </p>
          )}
          {kept}
        </div>
      )}
      {phase === 'playing' && plan && playing && (
        <div className="break-stage">
          <ExercisePlayer
            key={`${part}-${carry.key}`}
            exercise={playing.exercise}
            {...(planTexts ? { texts: planTexts } : {})}
            part={part}
            last={part === plan.parts.length - 1}
            startAtSec={carry.startAtSec}
            afterChoice={carry.afterChoice}
            guidance={{
              mode: guidanceMode,
              hasVoice: guidance.voice.status === 'found',
              play: guidance.play,
              silence: guidance.silence,
            }}
            message={message}
            planLine={totalLine(plan, part)}
            options={(cycle) => (
              <>
                {playing.exercise.breathing?.gentler && (
                  <PaceChoice
                    gentler={settings?.gentlerBreathing ?? false}
                    onChange={(gentler) => changePace(gentler, cycle)}
                  />
                )}
                {guidanceChoice}
              </>
            )}
            onComplete={next}
            onStop={() => void end('stopped')}
          />
        </div>
      )}
      {phase === 'after' && (
        <div className="break-stage">
          <DoneMoment stopped={stopped}>
            <AfterQuestion question={i18n.t('break.after_question')} onAnswer={(a) => void after(a)} />
          </DoneMoment>
          {kept}
        </div>
      )}
      {phase === 'done' && (
        <div className="break-stage">
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
          {kept}
        </div>
      )}
    </main>
  );
}
