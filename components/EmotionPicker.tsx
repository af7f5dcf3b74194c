import { i18n } from '#i18n';
import { useId, useState } from 'react';
import {
  CANT_TELL,
  EMOTIONS,
  emotionsFor,
  isDisconnected,
  type EmotionId,
  type Quadrant,
} from '@/utils/content/emotions';
import { fold } from '@/utils/text/fold';
import { Chip } from './Chip';

const nameOf = (id: EmotionId) => i18n.t(`emotions.${id}.name`);
const definitionOf = (id: EmotionId) => i18n.t(`emotions.${id}.definition`);
const FAR_AWAY: readonly EmotionId[] = emotionsFor('disconnected').map((e) => e.id);

/** Words matching a filter, by name, in any group. */
function matching(filter: string): EmotionId[] {
  const needle = fold(filter.trim());
  return EMOTIONS.map((e) => e.id).filter((id) => fold(nameOf(id)).includes(needle));
}

/**
 * Feeling words. The placed quadrant's words come first, under its name and colour; "I can't
 * tell" and a fold with the disconnected family (numb, flat, …) sit in one row below them. Before
 * the dot is placed there are no quadrant words, so the fold starts open; it also stays open while
 * one of its words is chosen. The filter box finds any word. Several may be chosen.
 */
export function EmotionPicker(props: {
  quadrant: Quadrant | null;
  selected: readonly string[];
  onToggle: (id: EmotionId) => void;
}) {
  const { quadrant, selected } = props;
  const [filter, setFilter] = useState('');
  const [explained, setExplained] = useState<EmotionId | null>(null);
  const [farOpen, setFarOpen] = useState<boolean | null>(null);
  const definitionId = useId();
  const farId = useId();
  const titleId = useId();

  const filtering = filter.trim() !== '';
  const farChosen = selected.some((id) => isDisconnected(id) && id !== CANT_TELL);
  const farShown = farChosen || (farOpen ?? quadrant === null);
  const main: EmotionId[] = filtering
    ? matching(filter).filter((id) => id !== CANT_TELL && !(farShown && FAR_AWAY.includes(id)))
    : quadrant
      ? emotionsFor(quadrant).map((e) => e.id)
      : [];

  function renderChip(id: EmotionId) {
    return (
      <li key={id}>
        <Chip
          pressed={selected.includes(id)}
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
      <div className="words-head">
        {quadrant && !filtering ? (
          <h2 id={titleId} className="quadrant-title" data-quadrant={quadrant}>
            <span className="swatch" aria-hidden="true" />
            {i18n.t(`mood.quadrants.${quadrant}`)}
            <span className="muted where">{i18n.t(`mood.where.${quadrant}`)}</span>
          </h2>
        ) : (
          <p className="muted words-label">{i18n.t('words.label')}</p>
        )}
        <input
          type="search"
          className="word-filter"
          placeholder={i18n.t('words.filter')}
          aria-label={i18n.t('words.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {filtering && main.length === 0 && (
        <p className="muted" role="status">
          {i18n.t('words.none_found')}
        </p>
      )}
      {main.length > 0 && (
        <ul
          className="chips quadrant-words"
          data-quadrant={filtering ? undefined : (quadrant ?? undefined)}
          aria-labelledby={quadrant && !filtering ? titleId : undefined}
          aria-describedby={definitionId}
        >
          {main.map(renderChip)}
        </ul>
      )}
      <div className="far-row">
        <ul className="chips" aria-describedby={definitionId}>
          {renderChip(CANT_TELL)}
        </ul>
        <button
          type="button"
          className="fold"
          aria-expanded={farShown}
          aria-controls={farId}
          disabled={farChosen}
          onClick={() => setFarOpen(!farShown)}
        >
          {i18n.t('words.far_away')}
        </button>
      </div>
      <ul id={farId} className="chips far-words" hidden={!farShown} aria-describedby={definitionId}>
        {farShown && FAR_AWAY.map(renderChip)}
      </ul>
      <p id={definitionId} className="definition muted" aria-live="polite">
        {explained ? `${nameOf(explained)}: ${definitionOf(explained)}` : ''}
      </p>
    </section>
  );
}
