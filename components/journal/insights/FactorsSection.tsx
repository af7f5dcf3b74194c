import { i18n } from '#i18n';
import { useSettings } from '@/components/useSettings';
import type { Checkin } from '@/utils/db/records';
import { MIN_FACTOR_CHECKINS, factorComparisons } from '@/utils/insights/factors';
import { FactorStatements } from './FactorStatements';

/**
 * What goes with better days: for each factor noted in the range, how often check-ins with it were
 * pleasant or numb next to those without it, as counts, only above the stated minimum, and never
 * as a cause.
 */
export function FactorsSection(props: { checkins: readonly Checkin[]; from: number; to: number }) {
  const order = useSettings().settings?.factors;
  if (!order) return null;
  const comparisons = factorComparisons(
    props.checkins,
    order.map((f) => f.id),
    props.from,
    props.to,
  );

  return (
    <section className="card insight factors-insight" aria-labelledby="factors-title">
      <h2 id="factors-title">{i18n.t('journal.insights.factors.title')}</h2>
      {comparisons.length === 0 ? (
        <p>{i18n.t('journal.insights.factors.none')}</p>
      ) : (
        <FactorStatements comparisons={comparisons} minCheckins={MIN_FACTOR_CHECKINS} />
      )}
    </section>
  );
}
