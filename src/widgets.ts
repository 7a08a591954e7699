import type { ZodMiniType as ZodType } from 'zod/mini';

/**
 * The one list of widgets. Everything that needs to know which widgets exist
 * reads it: both library entries, the builds, the size budgets, the
 * translation groups, the test harnesses, the bench and the package exports.
 *
 * A widget's name is its folder (`src/elements/<name>/`), its tag
 * (`ketamine-<name>`) and its translation group. Nothing here is loaded
 * until asked for: the CDN entry fetches a widget's code only when its tag
 * appears on the page. `npm run new-widget <name>` adds an entry.
 */
export interface WidgetEntry {
  /** Registers the element: its `define.ts`. */
  readonly define: () => Promise<unknown>;
  /** The clinic content it accepts: the property (or inline JSON child) and its zod schema. */
  readonly content: {
    /** Names the published JSON Schema, `schemas/<kind>.schema.json`. */
    readonly kind: string;
    /** The property that takes a clinic object. */
    readonly property: string;
    readonly schema: () => Promise<ZodType>;
  };
  /** Attributes that show built-in content, as a webmaster would write them (tests, bench, demo). */
  readonly example: Readonly<Record<string, string>>;
  /**
   * A widget still being written (as `npm run new-widget` registers it): the locale check lists its
   * untranslated strings instead of failing on them. Remove it once the widget is translated.
   */
  readonly draft?: true;
}

export const WIDGETS = {
  'evidence-card': {
    define: () => import('./elements/evidence-card/define.js'),
    content: {
      kind: 'study',
      property: 'study',
      schema: () => import('./elements/evidence-card/study.schema.js').then((m) => m.studySchema),
    },
    example: { study: 'feder-2021-ptsd' },
  },
  'treatment-timeline': {
    define: () => import('./elements/treatment-timeline/define.js'),
    content: {
      kind: 'timeline',
      property: 'steps',
      schema: () => import('./elements/treatment-timeline/timeline.schema.js').then((m) => m.timelineSchema),
    },
    example: { current: 'monitoring' },
  },
  'therapy-comparison': {
    define: () => import('./elements/therapy-comparison/define.js'),
    content: {
      kind: 'comparison',
      property: 'additions',
      schema: () => import('./elements/therapy-comparison/comparison.schema.js').then((m) => m.comparisonSchema),
    },
    example: { highlight: 'ketamine' },
  },
  'how-it-works': {
    define: () => import('./elements/how-it-works/define.js'),
    content: {
      kind: 'how-it-works',
      property: 'additions',
      schema: () => import('./elements/how-it-works/how-it-works.schema.js').then((m) => m.howItWorksSchema),
    },
    example: {},
  },
  'safety-facts': {
    define: () => import('./elements/safety-facts/define.js'),
    content: {
      kind: 'safety-facts',
      property: 'additions',
      schema: () => import('./elements/safety-facts/safety-facts.schema.js').then((m) => m.safetyFactsSchema),
    },
    example: {},
  },
  'evidence-summary': {
    define: () => import('./elements/evidence-summary/define.js'),
    content: {
      kind: 'audit',
      property: 'audit',
      schema: () => import('./elements/evidence-summary/evidence-summary.schema.js').then((m) => m.auditSchema),
    },
    example: { claims: '' },
  },
  'visit-prep': {
    define: () => import('./elements/visit-prep/define.js'),
    content: {
      kind: 'visit-prep',
      property: 'additions',
      schema: () => import('./elements/visit-prep/visit-prep.schema.js').then((m) => m.visitPrepSchema),
    },
    example: {},
  },
} as const satisfies Record<string, WidgetEntry>;

export type WidgetName = keyof typeof WIDGETS;
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];
export const tagOf = <N extends WidgetName>(name: N): `ketamine-${N}` => `ketamine-${name}`;
