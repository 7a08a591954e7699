import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** Every locale the library ships, source first. */
export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

export const SOURCE_LOCALE: string = sourceLocale;

const baseLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * Maps any BCP 47 tag to a locale the library has, so a widget never shows a
 * mix of languages. Order: exact match (case-insensitive), then a shipped
 * locale with the same base language (`es-MX` → `es`, `pt-PT` → `pt-BR`),
 * then the source locale.
 */
export function resolveLocale(requested: string | null | undefined): string {
  const tag = (requested ?? '').trim().replace(/_/g, '-');
  if (!tag) return SOURCE_LOCALE;
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const base = baseLanguage(tag);
  return SUPPORTED_LOCALES.find((l) => baseLanguage(l) === base) ?? SOURCE_LOCALE;
}

/** The fallback chain for clinic-supplied per-locale text: `es-MX` → `es` → `en`. */
export function fallbackChain(locale: string): string[] {
  const chain = [locale];
  const base = baseLanguage(locale);
  if (base !== locale) chain.push(base);
  if (!chain.includes(SOURCE_LOCALE)) chain.push(SOURCE_LOCALE);
  return chain;
}

/** Languages written right to left, by base language. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** `rtl` for locales written right to left, otherwise `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(baseLanguage(locale)) ? 'rtl' : 'ltr';
}
