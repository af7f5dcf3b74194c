import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useCustomExercises } from '@/components/exercise/useCustomExercises';
import { roundMinutes } from '@/utils/breaks/plan';
import {
  addCustomExercise,
  CustomExerciseInvalidError,
  deleteCustomExercise,
  restoreCustomExercise,
  updateCustomExercise,
} from '@/utils/db/custom-exercises';
import {
  checkCustomExercise,
  customLengthSec,
  emptyDraft,
  moveStep,
  SITUATIONS,
  STEP_SECONDS_MAX,
  STEP_SECONDS_MIN,
  STEP_TEXT_MAX_LENGTH,
  STEPS_MAX,
  TITLE_MAX_LENGTH,
  type CustomExercise,
  type CustomExerciseDraft,
  type CustomExerciseProblem,
} from '@/utils/exercises/custom-exercise';
import { cutToLength } from '@/utils/text/whole-characters';

/** The kind message for one problem; steps are counted from 1 for people. */
export function problemMessage(problem: CustomExerciseProblem): string {
  switch (problem.kind) {
    case 'title_empty':
      return i18n.t('own_exercises.problems.title_empty');
    case 'title_too_long':
      return i18n.t('own_exercises.problems.title_too_long', [String(problem.max)]);
    case 'no_steps':
      return i18n.t('own_exercises.problems.no_steps');
    case 'too_many_steps':
      return i18n.t('own_exercises.problems.too_many_steps', [String(problem.max)]);
    case 'step_empty':
      return i18n.t('own_exercises.problems.step_empty', [String(problem.step + 1)]);
    case 'step_too_long':
      return i18n.t('own_exercises.problems.step_too_long', [String(problem.step + 1), String(problem.max)]);
    case 'seconds_out_of_range':
      return i18n.t('own_exercises.problems.seconds_out_of_range', [
        String(problem.step + 1),
        String(problem.min),
        String(problem.max),
      ]);
    case 'no_situation':
      return i18n.t('own_exercises.problems.no_situation');
    case 'unknown_situation':
      return i18n.t('own_exercises.problems.unknown_situation');
  }
}

