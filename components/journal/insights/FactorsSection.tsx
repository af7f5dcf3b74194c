import { i18n } from '#i18n';
import { useSettings } from '@/components/useSettings';
import type { Checkin } from '@/utils/db/records';
import { MIN_FACTOR_CHECKINS, factorComparisons } from '@/utils/insights/factors';
import { useFactorNames } from '../factor-names-context';
import { factorLines } from './factor-lines';

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
  const { lines, waiting } = factorLines(comparisons, nameOf);

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
