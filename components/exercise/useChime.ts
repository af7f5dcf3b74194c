import { useCallback, useRef } from 'react';

/** A soft, short tone for step changes; silent unless the user turned sound on. */
export function useChime(enabled: boolean): () => void {
  const context = useRef<AudioContext | null>(null);
  return useCallback(() => {
    if (!enabled) return;
    context.current ??= new AudioContext();
    const ctx = context.current;
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.type = 'sine';
    tone.frequency.value = 432;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.05, ctx.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.8);
    tone.connect(gain).connect(ctx.destination);
    tone.start();
    tone.stop(ctx.currentTime + 0.85);
  }, [enabled]);
}
