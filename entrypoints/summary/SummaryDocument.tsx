import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import {
  emotionName,
  exerciseName,
  formatDateTime,
  formatLongDate,
  machineTime,
} from '@/components/journal/format';
import { useOwnExerciseNames } from '@/components/exercise/useCustomExercises';
import { FactorStatements } from '@/components/journal/insights/FactorStatements';
import { MoodFigure } from '@/components/journal/insights/MoodFigure';
import { formatShift } from '@/components/journal/insights/numbers';
import { bucketDays } from '@/utils/insights/mood-trend';
import {
  isEmpty,
  type BreaksContent,
  type ExerciseRow,
  type NotesContent,
  type SectionContent,
  type SectionId,
  type Summary,
  type WordsContent,
} from '@/utils/summary/summary';

/** Whether the lock's texts are readable in this page: open, being revealed, closed, or unreadable. */
export type TextsState = 'open' | 'loading' | 'locked' | 'damaged';

const NONE_KEY = {
  mood: 'summary.mood.none',
  words: 'summary.words.none',
  factors: 'summary.factors.none',
  breaks: 'summary.breaks.none',
  notes: 'summary.notes.none',
} as const satisfies Record<SectionId, string>;

function Words(props: { content: WordsContent }) {
  const { content } = props;
  return (
    <>
      <p className="muted">{i18n.t('summary.words.intro', content.checkins, [String(content.checkins)])}</p>
      {content.words.length > 0 && (
        <ol className="summary-words">
          {content.words.map((w) => (
            <li key={w.word}>
              <span className="summary-word">{emotionName(w.word)}</span>{' '}
              <span className="summary-count">
                {i18n.t('summary.words.times', w.count, [String(w.count)])}
              </span>
            </li>
          ))}
        </ol>
      )}
      {content.cantTell > 0 && (
        <p>{i18n.t('summary.words.cant_tell', content.cantTell, [String(content.cantTell)])}</p>
      )}
    </>
  );
}

/** What the breaks say about one exercise: the before/after shift, or that there are too few to say. */
function shiftText(row: ExerciseRow): string {
  const s = row.shift;
  if (!s) return i18n.t('summary.breaks.shift_not_enough');
  const parts: string[] = [];
  if (s.meanShift !== null) {
    parts.push(i18n.t('journal.insights.helps.shift', s.pairs, [formatShift(s.meanShift), String(s.pairs)]));
  }
  if (s.numbShown) {
    parts.push(i18n.t('journal.insights.helps.numb', [String(s.numbShifts), String(s.numbStarts)]));
  }
  return parts.join('; ');
}

const KINDS = ['taken', 'natural', 'skipped', 'unanswered', 'snoozes'] as const;

function Breaks(props: { content: BreaksContent }) {
  const { tally, exercises, minBreaks } = props.content;
  const own = useOwnExerciseNames();
  return (
    <>
      <table className="summary-table">
        <caption>{i18n.t('summary.breaks.what')}</caption>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{i18n.t(`journal.insights.breaks.${kind}`)}</th>
              <td>{tally[kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tally.micro > 0 && <p className="muted">{i18n.t('journal.insights.breaks.micro', tally.micro)}</p>}
      {exercises.length > 0 && (
        <>
          <table className="summary-table">
            <caption>{i18n.t('summary.breaks.exercises')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('summary.breaks.col_exercise')}</th>
                <th scope="col">{i18n.t('summary.breaks.col_taken')}</th>
                <th scope="col">{i18n.t('summary.breaks.col_completed')}</th>
                <th scope="col">{i18n.t('summary.breaks.col_shift')}</th>
              </tr>
            </thead>
            <tbody>
              {exercises.map((row) => (
                <tr key={row.exerciseId}>
                  <th scope="row">{exerciseName(row.exerciseId, own ?? undefined)}</th>
                  <td>{row.taken}</td>
                  <td>{row.completed}</td>
                  <td>{shiftText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted summary-note">{i18n.t('summary.breaks.shift_intro', [String(minBreaks)])}</p>
        </>
      )}
    </>
  );
}

function Notes(props: { content: NotesContent }) {
  return (
    <ol className="summary-notes">
      {props.content.notes.map((note) => (
        <li key={`${note.kind}-${note.id}`} className="summary-note-row">
          <p className="summary-note-head">
            <time dateTime={machineTime(note.at)}>{formatDateTime(note.at)}</time>
            {' · '}
            <span className="muted">{i18n.t(`summary.notes.${note.kind}`)}</span>
          </p>
          {note.text === null ? (
            <p className="muted">{i18n.t('summary.notes.locked')}</p>
          ) : (
            <p className="summary-note-text">{note.text}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function body(section: SectionContent, weekly: boolean): ReactNode {
  switch (section.id) {
    case 'mood':
      return <MoodFigure points={section.points} weekly={weekly} />;
    case 'words':
      return <Words content={section} />;
    case 'factors':
      return <FactorStatements comparisons={section.comparisons} minCheckins={section.minCheckins} />;
    case 'breaks':
      return <Breaks content={section} />;
    case 'notes':
      return <Notes content={section} />;
  }
}

/**
 * The page that prints: a title, the period in words, the day it was made, that it is the
 * person's own record and not a diagnosis, then only the chosen sections.
 */
export function SummaryDocument(props: { summary: Summary; textsPending: boolean }) {
  const { window, sections } = props.summary;
  const weekly = bucketDays(window.days) === 7;
  return (
    <article className="summary-document" aria-labelledby="document-title">
      <header className="summary-document-head">
        <h2 id="document-title">{i18n.t('summary.document.title')}</h2>
        <p className="summary-period">
          {i18n.t('summary.document.period', window.days, [
            String(window.days),
            formatLongDate(window.from),
            formatLongDate(window.lastDay),
          ])}
        </p>
        <p className="muted">{i18n.t('summary.document.made_on', [formatLongDate(window.lastDay)])}</p>
        <p className="summary-own">{i18n.t('summary.document.own_record')}</p>
      </header>
      {sections.map((section) => (
        <section
          key={section.id}
          className={`summary-section summary-section-${section.id}`}
          aria-labelledby={`section-${section.id}`}
          data-section={section.id}
        >
          <h3 id={`section-${section.id}`}>{i18n.t(`summary.sections.${section.id}`)}</h3>
          {isEmpty(section) ? <p className="muted">{i18n.t(NONE_KEY[section.id])}</p> : body(section, weekly)}
        </section>
      ))}
      {props.textsPending && <p className="muted">{i18n.t('summary.loading')}</p>}
    </article>
  );
}
