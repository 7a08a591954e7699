/**
 * The date the built-in content was last checked against the evidence file
 * (shared/content/evidence.md). One constant for all content: update it with
 * every content review.
 */
export const LAST_REVIEWED = '2026-11-30';

/**
 * The edition of the built-in clinical content: a whole number that grows by
 * one with every release whose claims change, independent of the package
 * version. Never edit it by hand: `npm run content:changeset` raises it,
 * rewrites content/claims.json and writes the changeset (see CHANGELOG.md).
 */
export const CONTENT_VERSION = 1;
