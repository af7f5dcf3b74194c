import { quadrantOf, type Quadrant } from '../content/emotions';

/** How pleasant a placed point is, in words. */
export type PleasantWord = 'very_unpleasant' | 'unpleasant' | 'neutral' | 'pleasant' | 'very_pleasant';
/** How much energy a placed point has, in words; low energy reads "calm" only on the pleasant side. */
export type EnergyWord = 'lively' | 'tense' | 'steady' | 'calm' | 'low';

/** The plain name of a placed mood-meter point ("pleasant, calm") and its quadrant (for the colour). */
export interface MoodName {
  quadrant: Quadrant;
  pleasant: PleasantWord;
  energy: EnergyWord;
}

/** From this far out on the pleasantness axis (of 5), a point reads "very". */
const VERY = 3;

function pleasantWord(pleasantness: number): PleasantWord {
  if (pleasantness <= -VERY) return 'very_unpleasant';
  if (pleasantness < 0) return 'unpleasant';
  if (pleasantness === 0) return 'neutral';
  return pleasantness < VERY ? 'pleasant' : 'very_pleasant';
}

/**
 * Energy reads against pleasantness, as the mood meter's quadrants do: high energy is lively when
 * pleasant and tense otherwise; low energy is calm when pleasant and low otherwise.
 */
function energyWord(pleasantness: number, energy: number): EnergyWord {
  if (energy === 0) return 'steady';
  if (energy > 0) return pleasantness > 0 ? 'lively' : 'tense';
  return pleasantness > 0 ? 'calm' : 'low';
}

/** The name of a placed point; null when the meter was not placed (either axis missing). */
export function moodName(pleasantness: number | null, energy: number | null): MoodName | null {
  if (pleasantness === null || energy === null) return null;
  return {
    quadrant: quadrantOf(pleasantness, energy),
    pleasant: pleasantWord(pleasantness),
    energy: energyWord(pleasantness, energy),
  };
}
