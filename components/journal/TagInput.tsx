import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { addTags, removeTag, sameTag } from '@/utils/journal/tags';

/**
 * Tags as removable chips, plus a box to add more: Enter or a comma adds what was typed, and
 * tags used before are offered as you type.
 */
export function TagInput(props: {
  tags: readonly string[];
  known: readonly string[];
  /** The box got focus: suggestions are about to be needed. */
  onFocus?: () => void;
  onChange: (tags: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const listId = useId();
  const hintId = useId();
  const offered = props.known.filter((tag) => !props.tags.some((t) => sameTag(t, tag)));

  const commit = (raw: string) => {
    const next = addTags(props.tags, raw);
    if (next.length !== props.tags.length) props.onChange(next);
    setTyped('');
  };

  return (
    <div className="tag-input">
      <label>
        <span>{i18n.t('journal.tags.label')}</span>
        <input
          type="text"
          value={typed}
          list={listId}
          aria-describedby={hintId}
          onFocus={props.onFocus}
          onChange={(e) => {
            const value = e.target.value;
            if (value.includes(',')) commit(value);
            else setTyped(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && typed.trim()) {
              e.preventDefault();
              commit(typed);
            }
          }}
          onBlur={() => typed.trim() && commit(typed)}
        />
      </label>
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <span id={hintId} className="muted hint">
        {i18n.t('journal.tags.hint')}
      </span>
      {props.tags.length > 0 && (
        <ul className="tag-list" aria-label={i18n.t('journal.tags.chosen')}>
          {props.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={i18n.t('journal.tags.remove', [tag])}
                onClick={() => props.onChange(removeTag(props.tags, tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
