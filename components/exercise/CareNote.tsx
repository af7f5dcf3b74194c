import type { Exercise } from '@/utils/content/exercises';
import { dynamicText } from '@/utils/i18n/dynamic-text';

/** "Keep your eyes open if you prefer; stop whenever you want", for exercises that turn attention inward. */
export function CareNote(props: { exercise: Exercise }) {
  const { care } = props.exercise;
  if (!care) return null;
  return <p className="care-note">{dynamicText(`exercises.care_notes.${care}`)}</p>;
}
