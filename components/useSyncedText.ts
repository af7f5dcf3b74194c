import { useState } from 'react';

/**
 * Text a user edits that also follows its stored value: when the stored value changes from
 * elsewhere (an import, "delete everything"), the text shows it; the user's own typing, valid or
 * not yet, is left alone.
 */
export function useSyncedText<T>(stored: T, format: (value: T) => string, parse: (text: string) => T | null) {
  const [text, setText] = useState(() => format(stored));
  const [seen, setSeen] = useState(stored);
  if (!Object.is(stored, seen)) {
    setSeen(stored);
    if (!Object.is(parse(text), stored)) setText(format(stored));
  }
  return [text, setText] as const;
}
