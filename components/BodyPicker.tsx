import { i18n } from '#i18n';
import { BODY_SENSATIONS } from '@/utils/content/body';
import { Chip } from './Chip';

/** Where a feeling sits in the body (optional). */
export function BodyPicker(props: { selected: readonly string[]; onToggle: (id: string) => void }) {
  return (
    <fieldset className="body-picker">
      <legend>{i18n.t('popup.body')}</legend>
      <ul className="chips">
        {BODY_SENSATIONS.map(({ id }) => (
          <li key={id}>
            <Chip pressed={props.selected.includes(id)} onToggle={() => props.onToggle(id)}>
              {i18n.t(`body.${id}`)}
            </Chip>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
