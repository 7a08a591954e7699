/**
 * The date the built-in content was last checked against the evidence file
 * (shared/content/evidence.md). One constant for all content: update it with
 * every content review.
 */
export const LAST_REVIEWED = '2026-11-30';
