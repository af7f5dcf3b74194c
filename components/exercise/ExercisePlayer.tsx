import { i18n } from '#i18n';
import { useEffect, useRef, type ReactNode } from 'react';
import type { BreathingPhase, Exercise } from '@/utils/content/exercises';
import type { CustomTexts } from '@/utils/exercises/custom-exercise';
import { cueFor, momentKind, type Cue, type Moment } from '@/utils/guidance/cues';
import { dynamicText } from '@/utils/i18n/dynamic-text';
import type { Guidance } from '@/utils/settings/settings';
import { BreathingPacer } from './BreathingPacer';
import { CareNote } from './CareNote';
import { ExerciseArt } from './ExerciseArt';
import { FreeCanvas } from './FreeCanvas';
import { MessageBox } from './MessageBox';
import { SensesNotes } from './SensesNotes';
import type { KeptMessageControl } from './useKeptMessage';
import { usePlayer } from './usePlayer';
import './ExercisePlayer.css';

/** Guidance as the page holds it: the setting, whether a local voice was found, and the adapter. */
export interface GuidancePlayback {
  mode: Guidance;
  hasVoice: boolean;
  play: (cue: Cue) => void;
  silence: () => void;
}

/**
 * Guides one exercise of a break: the current step, time left, progress, pause and stop, and the
 * cues that let it be followed with eyes closed. `part` and `last` place it in a break of one or two
 * exercises; `options` (guidance, breathing count) and `planLine` come from the page.
 */
export function ExercisePlayer(props: {
  exercise: Exercise;
  /** An exercise of the person's own: its texts are theirs, not catalogue keys. */
  texts?: CustomTexts;
  part: number;
  last: boolean;
  startAtSec?: number;
  /** Replayed after a choice in `options` (a breathing count): that choice keeps the focus. */
  afterChoice?: boolean;
  guidance: GuidancePlayback;
  message: KeptMessageControl;
  planLine?: string;
  options?: (cycle: number) => ReactNode;
  onComplete: () => void;
  onStop: () => void;
}) {
  const { exercise, guidance, texts } = props;
  const own = texts !== undefined;
  const { timeline, position, step, paused, togglePause } = usePlayer(exercise, props.startAtSec);
  const completed = useRef(false);
  const seen = useRef<{ index: number; done: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const choices = useRef<HTMLDivElement>(null);

  // Focus starts on the exercise's name; after a choice that replays it, on that choice again.
  const afterChoice = props.afterChoice ?? false;
  useEffect(() => {
    const choice = afterChoice ? choices.current?.querySelector<HTMLElement>('input:checked') : null;
    (choice ?? heading.current)?.focus();
  }, [afterChoice]);

  // Cues follow the steps; a pause silences the voice, and no cue plays while paused.
  const { index, done } = position;
  useEffect(() => {
    const kind = momentKind(seen.current, { index, done });
    // Carried on at another breathing count: the step is not new to the listener.
    const carried = seen.current === null && (props.startAtSec ?? 0) > 0;
    seen.current = { index, done };
    const current = timeline[index];
    if (!kind || !current || carried) return;
    const cueStep = { exerciseId: exercise.id, key: current.key, breathing: !!exercise.breathing };
    const moment: Moment =
      kind === 'end'
        ? { kind: 'end', last: props.last }
        : kind === 'begin'
          ? { kind: 'begin', step: cueStep, part: props.part }
          : { kind: 'step', step: cueStep };
    // The voice reads only catalogue texts: an own exercise is guided by the chimes.
    const mode = own && guidance.mode === 'voice' ? 'chimes' : guidance.mode;
    guidance.play(cueFor(moment, mode, guidance.hasVoice));
  }, [index, done, timeline, exercise, guidance, own, props.last, props.part, props.startAtSec]);

  useEffect(() => {
    if (paused) guidance.silence();
  }, [paused, guidance]);

  useEffect(() => {
    if (position.done && !completed.current) {
      completed.current = true;
      props.onComplete();
    }
  }, [position.done, props]);

  if (!step) return null;
  const cycles = exercise.breathing?.cycles ?? 1;
  // One indicator: a bar, captioned by the breath or the step it is on.
  const caption = exercise.breathing
    ? i18n.t('exercise.breath_of', [String(step.cycle + 1), String(cycles)])
    : i18n.t('exercise.step_of', [String(position.index + 1), String(timeline.length)]);

  function stop() {
    guidance.silence();
    props.onStop();
  }

  return (
    <section className="player" aria-labelledby="exercise-name">
      {props.planLine && <p className="eyebrow muted plan-line">{props.planLine}</p>}
      <h1 id="exercise-name" ref={heading} tabIndex={-1}>
        {texts ? texts.name : dynamicText(`exercises.${exercise.id}.name`)}
      </h1>
      {exercise.breathing ? (
        <BreathingPacer phase={step.key as BreathingPhase} seconds={step.seconds} paused={paused} />
      ) : (
        <>
          <ExerciseArt kind={exercise.kind} step={position.index} paused={paused} />
          <p className="step-text" aria-live="polite">
            {texts
              ? (texts.steps[step.key] ?? '')
              : dynamicText(`exercises.${exercise.id}.steps.${step.key}`)}
          </p>
        </>
      )}
      {exercise.interactive === 'senses' && <SensesNotes stepKey={step.key} count={step.count ?? 1} />}
      {exercise.interactive === 'message' && <MessageBox message={props.message} />}
      {exercise.interactive === 'canvas' && <FreeCanvas />}
      <div className="progress">
        <div
          className="overall"
          role="progressbar"
          aria-label={i18n.t('exercise.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(position.progress * 100)}
          aria-valuetext={caption}
        >
          <span style={{ width: `${position.progress * 100}%` }} />
        </div>
        <p className="muted step-count">{caption}</p>
      </div>
      <div className="player-controls">
        <button type="button" onClick={togglePause}>
          {paused ? i18n.t('exercise.resume') : i18n.t('exercise.pause')}
        </button>
        <button type="button" onClick={stop}>
          {i18n.t('exercise.stop')}
        </button>
      </div>
      <CareNote exercise={exercise} />
      {props.options && (
        <div className="player-options" ref={choices}>
          {props.options(step.cycle)}
        </div>
      )}
      {exercise.notes?.map((note) => (
        <p key={note} className="muted small">
          {dynamicText(`exercises.${exercise.id}.notes.${note}`)}
        </p>
      ))}
    </section>
  );
}
