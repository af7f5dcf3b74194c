import { highlightParts } from '@/utils/journal/search-query';

/** Text with the searched words marked; always rendered as text, never as markup. */
export function Highlighted(props: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(props.text, props.terms).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
