import { getLocale } from './localization.js';

/**
 * One formatter of each kind per locale. Making an Intl formatter costs far
 * more than using one, and every widget formats on each render (a comparison
 * table formats hundreds of footnote numbers; a locale switch re-renders all).
 */
export function perLocale<F>(make: (locale: string) => F): () => F {
  const made = new Map<string, F>();
  return () => {
    const locale = getLocale();
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));

/** A date in the widgets' current locale, e.g. "November 27, 2026" / "27 de noviembre de 2026". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateFormat().format(Date.UTC(y, m - 1, d));
}

/** A plain count in the widgets' current locale ("1,234" / "1.234"). */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** The CLDR plural category of `n` in the widgets' current locale ("one", "few", …). */
export function pluralCategory(n: number): Intl.LDMLPluralRule {
  return pluralRules().select(n);
}
