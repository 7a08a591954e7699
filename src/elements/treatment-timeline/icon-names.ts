/**
 * The names of the timeline's icons, apart from the drawings (icons.ts) so the
 * clinic-content schema can list them without loading Lit.
 */
export const ICON_NAMES = [
  'clipboard',
  'infusion',
  'pulse',
  'calendar',
  'conversation',
  'phone',
  'leaf',
  'check',
  'dot',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

export const isIconName = (name: unknown): name is IconName => ICON_NAMES.includes(name as IconName);
