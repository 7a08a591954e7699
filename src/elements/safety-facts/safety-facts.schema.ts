import * as z from 'zod/mini';
import { localizedText } from '../../schema/common.js';

/**
 * Clinic content for <ketamine-safety-facts>: its own title and text, replacing the built-in ones. Every text
 * is a plain string or a per-locale map with an "en" entry. Example:
 *
 * ```json
 * { "title": { "en": "Our clinic", "es": "Nuestra clínica" }, "text": "What we offer." }
 * ```
 */
export const safetyFactsSchema = z.strictObject({
  title: localizedText,
  text: localizedText,
});

/** The content as a clinic writes it. */
export type SafetyFactsInput = z.input<typeof safetyFactsSchema>;
