import { i18n } from '#i18n';
import { useId } from 'react';
import { GUIDANCE_CHOICES, type Guidance } from '@/utils/settings/settings';
import type { VoiceState } from './useLocalVoice';
import './guidance.css';

/** What is known about reading aloud on this device, in a sentence; empty while not asked for. */
function voiceLine(voice: VoiceState): string {
  switch (voice.status) {
    case 'off':
      return '';
    case 'looking':
      return i18n.t('guidance.voice_looking');
    case 'found':
      return i18n.t('guidance.voice_found', [voice.voice.name]);
    case 'none':
      return i18n.t('guidance.voice_none');
  }
}

/**
 * The one guidance setting: off, chimes, or spoken steps; and, for spoken steps, which voice on this
 * device reads them, or that there is none (then chimes play instead). `inline` is the break page's
 * compact row; the options page lists the choices.
 */
export function GuidanceChoice(props: {
  value: Guidance;
  voice: VoiceState;
  onChange: (guidance: Guidance) => void;
  inline?: boolean;
}) {
  const name = useId();
  const line = voiceLine(props.voice);
  return (
    <fieldset className={props.inline ? 'guidance-choice pills' : 'guidance-choice'}>
      <legend>{i18n.t('guidance.legend')}</legend>
      <div className="pill-options">
        {GUIDANCE_CHOICES.map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={name}
              checked={props.value === choice}
              onChange={() => props.onChange(choice)}
            />
            {i18n.t(props.inline ? `guidance.short.${choice}` : `guidance.long.${choice}`)}
          </label>
        ))}
      </div>
      {!props.inline && <p className="muted guidance-hint">{i18n.t('guidance.private')}</p>}
      <p className="muted guidance-voice" role="status" data-voice={props.voice.status}>
        {line}
      </p>
    </fieldset>
  );
}
