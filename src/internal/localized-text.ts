import type { LocalizedText } from '../schema/common.js';
import { contentLocaleChain } from '../localization/localization.js';

/**
 * Picks the text for the current locale from a clinic's per-locale map
 * (`es-MX` → `es` → `en`). Built-in content is already a plain string,
 * translated through msg().
 */
export function localize(text: LocalizedText): string;
export function localize(text: LocalizedText | undefined): string | undefined;
export function localize(text: LocalizedText | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const key = contentLocaleChain().find((locale) => Object.hasOwn(text, locale));
  return text[key ?? 'en'];
}
