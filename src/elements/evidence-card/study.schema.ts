import * as z from 'zod/mini';
import { contentId, localizedText } from '../../schema/common.js';
import { citationSchema } from '../../schema/citation.js';

/**
 * One clinical study as the evidence card shows it. Built-in studies and a
 * clinic's own study share this shape; the card derives the evidence-strength
 * rating from `design` and `participants`, so it cannot be set by hand.
 */
export const studySchema = z.strictObject({
  id: contentId,
  /** Plain-language headline, e.g. "One ketamine infusion vs. placebo for social anxiety". */
  headline: localizedText,
  /** The condition studied, e.g. "Social anxiety disorder". */
  condition: localizedText,
  design: z.strictObject({
    randomized: z.boolean(),
    blinding: z.enum(['double-blind', 'single-blind', 'open-label', 'not-stated']),
    control: z.enum(['placebo', 'active', 'none']),
    /** What the control was, e.g. "saline (salt water)" or "midazolam (another drug, used for comparison)". */
    controlDescription: z.optional(localizedText),
    crossover: z._default(z.boolean(), false),
    /**
     * The crossover in the study's own words, e.g. "each person was to get both, 2 weeks apart, but the second
     * only if symptoms were still high". Replaces the standard line ("each person was meant to get both").
     */
    crossoverDescription: z.optional(localizedText),
    /** True when the result shown is a secondary outcome (the study was planned to answer another question). */
    secondaryOutcome: z._default(z.boolean(), false),
  }),
  participants: z.int().check(z.gte(1), z.lte(10_000_000)),
  dose: localizedText,
  route: z.optional(z.enum(['intravenous', 'subcutaneous', 'oral', 'intranasal', 'intramuscular'])),
  /** How the main result compares with the control; drives the plain outcome line. */
  outcome: z.enum(['better-than-control', 'no-difference', 'mixed', 'improved']),
  /** The main result in plain language, with its key numbers. */
  result: localizedText,
  /** The exact figures behind `result` (effect sizes, intervals, p-values), shown in the study details. */
  resultNumbers: z.optional(localizedText),
  firstMeasured: z.optional(localizedText),
  followUp: z.optional(localizedText),
  sideEffects: z.optional(localizedText),
  limitations: localizedText,
  citation: citationSchema,
});

/** A study as written (clinic JSON or built-in data). */
export type StudyInput = z.input<typeof studySchema>;
/** A study after validation, with defaults filled in. */
export type Study = z.output<typeof studySchema>;
export type StudyDesign = StudyInput['design'];
