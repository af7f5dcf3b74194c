import type { Weekday } from '@/utils/insights/days';
import { pageLocale } from '@/components/page-locale';

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week in the page's locale (Monday where it cannot tell). */
export function localeWeekStart(): Weekday {
  try {
    const locale = new Intl.Locale(pageLocale()) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    // Intl counts 1 (Monday) to 7 (Sunday); Date counts 0 (Sunday) to 6.
    if (info) return (info.firstDay % 7) as Weekday;
  } catch {
    // An unusual locale string: fall through to Monday.
  }
  return 1;
}
