/**
 * The date the built-in content was last checked against the evidence file
 * (shared/content/evidence.md). One constant for all content: update it with
 * every content review.
 */
export const LAST_REVIEWED = '2026-12-07';

/**
 * The review policy: the content is checked against the evidence file again at
 * most this many months after LAST_REVIEWED, and sooner when a drug label or a
 * major trial changes (docs/development.md, "How the content is kept current").
 */
export const REVIEW_INTERVAL_MONTHS = 12;

/** `isoDate` (YYYY-MM-DD) plus `months`, on the same day of the month or the month's last day. */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The date the next review is due by: LAST_REVIEWED plus REVIEW_INTERVAL_MONTHS, never typed by hand. */
export const NEXT_REVIEW = addMonths(LAST_REVIEWED, REVIEW_INTERVAL_MONTHS);

/** Whether `now` (ms since 1970) is past NEXT_REVIEW, a whole day in UTC: the content is due for review. */
export function reviewDue(now: number = Date.now()): boolean {
  const [y, m, d] = NEXT_REVIEW.split('-').map(Number) as [number, number, number];
  return now >= Date.UTC(y, m - 1, d + 1);
}

/**
 * The edition of the built-in clinical content: a whole number that grows by
 * one with every release whose claims change, independent of the package
 * version. Never edit it by hand: `npm run content:changeset` raises it,
 * rewrites content/claims.json and writes the changeset (see CHANGELOG.md).
 */
export const CONTENT_VERSION = 2;
