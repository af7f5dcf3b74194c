import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import type { BreathingPhase, Exercise } from '@/utils/content/exercises';
import { dynamicText } from '@/utils/i18n/dynamic-text';
import { useFocusOnMount } from '../useFocusOnMount';
import { BreathingPacer } from './BreathingPacer';
import { FreeCanvas } from './FreeCanvas';
import { MessageBox } from './MessageBox';
import { SensesNotes } from './SensesNotes';
import { useChime } from './useChime';
import { usePlayer } from './usePlayer';
import './ExercisePlayer.css';

/** Guides one exercise: the current step, time left, progress, pause and stop. */
export function ExercisePlayer(props: {
  exercise: Exercise;
  sound: boolean;
  onComplete: () => void;
  onStop: () => void;
}) {
  const { exercise } = props;
  const { timeline, position, step, paused, togglePause } = usePlayer(exercise);
  const chime = useChime(props.sound);
  const completed = useRef(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    if (position.index > 0) chime();
  }, [position.index, chime]);

  useEffect(() => {
    if (position.done && !completed.current) {
      completed.current = true;
      props.onComplete();
    }
  }, [position.done, props]);

  if (!step) return null;
  const cycles = exercise.breathing?.cycles ?? 1;
  const seconds = Math.ceil(position.stepRemaining);

  return (
    <section className="player" aria-labelledby="exercise-name">
      <h1 id="exercise-name" ref={heading} tabIndex={-1}>
        {dynamicText(`exercises.${exercise.id}.name`)}
      </h1>
      {exercise.breathing ? (
        <>
          <BreathingPacer
            phase={step.key as BreathingPhase}
            seconds={step.seconds}
            remaining={position.stepRemaining}
            paused={paused}
          />
          <p className="muted">{i18n.t('exercise.breath_of', [String(step.cycle + 1), String(cycles)])}</p>
        </>
      ) : (
        <>
          <p className="step-text" aria-live="polite">
            {dynamicText(`exercises.${exercise.id}.steps.${step.key}`)}
          </p>
          <p className="muted step-time">{i18n.t('exercise.seconds_left', [String(seconds)])}</p>
        </>
      )}
      {exercise.interactive === 'senses' && <SensesNotes stepKey={step.key} count={step.count ?? 1} />}
      {exercise.interactive === 'message' && <MessageBox />}
      {exercise.interactive === 'canvas' && <FreeCanvas />}
      <div
        className="overall"
        role="progressbar"
        aria-label={i18n.t('exercise.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(position.progress * 100)}
      >
        <span style={{ width: `${position.progress * 100}%` }} />
      </div>
      <p className="muted step-count">
        {i18n.t('exercise.step_of', [String(position.index + 1), String(timeline.length)])}
      </p>
      <div className="player-controls">
        <button type="button" onClick={togglePause}>
          {paused ? i18n.t('exercise.resume') : i18n.t('exercise.pause')}
        </button>
        <button type="button" onClick={props.onStop}>
          {i18n.t('exercise.stop')}
        </button>
      </div>
      {exercise.notes?.map((note) => (
        <p key={note} className="muted small">
          {dynamicText(`exercises.${exercise.id}.notes.${note}`)}
        </p>
      ))}
    </section>
  );
}
