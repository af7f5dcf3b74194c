import { i18n } from '#i18n';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSetting } from '@/components/useSettings';

const THEMES: Settings['theme'][] = ['system', 'light', 'dark'];

/** Light, dark, or as the system says. */
export function LookSection(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  return (
    <section className="card" id="look" aria-labelledby="look-h">
      <h2 id="look-h">{i18n.t('options.look')}</h2>
      <label className="choice">
        {i18n.t('options.theme')}{' '}
        <select
          value={settings.theme}
          onChange={(e) => {
            const theme = THEMES.find((t) => t === e.target.value);
            if (theme) void save('theme', theme);
          }}
        >
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {i18n.t(`options.themes.${t}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
