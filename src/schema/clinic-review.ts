import * as z from 'zod/mini';
import { textLine } from './common.js';

/**
 * A clinic's own medical review of a widget (the `clinic-review` attribute
 * every widget takes): who reviewed it for the clinic, their role, and when.
 * Loaded, with zod, only when a page gives one. The texts are shown as text,
 * never as HTML.
 */

/** The earliest time zone is 14 hours ahead of UTC: a date has begun somewhere by then. */
const EARLIEST_ZONE_MS = 14 * 60 * 60 * 1000;

/** A calendar date as YYYY-MM-DD that has begun somewhere on Earth (the clinic's today is never refused). */
const reviewDate = z.iso
  .date({ error: 'review-date' })
  .check(z.refine((date) => Date.parse(date) <= Date.now() + EARLIEST_ZONE_MS, { error: 'review-date' }));

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
