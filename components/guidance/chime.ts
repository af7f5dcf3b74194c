import type { Tone } from '@/utils/guidance/cues';

/** Notes of each tone, in Hz: a glide up for a breath in, down for a breath out, one note otherwise. */
const NOTES: Readonly<Record<Tone, readonly (readonly [number, number])[]>> = {
  in: [[392, 523]],
  out: [[523, 392]],
  still: [[440, 440]],
  step: [[432, 432]],
  end: [
    [523, 523],
    [440, 440],
    [392, 392],
  ],
};

/** Quiet enough to sit under a thought; soft attack and a long fade, no click. */
const PEAK_GAIN = 0.05;
const NOTE_SEC = 0.8;
const NOTE_GAP_SEC = 0.35;

/** Plays a tone, made in code with Web Audio: no sound file is fetched. */
export function playTone(ctx: AudioContext, tone: Tone): void {
  NOTES[tone].forEach(([from, to], i) => {
    const start = ctx.currentTime + i * NOTE_GAP_SEC;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(from, start);
    if (to !== from) osc.frequency.exponentialRampToValueAtTime(to, start + NOTE_SEC * 0.6);
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_SEC);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + NOTE_SEC + 0.05);
  });
}
