/*
 * The ids of the sections, in the order a patient needs them, apart from
 * their texts: the schema needs only these, so its lazy chunk stays small.
 */
export const SECTION_IDS = ['status', 'effects', 'rules', 'who', 'long-term', 'questions'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const isSectionId = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);
