import * as z from 'zod/mini';
import { textLine } from './common.js';
import { validateContent } from './validate.js';

/**
 * A clinic's own medical review of a widget (the `clinic-review` attribute
 * every widget takes): who reviewed it for the clinic, their role, and when.
 * Loaded, with zod, only when a page gives one. The texts are shown as text,
 * never as HTML.
 */

/** The earliest time zone is 14 hours ahead of UTC: a date has begun somewhere by then. */
const EARLIEST_ZONE_MS = 14 * 60 * 60 * 1000;

/** A real calendar date (not 2026-02-30) that has begun somewhere on Earth (the clinic's today is never refused). */
function pastCalendarDate(date: string): boolean {
  const time = Date.parse(date);
  if (Number.isNaN(time)) return false;
  return new Date(time).toISOString().startsWith(date) && time <= Date.now() + EARLIEST_ZONE_MS;
}

const reviewDate = z
  .string({ error: 'review-date' })
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'review-date' }),
    z.refine(pastCalendarDate, { error: 'review-date' }),
  );

export const clinicReviewSchema = z
  .strictObject(
    {
      name: textLine('reviewer-text'),
      role: textLine('reviewer-text'),
      date: reviewDate,
    },
    { error: 'clinic-review' },
  )
  .register(z.globalRegistry, {
    id: 'ClinicReview',
    description:
      "The clinic's own medical review: the reviewer's name and role, and the date (YYYY-MM-DD, not in the future).",
  });

/** The clinic's review as a page gives it, e.g. `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}`. */
export type ClinicReviewInput = z.input<typeof clinicReviewSchema>;
/** A valid clinic review: texts trimmed. */
export type ClinicReview = z.output<typeof clinicReviewSchema>;

/**
 * The review from the attribute's JSON text or the property's object: valid, or the lines of a console
 * warning naming each field and what it expects.
 */
export function checkClinicReview(input: unknown): { ok: true; value: ClinicReview } | { ok: false; problems: string } {
  let lines: string[];
  try {
    const checked = validateContent(clinicReviewSchema, typeof input === 'string' ? { json: input } : { value: input });
    if (checked.ok) return checked;
    lines = checked.issues.map((i) => `${i.path || '(value)'}: expected ${i.expected}; found ${i.found}`);
  } catch {
    // A value whose getters or proxy traps throw.
    lines = ['(value): expected an object; found one that cannot be read'];
  }
  return {
    ok: false,
    problems: `${lines.map((line) => `  ${line}\n`).join('')}Write it as {"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}.`,
  };
}
