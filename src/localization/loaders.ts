import type { LocaleModule } from '@lit/localize';

/**
 * One static loader per target locale. Bundlers turn each into its own lazy
 * chunk, fetched relative to the main script only when that locale is used
 * (a template-literal import would not be split).
 */
export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
};