/** Add or edit one exercise. Problems show only after a first try to save, all at once, kindly. */
function ExerciseForm(props: {
  editing: CustomExercise | null;
  onDone: (saved: CustomExercise | null) => void;
}) {
  const { editing } = props;
  const [draft, setDraft] = useState<CustomExerciseDraft>(() =>
    editing ? { title: editing.title, steps: editing.steps, suits: editing.suits } : emptyDraft(),
  );
  const [tried, setTried] = useState(false);
  const [failed, setFailed] = useState(false);
  const problems = tried ? checkCustomExercise(draft) : [];

  const setStep = (index: number, patch: Partial<CustomExerciseDraft['steps'][number]>) =>
    setDraft({ ...draft, steps: draft.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });

  async function submit() {
    setTried(true);
    setFailed(false);
    if (checkCustomExercise(draft).length > 0) return;
    try {
      props.onDone(editing ? await updateCustomExercise(editing, draft) : await addCustomExercise(draft));
    } catch (error) {
      if (!(error instanceof CustomExerciseInvalidError)) setFailed(true);
    }
  }

  return (
    <form
      className="own-form"
      aria-labelledby="own-form-h"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="own-form-h">
        {editing
          ? i18n.t('own_exercises.edit_heading', [editing.title])
          : i18n.t('own_exercises.new_heading')}
      </h3>
      <label className="field">
        <span>{i18n.t('own_exercises.title_label')}</span>
        <input
          type="text"
          value={draft.title}
          maxLength={TITLE_MAX_LENGTH}
          onChange={(e) => setDraft({ ...draft, title: cutToLength(e.target.value, TITLE_MAX_LENGTH) })}
        />
      </label>
      <fieldset>
        <legend>{i18n.t('own_exercises.steps_label')}</legend>
        <ol className="own-steps">
          {draft.steps.map((step, index) => {
            const n = String(index + 1);
            return (
              <li key={index} className="own-step">
                <label className="field own-step-text">
                  <span>{i18n.t('own_exercises.step_text', [n])}</span>
                  <textarea
                    rows={2}
                    value={step.text}
                    maxLength={STEP_TEXT_MAX_LENGTH}
                    onChange={(e) =>
                      setStep(index, { text: cutToLength(e.target.value, STEP_TEXT_MAX_LENGTH) })
                    }
                  />
                </label>
                <label className="field own-step-seconds">
                  <span className="visually-hidden">{i18n.t('own_exercises.step_seconds', [n])}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={STEP_SECONDS_MIN}
                    max={STEP_SECONDS_MAX}
                    value={Number.isFinite(step.seconds) ? step.seconds : ''}
                    aria-label={i18n.t('own_exercises.step_seconds', [n])}
                    onChange={(e) => setStep(index, { seconds: e.target.valueAsNumber })}
                  />
                  <span aria-hidden="true">{i18n.t('own_exercises.seconds')}</span>
                </label>
                <span className="own-step-actions">
                  <button
                    type="button"
                    className="link"
                    disabled={index === 0}
                    aria-label={i18n.t('own_exercises.step_up', [n])}
                    onClick={() => setDraft({ ...draft, steps: moveStep(draft.steps, index, -1) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link"
                    disabled={index === draft.steps.length - 1}
                    aria-label={i18n.t('own_exercises.step_down', [n])}
                    onClick={() => setDraft({ ...draft, steps: moveStep(draft.steps, index, 1) })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="link"
                    disabled={draft.steps.length === 1}
                    aria-label={i18n.t('own_exercises.remove_step', [n])}
                    onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          disabled={draft.steps.length >= STEPS_MAX}
          onClick={() => setDraft({ ...draft, steps: [...draft.steps, { text: '', seconds: 30 }] })}
        >
          {i18n.t('own_exercises.add_step')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('own_exercises.suits')}</legend>
        {SITUATIONS.map((id) => (
          <label key={id} className="choice">
            <input
              type="checkbox"
              checked={draft.suits.includes(id)}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  suits: e.target.checked ? [...draft.suits, id] : draft.suits.filter((s) => s !== id),
                })
              }
            />
            {i18n.t(`break.groups.${id}`)}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <ul role="alert" className="field-error own-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problemMessage(problem)}</li>
          ))}
        </ul>
      )}
      {failed && (
        <p role="alert" className="field-error">
          {i18n.t('own_exercises.save_failed')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {i18n.t('own_exercises.save')}
        </button>
        <button type="button" onClick={() => props.onDone(null)}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Your exercises": the list, a form to add or edit one, and delete with a confirm and an undo. */
export function OwnExercisesSection() {
  const list = useCustomExercises();
  const [editing, setEditing] = useState<CustomExercise | 'new' | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; undo?: CustomExercise } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  async function remove(exercise: CustomExercise) {
    setAsking(null);
    await deleteCustomExercise(exercise.id);
    setStatus({ text: i18n.t('own_exercises.deleted', [exercise.title]), undo: exercise });
  }

  return (
    <section className="card" id="own-exercises" aria-labelledby="own-exercises-h">
      <h2 id="own-exercises-h">{i18n.t('own_exercises.title')}</h2>
      <p className="muted">{i18n.t('own_exercises.intro')}</p>
      {list && list.length === 0 && <p>{i18n.t('own_exercises.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="own-list">
          {list.map((exercise) => (
            <li key={exercise.id} className="own-item">
              <span>
                <strong>{exercise.title}</strong>{' '}
                <span className="muted">
                  {i18n.t('own_exercises.length', exercise.steps.length, [
                    String(exercise.steps.length),
                    String(roundMinutes(customLengthSec(exercise))),
                  ])}
                </span>
              </span>
              {asking === exercise.id ? (
                <span className="own-ask" role="group" aria-label={i18n.t('own_exercises.delete')}>
                  <span>{i18n.t('own_exercises.delete_ask', [exercise.title])}</span>{' '}
                  <button type="button" className="danger" onClick={() => void remove(exercise)}>
                    {i18n.t('own_exercises.delete_yes')}
                  </button>{' '}
                  <button type="button" onClick={() => setAsking(null)}>
                    {i18n.t('common.cancel')}
                  </button>
                </span>
              ) : (
                <span className="row">
                  <button type="button" onClick={() => setEditing(exercise)}>
                    {i18n.t('own_exercises.edit')}
                  </button>
                  <button type="button" onClick={() => setAsking(exercise.id)}>
                    {i18n.t('own_exercises.delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="own-status">
        {status?.text}{' '}
        {status?.undo && (
          <button
            type="button"
            className="link"
            onClick={() => {
              const back = status.undo;
              setStatus(null);
              if (back) void restoreCustomExercise(back);
            }}
          >
            {i18n.t('own_exercises.undo')}
          </button>
        )}
      </p>
      {editing ? (
        <ExerciseForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus({ text: i18n.t('own_exercises.saved', [saved.title]) });
            addButton.current?.focus();
          }}
        />
      ) : (
        <button type="button" ref={addButton} onClick={() => setEditing('new')}>
          {i18n.t('own_exercises.add')}
        </button>
      )}
      <p className="muted small">{i18n.t('own_exercises.not_sealed')}</p>
    </section>
  );
}
