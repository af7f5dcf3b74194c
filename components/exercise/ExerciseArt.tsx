import type { ReactNode } from 'react';
import type { ExerciseKind } from '@/utils/content/exercises';
import './ExerciseArt.css';

/**
 * A quiet picture for each kind of exercise, drawn in SVG and moved by CSS (still under reduced
 * motion). While breathing, the pacer (BreathingPacer) takes its place. `step` lets the senses picture light one
 * sense at a time. Decorative: the words on the page carry the guidance.
 */
export function ExerciseArt(props: { kind: ExerciseKind; step: number; paused?: boolean }) {
  return (
    <div className="art" data-kind={props.kind} data-paused={props.paused ?? false} aria-hidden="true">
      <svg viewBox="0 0 200 140" width="200" height="140" focusable="false">
        {DRAWINGS[props.kind](props.step)}
      </svg>
    </div>
  );
}

const figure = (
  <g className="figure">
    <circle cx="100" cy="34" r="14" />
    <path d="M78 122 V78 a22 22 0 0 1 44 0 V122" />
  </g>
);

const DRAWINGS: Record<ExerciseKind, (step: number) => ReactNode> = {
  breathing: () => (
    <g className="breath">
      <circle className="breath-outer" cx="100" cy="70" r="54" />
      <circle className="breath-inner" cx="100" cy="70" r="34" />
    </g>
  ),
  senses: (step) => (
    <g className="senses">
      {[0, 1, 2, 3, 4].map((i) => (
        <circle
          key={i}
          cx={36 + i * 32}
          cy={70}
          r={14 - i * 1.5}
          className={i < step ? 'sense done' : i === step ? 'sense now' : 'sense'}
        />
      ))}
    </g>
  ),
  body: () => (
    <g>
      {figure}
      <rect className="scan" x="60" y="18" width="80" height="12" rx="6" />
    </g>
  ),
  movement: () => (
    <g className="figure">
      <circle cx="100" cy="34" r="14" />
      <path d="M84 122 V80 a16 16 0 0 1 32 0 V122" />
      <path className="arm left" d="M88 66 L58 36" />
      <path className="arm right" d="M112 66 L142 36" />
    </g>
  ),
  eyes: () => (
    <g>
      <path className="horizon" d="M10 112 Q60 96 100 108 T190 104" />
      <path className="eye" d="M40 62 Q100 14 160 62 Q100 110 40 62 Z" />
      <circle className="pupil" cx="100" cy="62" r="14" />
    </g>
  ),
  compassion: () => (
    <path
      className="heart"
      d="M100 118 C56 88 40 66 40 48 A24 24 0 0 1 100 38 A24 24 0 0 1 160 48 C160 66 144 88 100 118 Z"
    />
  ),
  connection: () => (
    <g>
      <circle className="person" cx="46" cy="82" r="16" />
      <circle className="person" cx="154" cy="82" r="16" />
      <path className="link-line" pathLength={100} d="M62 76 Q100 24 138 76" />
    </g>
  ),
  creative: () => (
    <path className="squiggle" pathLength={100} d="M24 96 C48 36 72 120 96 64 S144 28 176 84" />
  ),
  rest: () => (
    <g>
      <path className="moon" d="M118 26 A44 44 0 1 0 146 104 A36 36 0 1 1 118 26 Z" />
      <circle className="star s1" cx="40" cy="36" r="3" />
      <circle className="star s2" cx="64" cy="18" r="2" />
      <circle className="star s3" cx="30" cy="76" r="2.5" />
    </g>
  ),
};
