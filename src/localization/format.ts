import { getLocale } from './localization.js';

/** A date in the widgets' current locale, e.g. "November 27, 2026" / "27 de noviembre de 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

/** One formatter per locale: a comparison table formats hundreds of footnote numbers per render. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A plain count in the widgets' current locale ("1,234" / "1.234"). */
export function formatNumber(value: number): string {
  const locale = getLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
