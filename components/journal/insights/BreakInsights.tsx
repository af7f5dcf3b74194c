import { i18n } from '#i18n';
import { CHART_MIN_POINTS } from '@/utils/insights/headline';
import { BarChart } from '@/components/charts/BarChart';
import { ChartFigure } from '@/components/charts/ChartFigure';
import type { BreakRecord } from '@/utils/db/records';
import { tallyBreaks, type BreakTally } from '@/utils/insights/break-tally';

const KINDS = [
  'taken',
  'natural',
  'skipped',
  'unanswered',
  'snoozes',
] as const satisfies readonly (keyof BreakTally)[];

/**
 * What became of breaks in the window: taken, natural, skipped, let pass, moved later. No judgement.
 * Micro-breaks are a line of their own: they ask nothing back, so only how many were offered is known.
 */
export function BreakInsights(props: { breaks: readonly BreakRecord[]; from: number; to: number }) {
  const tally = tallyBreaks(props.breaks, props.from, props.to);
  const label = (kind: (typeof KINDS)[number]) => i18n.t(`journal.insights.breaks.${kind}`);
  const total = tally.taken + tally.natural + tally.skipped + tally.unanswered;

  return (
    <section className="card insight" aria-labelledby="breaks-title">
      <h2 id="breaks-title">{i18n.t('journal.insights.breaks.title')}</h2>
      {total === 0 && tally.snoozes === 0 ? (
        <p className="muted">{i18n.t('journal.insights.breaks.none')}</p>
      ) : total < CHART_MIN_POINTS ? (
        <p className="muted not-enough">{i18n.t('journal.insights.not_enough')}</p>
      ) : (
        <ChartFigure
          title={i18n.t('journal.insights.breaks.chart')}
          summary={i18n.t('journal.insights.breaks.summary', [
            String(tally.taken + tally.natural),
            String(total),
          ])}
          columns={[i18n.t('journal.insights.breaks.col_kind'), i18n.t('journal.insights.breaks.col_count')]}
          rows={KINDS.map((kind) => ({ key: kind, cells: [label(kind), String(tally[kind])] }))}
        >
          <BarChart
            min={0}
            max={Math.max(1, ...KINDS.map((kind) => tally[kind]))}
            bars={KINDS.map((kind) => ({
              label: label(kind),
              value: tally[kind],
              valueText: String(tally[kind]),
            }))}
          />
        </ChartFigure>
      )}
      {tally.micro > 0 && (
        <p className="muted" data-testid="micro-breaks">
          {i18n.t('journal.insights.breaks.micro', tally.micro)}
        </p>
      )}
    </section>
  );
}
