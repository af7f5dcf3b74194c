import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { Chip } from '@/components/Chip';
import { factorNamer } from '@/components/factor-names';
import { getSettings } from '@/utils/db/settings';
import type { FactorSetting } from '@/utils/factors/list';

/**
 * The factor chips, in the person's order, hidden ones left out. Loaded only when the fold opens:
 * it reads the settings, which the popup's first paint does not need.
 */
export default function FactorRow(props: { selected: readonly string[]; onToggle: (id: string) => void }) {
  const [list, setList] = useState<FactorSetting[] | null>(null);

  useEffect(() => {
    let live = true;
    void getSettings().then((settings) => {
      if (live) setList(settings.factors);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!list) return <p className="muted">{i18n.t('common.loading')}</p>;
  const nameOf = factorNamer(list);
  const shown = list.filter((factor) => !factor.hidden);
  if (shown.length === 0) return <p className="muted">{i18n.t('popup.factors_none')}</p>;
  return (
    <ul className="chips factor-chips" aria-label={i18n.t('popup.factors_label')}>
      {shown.map((factor) => (
        <li key={factor.id}>
          <Chip pressed={props.selected.includes(factor.id)} onToggle={() => props.onToggle(factor.id)}>
            {nameOf(factor.id)}
          </Chip>
        </li>
      ))}
    </ul>
  );
}
