/**
 * Factors: things that may go with how a day feels (sleep, movement, people, …), offered as an
 * optional row of chips after the feeling words. Data only; each name is `factor_names.<id>` in the
 * locales. The person's own list (renamed, hidden, reordered, their own added) lives in settings
 * (utils/factors/list.ts); these are its defaults.
 */

export interface DefaultFactor<Id extends string = string> {
  readonly id: Id;
  /** Where the factor comes from: the source articles (../shared/seeds) and peer apps (research/peers.md). */
  readonly sources: readonly string[];
}

export const DEFAULT_FACTORS = [
  {
    id: 'slept_well',
    sources: [
      'seeds/001: adequate rest, seven or more hours of sleep; quality and amount of sleep',
      'peers.md: How We Feel factors (sleep)',
    ],
  },
  {
    id: 'movement',
    sources: [
      'seeds/000: exercise, even gentle walking; seeds/001: physical activity most days',
      'peers.md: How We Feel factors (exercise); Daylio activities',
    ],
  },
  {
    id: 'outdoors',
    sources: ['seeds/000: spending time outdoors, nature', 'peers.md: Daylio activities'],
  },
  {
    id: 'people',
    sources: [
      'seeds/000: social support, time with friends and family; seeds/001: support network',
      'peers.md: How We Feel factors (people)',
    ],
  },
  {
    id: 'screens',
    sources: ['seeds/002: compulsive screen time as a way to escape feelings', 'peers.md: Bearable factors'],
  },
  {
    id: 'meals',
    sources: [
      'seeds/000: balanced nutrition, staying hydrated; seeds/001: a nutritious diet',
      'peers.md: Bearable factors',
    ],
  },
  {
    id: 'alcohol',
    sources: [
      'seeds/001: alcohol and drugs add to stress; seeds/002: alcohol to escape feelings',
      'peers.md: Bearable factors',
    ],
  },
  {
    id: 'medication',
    sources: [
      'seeds/000, 001, 002: some medications can blunt feelings; talk to the prescriber',
      'peers.md: Bearable factors',
    ],
  },
  {
    id: 'hard_event',
    sources: ['seeds/002: numbness often follows a hard event or a loss', 'peers.md: How We Feel context'],
  },
] as const satisfies readonly DefaultFactor[];

export type DefaultFactorId = (typeof DEFAULT_FACTORS)[number]['id'];

const DEFAULT_IDS: ReadonlySet<string> = new Set(DEFAULT_FACTORS.map((factor) => factor.id));

export function isDefaultFactorId(id: string): id is DefaultFactorId {
  return DEFAULT_IDS.has(id);
}
