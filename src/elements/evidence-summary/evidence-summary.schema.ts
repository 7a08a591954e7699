import * as z from 'zod/mini';
import { localizedText, webUrl } from '../../schema/common.js';

/**
 * A clinic's own audit, shown beside the published results in a section of its own and never drawn on
 * their chart or pooled with them. Every text is a plain string or a per-locale map with an "en" entry.
 * Nothing here is checked against the evidence file: the clinic answers for its own text. Example:
 *
 * ```json
 * {
 *   "title": { "en": "Our patients, 2024", "es": "Nuestros pacientes, 2024" },
 *   "text": "We asked every patient to fill in an anxiety scale before and after treatment.",
 *   "numbers": [{ "label": "Patients treated", "value": 42 }],
 *   "sources": [{ "citation": "Sunrise Clinic audit, 2025", "url": "https://example.org/audit" }]
 * }
 * ```
 */
export const auditSchema = z.strictObject({
  title: localizedText,
  text: localizedText,
  /** Counts or results, each shown with its label and formatted for the visitor's language. */
  numbers: z.optional(z.array(z.strictObject({ label: localizedText, value: z.number() })).check(z.maxLength(12))),
  /** Where the audit can be read (https: or http: links only). */
  sources: z.optional(
    z.array(z.strictObject({ citation: localizedText, url: z.optional(webUrl) })).check(z.maxLength(10)),
  ),
});

/** The audit as a clinic writes it (inline JSON or the `audit` property). */
export type AuditInput = z.input<typeof auditSchema>;
/** The audit after validation. */
export type Audit = z.output<typeof auditSchema>;
