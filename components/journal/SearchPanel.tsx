import { i18n } from '#i18n';
import { useEffect, useId, useState } from 'react';
import { onChange } from '@/utils/db/changes';
import { knownEmotions } from '@/utils/db/search';
import { addDays, dayFromKey } from '@/utils/insights/days';
import type { SearchQuery } from '@/utils/journal/search-query';
import { emotionName } from './format';
import './search.css';

/** What the form holds: the box and filters as typed (dates as "YYYY-MM-DD"). */
export interface SearchForm {
  text: string;
  emotion: string;
  tag: string;
  from: string;
  to: string;
}

export const EMPTY_SEARCH: SearchForm = { text: '', emotion: '', tag: '', from: '', to: '' };

/** The query for a form; the "to" date counts as a whole day. */
export function queryOf(form: SearchForm): SearchQuery {
  const from = dayFromKey(form.from);
  const to = dayFromKey(form.to);
  return {
    text: form.text,
    ...(form.emotion ? { emotion: form.emotion } : {}),
    ...(form.tag ? { tag: form.tag } : {}),
    ...(from !== null ? { from } : {}),
    ...(to !== null ? { to: addDays(to, 1) } : {}),
  };
}

/** The feeling words used so far, read only once `wanted` (the filters are open): never at page load. */
function useKnownEmotions(wanted: boolean): string[] {
  const [words, setWords] = useState<string[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const load = () =>
      void knownEmotions().then(
        (ids) => live && setWords(ids.sort((a, b) => emotionName(a).localeCompare(emotionName(b)))),
      );
    load();
    const stop = onChange((change) => change.store === 'checkins' && load());
    return () => {
      live = false;
      stop();
    };
  }, [wanted]);
  return words;
}

/** Search box and filters: feeling word, tag, dates. Results show in place of the timeline. */
export function SearchPanel(props: {
  form: SearchForm;
  knownTags: readonly string[];
  onChange: (form: SearchForm) => void;
  /** The filters were opened: their choices (feeling words, tags) are about to be needed. */
  onFiltersOpened: () => void;
}) {
  const { form } = props;
  const [opened, setOpened] = useState(false);
  // Named by their visible label alone, not label plus the chosen option.
  const id = useId();
  const set = (patch: Partial<SearchForm>) => props.onChange({ ...form, ...patch });
  const filtered = form.emotion || form.tag || form.from || form.to;
  const words = useKnownEmotions(opened || Boolean(filtered));

  return (
    <div role="search" className="search-panel" aria-label={i18n.t('journal.search.title')}>
      <label className="search-box">
        <span>{i18n.t('journal.search.label')}</span>
        <input
          type="search"
          value={form.text}
          placeholder={i18n.t('journal.search.placeholder')}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <details
        className="filters"
        open={Boolean(filtered) || undefined}
        onToggle={(e) => {
          if (!e.currentTarget.open) return;
          setOpened(true);
          props.onFiltersOpened();
        }}
      >
        <summary>{i18n.t('journal.search.filters')}</summary>
        <div className="filter-grid">
          <label>
            <span id={`${id}-feeling`}>{i18n.t('journal.search.feeling')}</span>
            <select
              aria-labelledby={`${id}-feeling`}
              value={form.emotion}
              onChange={(e) => set({ emotion: e.target.value })}
            >
              <option value="">{i18n.t('journal.search.any')}</option>
              {words.map((id) => (
                <option key={id} value={id}>
                  {emotionName(id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span id={`${id}-tag`}>{i18n.t('journal.search.tag')}</span>
            <select
              aria-labelledby={`${id}-tag`}
              value={form.tag}
              onChange={(e) => set({ tag: e.target.value })}
            >
              <option value="">{i18n.t('journal.search.any')}</option>
              {props.knownTags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{i18n.t('journal.search.from')}</span>
            <input
              type="date"
              value={form.from}
              max={form.to || undefined}
              onChange={(e) => set({ from: e.target.value })}
            />
          </label>
          <label>
            <span>{i18n.t('journal.search.to')}</span>
            <input
              type="date"
              value={form.to}
              min={form.from || undefined}
              onChange={(e) => set({ to: e.target.value })}
            />
          </label>
        </div>
      </details>
    </div>
  );
}
