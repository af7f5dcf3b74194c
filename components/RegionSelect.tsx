import { i18n } from '#i18n';
import { HELP_REGIONS, isHelpRegion, type HelpRegion } from '@/utils/content/helplines';

/** Which region's help lines to show; optionally "follow the browser's language" (null). */
export function RegionSelect(props: {
  label: string;
  value: HelpRegion | null;
  onChange: (region: HelpRegion | null) => void;
  allowAuto?: boolean;
  className?: string;
}) {
  return (
    <label className={props.className}>
      <span>{props.label}</span>{' '}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(isHelpRegion(e.target.value) ? e.target.value : null)}
      >
        {props.allowAuto && <option value="">{i18n.t('options.region_auto')}</option>}
        {HELP_REGIONS.map((r) => (
          <option key={r} value={r}>
            {i18n.t(`help.regions.${r}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
