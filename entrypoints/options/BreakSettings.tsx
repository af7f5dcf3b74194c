import { i18n } from '#i18n';
import { EXERCISES } from '@/utils/content/exercises';
import { GuidanceChoice } from '@/components/guidance/GuidanceChoice';
import { useLocalVoice } from '@/components/guidance/useLocalVoice';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSetting } from '@/components/useSettings';
import { MinutesField } from './MinutesField';

/** How long a break lasts, which exercises to suggest, and how to breathe and follow them. */
export function BreakSettings(props: { settings: Settings; save: SaveSetting }) {
  const { settings, save } = props;
  const voice = useLocalVoice(settings.guidance === 'voice');
  const excluded = settings.excludedExercises;
  return (
    <section className="card" id="breaks" aria-labelledby="breaks-h">
      <h2 id="breaks-h">{i18n.t('options.breaks')}</h2>
      <MinutesField
        setting="breakLengthMin"
        label={i18n.t('options.break_length')}
        about={i18n.t('options.break_length_about')}
        value={settings.breakLengthMin}
        onSave={(v) => void save('breakLengthMin', v)}
      />
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
    </section>
  );
}
