import * as z from 'zod/mini';
import { localizedText } from '../../schema/common.js';

/**
 * Clinic additions to <ketamine-how-it-works>: a note of the clinic's own,
 * shown after the built-in content under "A note from your clinic". The
 * built-in content cannot be replaced. The note is a plain string or a
 * per-locale map with an "en" entry. Example:
 *
 * ```json
 * { "note": { "en": "Ask us about your own treatment plan.", "es": "Pregúntenos por su plan de tratamiento." } }
 * ```
 */
export const howItWorksSchema = z.strictObject({
  note: localizedText,
});

/** The additions as a clinic writes them. */
export type HowItWorksInput = z.input<typeof howItWorksSchema>;
/** The additions, validated. */
export type HowItWorksAdditions = z.output<typeof howItWorksSchema>;
