import { i18n } from '#i18n';
import { isDefaultFactorId } from '@/utils/content/factors';
import { factorName, type FactorSetting } from '@/utils/factors/list';

/** A default factor's name in the page's language; an id no longer on the list reads as removed. */
export function defaultFactorName(id: string): string {
  return isDefaultFactorId(id) ? i18n.t(`factor_names.${id}`) : i18n.t('journal.timeline.removed_factor');
}

/** Names for factor ids as the person's list has them (own names, renamed defaults). */
export function factorNamer(list: readonly FactorSetting[]): (id: string) => string {
  const byId = new Map(list.map((factor) => [factor.id, factor]));
  return (id) => {
    const factor = byId.get(id);
    return factor ? factorName(factor, defaultFactorName) : defaultFactorName(id);
  };
}
