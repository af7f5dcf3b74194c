import { i18n } from '#i18n';
import { useCallback, useEffect, useRef } from 'react';
import type { Cue, Speech } from '@/utils/guidance/cues';
import { dynamicText } from '@/utils/i18n/dynamic-text';
import type { Guidance } from '@/utils/settings/settings';
import { playTone } from './chime';
import { useLocalVoice, type VoiceState } from './useLocalVoice';

/** A little slower than the default: instructions to follow, not news. */
const SPEECH_RATE = 0.9;

function textOf(speech: Speech): string {
  return speech.kind === 'next'
    ? i18n.t('guidance.next', [dynamicText(`exercises.${speech.exerciseId}.name`)])
    : dynamicText(speech.key);
}

/**
 * Plays guidance cues (utils/guidance/cues.ts decides them): tones through Web Audio, words through
 * speech synthesis with the local voice only. `silence` stops speech at once (pause, stop, leaving).
 */
export function useGuidance(mode: Guidance): {
  voice: VoiceState;
  play: (cue: Cue) => void;
  silence: () => void;
} {
  const voice = useLocalVoice(mode === 'voice');
  const audio = useRef<AudioContext | null>(null);

  const silence = useCallback(() => {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }, []);

  const play = useCallback(
    (cue: Cue) => {
      if (mode === 'off') return;
      if (cue.tone) {
        audio.current ??= new AudioContext();
        // A context made without a click of its own may start suspended; the page has had one.
        if (audio.current.state === 'suspended') void audio.current.resume().catch(() => undefined);
        playTone(audio.current, cue.tone);
      }
      // Words only ever go to a voice that runs on this device.
      if (cue.say.length === 0 || voice.status !== 'found') return;
      speechSynthesis.cancel();
      for (const speech of cue.say) {
        const utterance = new SpeechSynthesisUtterance(textOf(speech));
        utterance.voice = voice.voice;
        utterance.lang = voice.voice.lang;
        utterance.rate = SPEECH_RATE;
        speechSynthesis.speak(utterance);
      }
    },
    [mode, voice],
  );

  useEffect(
    () => () => {
      silence();
      void audio.current?.close().catch(() => undefined);
    },
    [silence],
  );

  return { voice, play, silence };
}
