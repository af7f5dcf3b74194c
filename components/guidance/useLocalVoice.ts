import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { pickLocalVoice } from '@/utils/guidance/voice';

export type VoiceState =
  | { status: 'off' }
  | { status: 'looking' }
  | { status: 'found'; voice: SpeechSynthesisVoice }
  | { status: 'none' };

/** Browsers list their voices a moment after the page asks; this long without one means none. */
const VOICE_WAIT_MS = 1500;

interface Search {
  voice: SpeechSynthesisVoice | null;
  /** The wait is over: no voice now means none. */
  over: boolean;
}

/**
 * A voice on this device for the page's language (utils/guidance/voice.ts picks it; only voices with
 * `localService` qualify), looked for while `enabled`. Follows the list if voices come or go.
 */
export function useLocalVoice(enabled: boolean): VoiceState {
  const [search, setSearch] = useState<Search>({ voice: null, over: false });

  useEffect(() => {
    if (!enabled) return;
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    const pageLang = document.documentElement.lang || i18n.t('locale_code');
    const look = (over: boolean) => {
      const voice = synth ? pickLocalVoice(synth.getVoices(), pageLang, navigator.languages) : null;
      setSearch((current) => ({ voice, over: over || current.over }));
    };
    const first = setTimeout(() => look(false));
    const last = setTimeout(() => look(true), VOICE_WAIT_MS);
    const onVoices = () => look(false);
    synth?.addEventListener('voiceschanged', onVoices);
    return () => {
      clearTimeout(first);
      clearTimeout(last);
      synth?.removeEventListener('voiceschanged', onVoices);
    };
  }, [enabled]);

  if (!enabled) return { status: 'off' };
  if (search.voice) return { status: 'found', voice: search.voice };
  return search.over ? { status: 'none' } : { status: 'looking' };
}
