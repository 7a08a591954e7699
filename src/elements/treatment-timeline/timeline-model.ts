import { localize } from '../../internal/localized-text.js';
import { CITATION_LANG, source } from '../../content/sources.js';
import { TIMELINE_STEPS, builtInSteps, isStepId } from './timeline-steps.js';
import type { ClinicStep } from './timeline.schema.js';
import type { IconName } from './icons.js';

/** A source as the footer lists it. */
export interface ShownSource {
  /** Same key, same source: a source cited by several steps is listed once. */
  key: string;
  citation: string;
  doi?: string;
  pmid?: string;
  url?: string;
  /** Set for a built-in citation (CITATION_LANG). */
  lang?: string;
}

/** A step as the template shows it, built-in or clinic-supplied, in the current locale. */
export interface ShownStep {
  id: string;
  title: string;
  description: string;
  timing?: string;
  details: string[];
  icon: IconName;
  sources: ShownSource[];
  /** Another option rather than a step of treatment: shown unnumbered (built-in only). */
  option?: boolean;
}

export function fromBuiltIn(): ShownStep[] {
  return builtInSteps().map((step) => ({
    ...step,
    sources: step.sources.map((id) => ({ key: id, ...source(id), lang: CITATION_LANG })),
  }));
}

export function fromClinic(steps: readonly ClinicStep[]): ShownStep[] {
  return steps.map((step) => ({
    id: step.id,
    title: localize(step.title),
    description: localize(step.description),
    timing: localize(step.timing),
    details: step.details === undefined ? [] : [localize(step.details)],
    // A clinic step named like a built-in one gets its icon unless it picks one.
    icon: step.icon ?? (isStepId(step.id) ? TIMELINE_STEPS[step.id]().icon : 'dot'),
    sources: (step.sources ?? []).map((s) => {
      const citation = localize(s.citation);
      return { key: `clinic:${citation}|${s.url ?? ''}`, citation, ...(s.url ? { url: s.url } : {}) };
    }),
  }));
}

/** Each step's number ("Step 2"), counting the steps of treatment only; none for another option. */
export const stepNumbers = (steps: readonly ShownStep[]): (number | undefined)[] => {
  let n = 0;
  return steps.map((step) => (step.option ? undefined : ++n));
};

/** The footer's sources in order of first citation (a source cited twice is listed once), and each step's numbers. */
export function numberSources(steps: readonly ShownStep[]): { listed: ShownSource[]; numbersOf: number[][] } {
  const listed: ShownSource[] = [];
  const numberOf = new Map<string, number>();
  for (const step of steps) {
    for (const s of step.sources) {
      if (!numberOf.has(s.key)) {
        listed.push(s);
        numberOf.set(s.key, listed.length);
      }
    }
  }
  const numbersOf = steps.map((step) =>
    [...new Set(step.sources.map((s) => numberOf.get(s.key)!))].sort((a, b) => a - b),
  );
  return { listed, numbersOf };
}
