import { i18n } from '#i18n';
import { useId } from 'react';

/** The breathing count for exercises with a gentler one: 4 counts, or 3 for people who find 4 hard. */
export function PaceChoice(props: { gentler: boolean; onChange: (gentler: boolean) => void }) {
  const name = useId();
  return (
    <fieldset className="pills">
      <legend>{i18n.t('pace.legend')}</legend>
      <div className="pill-options">
        {[false, true].map((gentler) => (
          <label key={String(gentler)} className="choice">
            <input
              type="radio"
              name={name}
              checked={props.gentler === gentler}
              onChange={() => props.onChange(gentler)}
            />
            {gentler ? i18n.t('pace.gentler') : i18n.t('pace.standard')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
