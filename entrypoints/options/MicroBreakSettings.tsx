import { i18n } from '#i18n';
import type { SaveSetting } from '@/components/useSettings';
import type { Settings } from '@/utils/settings/settings';
import { MinutesField } from './MinutesField';

/** Micro-breaks: on or off, and how much active browsing between them. */
export function MicroBreakSettings(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  return (
    <section className="card" id="micro-breaks" aria-labelledby="micro-breaks-h">
      <h2 id="micro-breaks-h">{i18n.t('options.micro_breaks')}</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.microBreaks}
          onChange={(e) => void save('microBreaks', e.target.checked)}
        />
        {i18n.t('options.micro_breaks_on')}
      </label>
      <p className="muted">{i18n.t('options.micro_breaks_about')}</p>
      {settings.microBreaks && (
        <MinutesField
          setting="microBreakEveryMin"
          label={i18n.t('options.micro_break_every')}
          value={settings.microBreakEveryMin}
          onSave={(v) => void save('microBreakEveryMin', v)}
        />
      )}
    </section>
  );
}
