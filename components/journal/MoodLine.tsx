import { i18n } from '#i18n';
import type { Quadrant } from '@/utils/content/emotions';
import { moodName, type MoodName } from '@/utils/journal/mood-name';

/** The class giving a quadrant its colour, the mood meter's own (assets/base.css --q-*). */
export const QUADRANT_CLASS: Readonly<Record<Quadrant, string>> = {
  high_unpleasant: 'q-hu',
  high_pleasant: 'q-hp',
  low_unpleasant: 'q-lu',
  low_pleasant: 'q-lp',
};

/** "pleasant, calm" in the page's language. */
export function moodText(name: MoodName): string {
  return i18n.t('journal.mood.name', [
    i18n.t(`journal.mood.pleasant.${name.pleasant}`),
    i18n.t(`journal.mood.energy.${name.energy}`),
  ]);
}

/** Where a check-in sat on the mood meter: a dot in its quadrant's colour and the plain name. */
export function MoodLine(props: { pleasantness: number | null; energy: number | null }) {
  const name = moodName(props.pleasantness, props.energy);
  if (!name) return null;
  return (
    <span className="mood-line">
      <span className={`mood-dot ${QUADRANT_CLASS[name.quadrant]}`} aria-hidden="true" />
      {moodText(name)}
    </span>
  );
}
