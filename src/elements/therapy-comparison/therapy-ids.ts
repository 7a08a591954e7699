/*
 * The ids of the built-in columns and rows, apart from their texts: the
 * comparison schema needs only these, so its lazy chunk stays small and the
 * comparison widget's chunk keeps the content for itself.
 */

/** Therapy (column) ids, in the default order. */
export const THERAPY_IDS = ['ketamine', 'ssri', 'benzodiazepine', 'cbt'] as const;
export type TherapyId = (typeof THERAPY_IDS)[number];
/** How many therapies a clinic may add (the comparison schema's limit). */
export const MAX_CLINIC_THERAPIES = 8;
/** The most columns a table can have: every built-in therapy and every one a clinic may add. */
export const MAX_COLUMNS = THERAPY_IDS.length + MAX_CLINIC_THERAPIES;

/** Criterion (row) ids, in the default order. */
export const CRITERION_IDS = [
  'mechanism',
  'onset',
  'administration',
  'duration',
  'evidence',
  'risks',
  'regulation',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];
