import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { contentId, localizedText } from '../../schema/common.js';
import { clinicSourceSchema } from '../../schema/clinic-source.js';
import { phone } from '../../schema/phone.js';
import { SECTION_IDS, type SectionId } from './section-ids.js';

/**
 * A clinic's additions to the safety facts: its own items in any section
 * (e.g. its monitoring rules, or whom to call after a session), each with its
 * own sources, shown in a block marked as the clinic's, apart from the
 * sourced facts. Every text is a plain string or a per-locale map with an
 * "en" entry. Nothing here is checked against the evidence file: the clinic
 * answers for its own text. Example:
 *
 * ```json
 * {
 *   "sections": {
 *     "rules": { "items": [{ "text": "A nurse checks on you every 15 minutes.", "sources": ["our-protocol"] }] },
 *     "questions": { "items": [{ "text": { "en": "After hours, call us:", "es": "Fuera de horario, llámenos:" }, "phone": "+1 555 0100" }] }
 *   },
 *   "sources": [{ "id": "our-protocol", "citation": "Our monitoring protocol, 2025", "url": "https://example.org/protocol" }]
 * }
 * ```
 */

/** One clinic item: its text, optionally a phone number to call and the clinic sources it cites. */
const itemSchema = z.strictObject({
  text: localizedText,
  phone: z.optional(phone),
  sources: z.optional(z.array(contentId).check(z.minLength(1), z.maxLength(10))),
});

/** A section's clinic items; one definition in the JSON Schema, shared by every section. */
const sectionSchema = z
  .strictObject({
    items: z.array(itemSchema).check(z.minLength(1), z.maxLength(12)),
  })
  .register(z.globalRegistry, {
    id: 'SafetyFactsSection',
    description: 'The clinic\'s own items in one section, shown apart under "From your clinic".',
  });

const sectionsSchema = z.strictObject(
  Object.fromEntries(SECTION_IDS.map((id) => [id, z.optional(sectionSchema)])) as Record<
    SectionId,
    z.ZodMiniOptional<typeof sectionSchema>
  >,
);

type Draft = {
  sections?: Partial<Record<string, { items?: { sources?: string[] | undefined }[] } | undefined>> | undefined;
  sources?: { id: string }[] | undefined;
};

/** Unique source ids, and every footnote pointing to a declared clinic source; each issue names its path. */
function crossCheck(value: Draft, ctx: z.core.$RefinementCtx<Draft>): void {
  // zod runs this also after non-fatal issues, so read defensively.
  const items = <T>(list: T[] | undefined): T[] => (Array.isArray(list) ? list : []);
  const declared: string[] = [];
  items(value.sources).forEach((source, index) => {
    if (declared.includes(source?.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'id'],
        input: source.id,
        message: msg(str`a source id not already used (used: ${declared.join(', ')})`, {
          id: 'error.expected.safety-unique-source',
          desc: 'Error panel: two clinic sources of the safety facts have the same id; the placeholder lists the ids used.',
        }),
      });
    }
    declared.push(source?.id);
  });
  const sections = value.sections && typeof value.sections === 'object' ? value.sections : {};
  for (const [sectionId, section] of Object.entries(sections)) {
    items(section?.items).forEach((item, index) => {
      items(item?.sources).forEach((sourceId, s) => {
        if (declared.includes(sourceId)) return;
        ctx.addIssue({
          code: 'custom',
          path: ['sections', sectionId, 'items', index, 'sources', s],
          input: sourceId,
          message: msg(str`the id of a source listed under "sources": ${declared.join(', ') || '—'}`, {
            id: 'error.expected.safety-source-ref',
            desc: 'Error panel: a footnote must name a source the clinic declared in its "sources" list (keep "sources" as is); the placeholder lists the declared ids.',
          }),
        });
      });
    });
  }
}

/** `{ sections?, sources? }`: what a clinic adds to the safety facts. */
export const safetyFactsSchema = z
  .strictObject({
    sections: z.optional(sectionsSchema),
    sources: z.optional(z.array(clinicSourceSchema).check(z.maxLength(30))),
  })
  .check(z.superRefine(crossCheck));

/** A clinic's additions as written (JSON or the `additions` property). */
export type SafetyAdditionsInput = z.input<typeof safetyFactsSchema>;
/** A clinic's additions after validation. */
export type SafetyAdditions = z.output<typeof safetyFactsSchema>;
export type ClinicItem = z.output<typeof itemSchema>;
