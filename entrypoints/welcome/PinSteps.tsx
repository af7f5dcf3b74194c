import { i18n } from '#i18n';

/** The puzzle-piece Extensions button, drawn small so the step can point at it. */
function PuzzleIcon() {
  return (
    <svg className="pin-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 3a2 2 0 0 1 4 0v2h4a1 1 0 0 1 1 1v4h-2a2 2 0 0 0 0 4h2v4a1 1 0 0 1-1 1h-4v-2a2 2 0 0 0-4 0v2H6a1 1 0 0 1-1-1v-4h2a2 2 0 0 0 0-4H5V6a1 1 0 0 1 1-1h4z" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg className="pin-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 3h6l-1 6 3 3v2h-4v6l-1 1-1-1v-6H7v-2l3-3z" />
    </svg>
  );
}

/**
 * How to keep Thaw's button in view. Chrome and Edge put a new extension under the puzzle-piece
 * Extensions menu until it is pinned; Firefox places Thaw's button in the toolbar from the start.
 */
export function PinSteps() {
  if (import.meta.env.FIREFOX) return <p>{i18n.t('welcome.pin_firefox')}</p>;
  return (
    <ol className="pin-steps">
      <li>
        <PuzzleIcon /> {i18n.t('welcome.pin_open')}
      </li>
      <li>
        <PinIcon /> {i18n.t('welcome.pin_pin')}
      </li>
      <li>{i18n.t('welcome.pin_then')}</li>
    </ol>
  );
}
