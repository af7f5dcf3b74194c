import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { CANT_TELL, EMOTIONS, emotionsFor, type EmotionId, type Quadrant } from '@/utils/content/emotions';
import { fold } from '@/utils/text/fold';
import { Chip } from './Chip';

const nameOf = (id: EmotionId) => i18n.t(`emotions.${id}.name`);
const definitionOf = (id: EmotionId) => i18n.t(`emotions.${id}.definition`);

/** Words matching a filter, by name, in any group. */
function matching(filter: string): EmotionId[] {
  const needle = fold(filter.trim());
  return EMOTIONS.map((e) => e.id).filter((id) => fold(nameOf(id)).includes(needle));
}

/**
 * Feeling words: "I can't tell" and the disconnected family always; the chosen quadrant's words
 * once the mood meter is placed; any word through the filter box. Several may be chosen.
 */
export function EmotionPicker(props: {
  quadrant: Quadrant | null;
  selected: readonly string[];
  onToggle: (id: EmotionId) => void;
}) {
  const [filter, setFilter] = useState('');
  const [explained, setExplained] = useState<EmotionId | null>(null);
  const definitionId = useId();

  const shown: EmotionId[] = filter.trim()
    ? matching(filter)
    : [
        CANT_TELL,
        ...emotionsFor('disconnected').map((e) => e.id),
        ...(props.quadrant ? emotionsFor(props.quadrant).map((e) => e.id) : []),
      ];

  function renderChip(id: EmotionId) {
    return (
      <li key={id}>
        <Chip
          pressed={props.selected.includes(id)}
          title={definitionOf(id)}
          onFocus={() => setExplained(id)}
          onToggle={() => {
            setExplained(id);
            props.onToggle(id);
          }}
        >
          {nameOf(id)}
        </Chip>
      </li>
    );
  }

  return (
    <section className="emotion-picker" aria-label={i18n.t('words.label')}>
      <input
        type="search"
        className="word-filter"
        placeholder={i18n.t('words.filter')}
        aria-label={i18n.t('words.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted" role="status">
          {i18n.t('words.none_found')}
        </p>
      ) : (
        <ul className="chips" aria-describedby={definitionId}>
          {shown.map(renderChip)}
        </ul>
      )}
      <p id={definitionId} className="definition muted" aria-live="polite">
        {explained ? `${nameOf(explained)}: ${definitionOf(explained)}` : ''}
      </p>
    </section>
  );
}
