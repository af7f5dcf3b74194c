import { i18n } from '#i18n';
import type { Checkin } from '@/utils/db/records';
import { insightHeadline, type Headline as HeadlineData } from '@/utils/insights/headline';
import type { MoodRange } from '@/utils/insights/mood-trend';
import { emotionName } from '../format';

function sentence(headline: HeadlineData, range: MoodRange): string {
  const period = i18n.t(`journal.insights.headline.period.d${range}`);
  switch (headline.kind) {
    case 'not_enough':
      return i18n.t('journal.insights.headline.not_enough');
    case 'best_part':
      return i18n.t('journal.insights.headline.best_part', [
        i18n.t(`journal.insights.headline.parts.${headline.part}`),
        period,
      ]);
    case 'lifting':
      return i18n.t('journal.insights.headline.lifting', [period]);
    case 'heavier':
      return i18n.t('journal.insights.headline.heavier', [period]);
    case 'top_word':
      return i18n.t('journal.insights.headline.top_word', [emotionName(headline.word), period]);
    case 'count':
      return i18n.t('journal.insights.headline.count', headline.checkins, [
        String(headline.checkins),
        period,
      ]);
  }
}

/** The one plain sentence insights open with, from the chosen window (the rule is in utils/insights/headline.ts). */
export function Headline(props: {
  checkins: readonly Checkin[];
  range: MoodRange;
  from: number;
  to: number;
}) {
  const headline = insightHeadline(props.checkins, props.from, props.to);
  return (
    <p className="insight-headline" aria-live="polite">
      {sentence(headline, props.range)}
    </p>
  );
}
