import { i18n } from '#i18n';
import { useSettings } from '@/components/useSettings';
import type { Checkin } from '@/utils/db/records';
import { MIN_FACTOR_CHECKINS, factorComparisons, type FactorSplit } from '@/utils/insights/factors';
import { useFactorNames } from '../factor-names-context';

const sentence = (name: string, s: FactorSplit): [string, string, string, string, string] => [
  name,
  String(s.withCount),
  String(s.withTotal),
  String(s.withoutCount),
  String(s.withoutTotal),
];

/**
 * What goes with better days: for each factor noted in the range, how often check-ins with it were
 * pleasant or numb next to those without it, as counts, only above the stated minimum, and never
 * as a cause.
 */
export function FactorsSection(props: { checkins: readonly Checkin[]; from: number; to: number }) {
  const order = useSettings().settings?.factors;
  const nameOf = useFactorNames();
  if (!order) return null;
  const comparisons = factorComparisons(
    props.checkins,
    order.map((f) => f.id),
    props.from,
    props.to,
  );
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

  return (
    <section className="card insight factors-insight" aria-labelledby="factors-title">
      <h2 id="factors-title">{i18n.t('journal.insights.factors.title')}</h2>
      {comparisons.length === 0 ? (
        <p>{i18n.t('journal.insights.factors.none')}</p>
      ) : (
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
              {i18n.t('journal.insights.factors.not_enough', [
                waiting.join(', '),
                String(MIN_FACTOR_CHECKINS),
              ])}
            </p>
          )}
          <p className="muted">{i18n.t('journal.insights.factors.not_cause')}</p>
        </>
      )}
    </section>
  );
}
