import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { contentId, localizedText, webUrl } from '../../schema/common.js';
import { ICON_NAMES } from './icon-names.js';

/**
 * A clinic's own treatment process for the treatment timeline, e.g. an intake
 * call, then "6 infusions over 2–3 weeks". When given, these steps replace
 * the built-in ones. Every text is a plain string or a per-locale map with an
 * "en" entry (a missing locale falls back to English). Nothing here is
 * checked against the evidence file: the clinic answers for its own text.
 */

/** A citation the clinic supplies for one of its steps. */
const clinicSource = z.strictObject({
  /** The reference as text, e.g. "Our clinic's treatment protocol, 2025". */
  citation: localizedText,
  /** A web page for it (https: or http: only). */
  url: z.optional(webUrl),
});

/** One step of the clinic's process. */
export const timelineStepSchema = z.strictObject({
  /** Stable id, unique in the list; the `current` attribute names a step by it. */
  id: contentId,
  /** Short title, e.g. "Intake call". */
  title: localizedText,
  /** One or two plain sentences on what happens. */
  description: localizedText,
  /** Typical timing, e.g. "6 infusions over 2–3 weeks". */
  timing: z.optional(localizedText),
  /** More detail, shown when the visitor opens the step. */
  details: z.optional(localizedText),
  /** One of the timeline's icon names. */
  icon: z.optional(z.enum(ICON_NAMES)),
  /** The clinic's sources for this step, listed in the footer. */
  sources: z.optional(z.array(clinicSource).check(z.maxLength(10))),
});

/**
 * The whole clinic process: `{ "steps": [ … ] }`, 1 to 20 steps with unique
 * ids. The id check runs even when other fields are wrong, so the error
 * panel lists every problem at once; it therefore reads the raw input
 * defensively.
 */
export const timelineSchema = z
  .strictObject({
    steps: z.array(timelineStepSchema).check(z.minLength(1), z.maxLength(20)),
  })
  .check(
    z.superRefine(
      (timeline, ctx) => {
        const steps: unknown = (timeline as { steps?: unknown } | null | undefined)?.steps;
        if (!Array.isArray(steps)) return;
        const seen = new Set<string>();
        steps.forEach((step: unknown, index) => {
          const id = (step as { id?: unknown } | null | undefined)?.id;
          if (typeof id !== 'string') return;
          if (seen.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['steps', index, 'id'],
              input: id,
              message: msg('an id that no other step uses', {
                id: 'error.expected.unique-step-id',
                desc: 'Error panel: two steps of the treatment timeline have the same id; each must be different.',
              }),
            });
          }
          seen.add(id);
        });
      },
      { when: () => true },
    ),
  );

/** One clinic step as written (JSON or the `steps` property). */
export type ClinicStepInput = z.input<typeof timelineStepSchema>;
/** The clinic's whole process as written in the inline JSON. */
export type TimelineInput = z.input<typeof timelineSchema>;
export type Timeline = z.output<typeof timelineSchema>;
export type ClinicStep = z.output<typeof timelineStepSchema>;
