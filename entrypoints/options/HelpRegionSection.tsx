import { i18n } from '#i18n';
import { RegionSelect } from '@/components/RegionSelect';
import { migrateHelpRegion } from '@/utils/content/help-place';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSetting } from '@/components/useSettings';

/** Which country's help lines Get help and the care cards show. */
export function HelpRegionSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  return (
    <section className="card" id="help-region" aria-labelledby="help-region-h">
      <h2 id="help-region-h">{i18n.t('options.help_region')}</h2>
      <p className="muted">{i18n.t('options.help_region_about')}</p>
      <RegionSelect
        className="choice"
        label={i18n.t('options.region')}
        value={migrateHelpRegion(settings.helpRegion)}
        onChange={(r) => void save('helpRegion', r)}
        allowAuto
      />
    </section>
  );
}
