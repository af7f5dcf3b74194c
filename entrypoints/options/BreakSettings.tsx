import { i18n } from '#i18n';
import { EXERCISES } from '@/utils/content/exercises';
import { GuidanceChoice } from '@/components/guidance/GuidanceChoice';
import { useLocalVoice } from '@/components/guidance/useLocalVoice';
import { RegionSelect } from '@/components/RegionSelect';
import { migrateHelpRegion } from '@/utils/content/help-place';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSetting } from '@/components/useSettings';

const THEMES: Settings['theme'][] = ['system', 'light', 'dark'];

/** Which exercises to suggest, how to breathe and follow them, theme and help-line region. */
export function BreakSettings(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  const voice = useLocalVoice(settings.guidance === 'voice');
  const excluded = settings.excludedExercises;
  return (
    <section className="card" aria-labelledby="breaks-h">
      <h2 id="breaks-h">{i18n.t('options.breaks')}</h2>
      <fieldset>
        <legend>{i18n.t('options.exercises')}</legend>
        <div className="exercise-grid">
          {EXERCISES.map(({ id }) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                checked={!excluded.includes(id)}
                onChange={(e) =>
                  void save(
                    'excludedExercises',
                    e.target.checked ? excluded.filter((x) => x !== id) : [...excluded, id],
                  )
                }
              />
              {i18n.t(`exercises.${id}.name`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.gentlerBreathing}
          onChange={(e) => void save('gentlerBreathing', e.target.checked)}
        />
        {i18n.t('options.gentler_breathing')}
      </label>
      <GuidanceChoice value={settings.guidance} voice={voice} onChange={(g) => void save('guidance', g)} />
      <div className="row">
        <label>
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
        <RegionSelect
          label={i18n.t('options.region')}
          value={migrateHelpRegion(settings.helpRegion)}
          onChange={(r) => void save('helpRegion', r)}
          allowAuto
        />
      </div>
      <p className="muted">{i18n.t('options.shortcut')}</p>
    </section>
  );
}
