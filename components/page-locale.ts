import { i18n } from '#i18n';
import { pageLocaleFor } from '@/utils/format/page-locale';

let chosen: string | undefined;

/** The locale every page formats dates, times and numbers with: the texts' language (see pageLocaleFor). */
export function pageLocale(): string {
  chosen ??= pageLocaleFor(i18n.t('locale_code'), navigator.languages);
  return chosen;
}
