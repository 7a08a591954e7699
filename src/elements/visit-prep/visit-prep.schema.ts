import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { localizedText, webUrl } from '../../schema/common.js';
import { phone } from '../../schema/phone.js';

/**
 * A clinic's additions to the visit preparation: its name and how to reach it (shown on the summary the
 * patient prints, with a QR code to `url`), and its own questions, offered beside the built-in ones. Every
 * text is a plain string or a per-locale map with an "en" entry; every text is shown as text, never as
 * HTML. Nothing here is checked against the evidence file: the clinic answers for its own text. Example:
 *
 * ```json
 * {
 *   "clinic": { "name": "Riverside Clinic", "phone": "+1 555 0100", "email": "care@example.org", "url": "https://example.org/ketamine" },
 *   "questions": [{ "en": "Can I bring someone with me?", "es": "¿Puedo venir con alguien?" }]
 * }
 * ```
 */

const email = z.email({
  error: () =>
    msg('an email address such as care@example.org', {
      id: 'error.expected.email',
      desc: 'Error panel: what a clinic email address must look like. Keep the example address as is.',
    }),
});

const clinicSchema = z.strictObject({
  name: localizedText,
  phone: z.optional(phone),
  email: z.optional(email),
  /** The clinic's page: a link on the summary, and its QR code. */
  url: z.optional(webUrl),
});

export const visitPrepSchema = z.strictObject({
  clinic: z.optional(clinicSchema),
  questions: z.optional(z.array(localizedText).check(z.minLength(1), z.maxLength(10))),
});

/** The additions as a clinic writes them (JSON or the `additions` property). */
export type VisitPrepInput = z.input<typeof visitPrepSchema>;
/** The additions after validation. */
export type VisitPrepAdditions = z.output<typeof visitPrepSchema>;
