import type { LocaleModule } from '@lit/localize';

/**
 * One static loader per target locale. Bundlers turn each into its own lazy
 * chunk, fetched relative to the main script only when that locale is used
 * (a template-literal import would not be split).
 */
export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  ar: () => import('../generated/locales/ar.js'),
  // The pseudo-locale for QA (accented, bracketed, 40% longer); generated, never translated by hand.
  'en-XA': () => import('../generated/locales/en-XA.js'),
};
