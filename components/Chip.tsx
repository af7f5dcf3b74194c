import type { ReactNode } from 'react';
import './Chip.css';

/** A word that can be switched on and off: a toggle button, announced as pressed or not. */
export function Chip(props: {
  pressed: boolean;
  onToggle: () => void;
  onFocus?: () => void;
  title?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={props.pressed}
      title={props.title}
      onClick={props.onToggle}
      onFocus={props.onFocus}
    >
      {props.children}
    </button>
  );
}
