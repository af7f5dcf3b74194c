/**
 * The 20-second micro-breaks, taken in turn: one for the eyes, one for posture. Their words live in the
 * locales under `micro_break.<id>`; each states where its facts come from.
 */
export interface MicroBreak {
  readonly id: string;
  readonly seconds: number;
  readonly sources: readonly string[];
}

export const MICRO_BREAKS = [
  {
    id: 'eyes',
    seconds: 20,
    sources: ['peers.md: 20-20-20, every 20 min look at something 20 feet (about 6 m) away for 20 s'],
  },
  {
    id: 'posture',
    seconds: 20,
    sources: [
      'peers.md: Stretchly offers a 20 s mini break every 10 min, with a stretch or a change of posture',
      'seed 000: body awareness, e.g. stretching, helps you feel more present',
    ],
  },
] as const satisfies readonly MicroBreak[];

export type MicroBreakId = (typeof MICRO_BREAKS)[number]['id'];

/** The micro-break after `lastId` (the first when there was none or it is unknown): eyes and posture take turns. */
export function nextMicroBreak(lastId: string | undefined): MicroBreakId {
  const index = MICRO_BREAKS.findIndex((m) => m.id === lastId);
  return MICRO_BREAKS[(index + 1) % MICRO_BREAKS.length]?.id ?? 'eyes';
}
