import { i18n } from '#i18n';
import { useMemo } from 'react';
import { countriesByName } from '@/utils/content/country-names';
import { isHelpPlace, type HelpPlace } from '@/utils/content/helplines';
import { pageLocale } from '@/components/page-locale';

/** Where the person is, for help lines: any country we know, "another country", or (optionally) automatic. */
export function RegionSelect(props: {
  label: string;
  value: HelpPlace | null;
  onChange: (place: HelpPlace | null) => void;
  allowAuto?: boolean;
  className?: string;
}) {
  const countries = useMemo(() => countriesByName(pageLocale()), []);
  return (
    <label className={props.className}>
      <span>{props.label}</span>{' '}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(isHelpPlace(e.target.value) ? e.target.value : null)}
      >
        {props.allowAuto && <option value="">{i18n.t('options.region_auto')}</option>}
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
        <option value="other">{i18n.t('help.another_country')}</option>
      </select>
    </label>
  );
}
