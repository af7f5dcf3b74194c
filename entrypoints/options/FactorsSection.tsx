import { i18n } from '#i18n';
import { useState } from 'react';
import { defaultFactorName, factorNamer } from '@/components/factor-names';
import type { SaveSetting } from '@/components/useSettings';
import { isDefaultFactorId } from '@/utils/content/factors';
import {
  FACTORS_MAX,
  FACTOR_NAME_MAX,
  addFactor,
  deleteFactor,
  moveFactor,
  ownFactorId,
  renameFactor,
  setFactorHidden,
  type FactorChange,
  type FactorProblem,
  type FactorSetting,
} from '@/utils/factors/list';
import type { Settings } from '@/utils/settings/settings';

type Message = { kind: 'problem'; problem: FactorProblem } | { kind: 'deleted'; name: string };

function messageText(message: Message): string {
  if (message.kind === 'deleted') return i18n.t('options.factor_deleted', [message.name]);
  switch (message.problem) {
    case 'too_long':
      return i18n.t('options.factor_problems.too_long', [String(FACTOR_NAME_MAX)]);
    case 'full':
      return i18n.t('options.factor_problems.full', [String(FACTORS_MAX)]);
    default:
      return i18n.t(`options.factor_problems.${message.problem}`);
  }
}

/** One factor: its name (or the box renaming it), hide or show, move, and delete for own factors. */
function FactorItem(props: {
  factor: FactorSetting;
  name: string;
  first: boolean;
  last: boolean;
  onRename: (name: string) => boolean;
  onChange: (list: (current: FactorSetting[]) => FactorSetting[]) => void;
  onDelete: () => void;
}) {
  const { factor, name } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const own = !isDefaultFactorId(factor.id);
  return (
    <li className={factor.hidden ? 'factor-item is-hidden' : 'factor-item'}>
      {editing === null ? (
        <span className="factor-name">
          {name}
          {factor.hidden && <span className="muted"> ({i18n.t('options.factor_hidden')})</span>}
        </span>
      ) : (
        <form
          className="factor-rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (props.onRename(editing)) setEditing(null);
          }}
        >
          <input
            type="text"
            value={editing}
            aria-label={i18n.t('options.factor_name', [name])}
            maxLength={FACTOR_NAME_MAX + 10}
            onChange={(e) => setEditing(e.target.value)}
          />
          <button type="submit">{i18n.t('options.factor_save_name')}</button>
          <button type="button" className="link" onClick={() => setEditing(null)}>
            {i18n.t('options.factor_cancel')}
          </button>
          {!own && (
            <span className="muted field-hint">
              {i18n.t('options.factor_default_name', [defaultFactorName(factor.id)])}
            </span>
          )}
        </form>
      )}
      <span className="factor-actions">
        {editing === null && (
          <button type="button" className="link" onClick={() => setEditing(name)}>
            {i18n.t('options.factor_rename')}
          </button>
        )}
        <button
          type="button"
          className="link"
          onClick={() => props.onChange((list) => setFactorHidden(list, factor.id, !factor.hidden))}
        >
          {i18n.t(factor.hidden ? 'options.factor_show' : 'options.factor_hide')}
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={props.first}
          aria-label={i18n.t('options.factor_up', [name])}
          title={i18n.t('options.factor_up', [name])}
          onClick={() => props.onChange((list) => moveFactor(list, factor.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={props.last}
          aria-label={i18n.t('options.factor_down', [name])}
          title={i18n.t('options.factor_down', [name])}
          onClick={() => props.onChange((list) => moveFactor(list, factor.id, 1))}
        >
          ↓
        </button>
        {own && (
          <button type="button" className="link" onClick={props.onDelete}>
            {i18n.t('options.factor_delete')}
          </button>
        )}
      </span>
    </li>
  );
}

/** The factors offered at check-in: rename, hide or show, reorder, add own ones, delete own ones. */
export function FactorsSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  const list = settings.factors;
  const nameOf = factorNamer(list);
  const [message, setMessage] = useState<Message | null>(null);
  const [newName, setNewName] = useState('');

  /** Saves a change, or says kindly why it was refused; true when saved. */
  const apply = (change: FactorChange): boolean => {
    if (!change.ok) {
      setMessage({ kind: 'problem', problem: change.problem });
      return false;
    }
    setMessage(null);
    void save('factors', change.list);
    return true;
  };

  return (
    <section className="card" id="factors" aria-labelledby="factors-h">
      <h2 id="factors-h">{i18n.t('options.factors')}</h2>
      <p className="muted">{i18n.t('options.factors_about')}</p>
      <ul className="factor-list">
        {list.map((factor, index) => (
          <FactorItem
            key={factor.id}
            factor={factor}
            name={nameOf(factor.id)}
            first={index === 0}
            last={index === list.length - 1}
            onRename={(name) => apply(renameFactor(list, factor.id, name, defaultFactorName))}
            onChange={(next) => apply({ ok: true, list: next(list) })}
            onDelete={() => {
              const name = nameOf(factor.id);
              if (apply(deleteFactor(list, factor.id))) setMessage({ kind: 'deleted', name });
            }}
          />
        ))}
      </ul>
      <form
        className="row factor-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (apply(addFactor(list, newName, ownFactorId(crypto.randomUUID()), defaultFactorName)))
            setNewName('');
        }}
      >
        <label>
          {i18n.t('options.factor_new')}{' '}
          <input
            type="text"
            value={newName}
            maxLength={FACTOR_NAME_MAX + 10}
            onChange={(e) => setNewName(e.target.value)}
          />
        </label>
        <button type="submit">{i18n.t('options.factor_add')}</button>
      </form>
      <p className={message?.kind === 'problem' ? 'field-error' : 'muted'} role="status">
        {message ? messageText(message) : ''}
      </p>
    </section>
  );
}
