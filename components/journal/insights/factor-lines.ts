import { i18n } from '#i18n';
import type { FactorComparison, FactorSplit } from '@/utils/insights/factors';

const sentence = (name: string, s: FactorSplit): [string, string, string, string, string] => [
  name,
  String(s.withCount),
  String(s.withTotal),
  String(s.withoutCount),
  String(s.withoutTotal),
];

/**
 * The plain sentences for factor comparisons, as insights and the printed summary both say them:
 * counts with and without each factor, and the factors still under the minimum.
 */
export function factorLines(
  comparisons: readonly FactorComparison[],
  nameOf: (id: string) => string,
): { lines: { key: string; text: string }[]; waiting: string[] } {
  const lines = comparisons.flatMap((c) => {
    const name = nameOf(c.factorId);
    const said: { key: string; text: string }[] = [];
    if (c.pleasant) {
      said.push({
        key: `${c.factorId}-p`,
        text: i18n.t('journal.insights.factors.pleasant', sentence(name, c.pleasant)),
      });
    }
    // "0 of 17 vs 0 of 30" numb says nothing worth a line.
    if (c.numb && c.numb.withCount + c.numb.withoutCount > 0) {
      said.push({
        key: `${c.factorId}-n`,
        text: i18n.t('journal.insights.factors.numb', sentence(name, c.numb)),
      });
    }
    return said;
  });
  const waiting = comparisons.filter((c) => !c.pleasant && !c.numb).map((c) => nameOf(c.factorId));
  return { lines, waiting };
}
