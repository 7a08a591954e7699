import { getLocale } from './localization.js';

/** A date in the widgets' current locale, e.g. "November 27, 2026" / "27 de noviembre de 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** A plain count in the widgets' current locale ("1,234" / "1.234"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(getLocale()).format(value);
}
