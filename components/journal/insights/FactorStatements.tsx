import { i18n } from '#i18n';
import type { FactorComparison, FactorSplit } from '@/utils/insights/factors';
import { useFactorNames } from '../factor-names-context';

const sentence = (name: string, s: FactorSplit): [string, string, string, string, string] => [
  name,
  String(s.withCount),
  String(s.withTotal),
  String(s.withoutCount),
  String(s.withoutTotal),
];

/**
 * Factor comparisons in plain, careful sentences, as insights and the printed summary both say them:
 * counts with and without each factor, the factors still under the minimum, and never a cause.
 */
export function FactorStatements(props: { comparisons: readonly FactorComparison[]; minCheckins: number }) {
  const nameOf = useFactorNames();
  const lines = props.comparisons.flatMap((c) => {
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
  const waiting = props.comparisons.filter((c) => !c.pleasant && !c.numb).map((c) => nameOf(c.factorId));
  return (
    <>
      <p className="muted">{i18n.t('journal.insights.factors.intro')}</p>
      {lines.length > 0 && (
        <ul className="factor-lines">
          {lines.map((line) => (
            <li key={line.key}>{line.text}</li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <p className="factor-waiting">
          {i18n.t('journal.insights.factors.not_enough', [waiting.join(', '), String(props.minCheckins)])}
        </p>
      )}
      <p className="muted">{i18n.t('journal.insights.factors.not_cause')}</p>
    </>
  );
}
