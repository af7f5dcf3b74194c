import { pageLocale } from '@/components/page-locale';

/** Weekdays as settings keep them (Sunday = 0 … Saturday = 6), in the order shown: Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

export const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(pageLocale(), { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 7 + day, 12)));
