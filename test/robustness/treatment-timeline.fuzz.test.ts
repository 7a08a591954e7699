import '../support/robustness-instrument.js';
import {
  HEADING_LEVELS,
  ORIENTATIONS,
  README_TIMELINE,
  STEP_IDS,
  THEMES,
  attrValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings } from '../support/robustness-fuzz.js';
import type { Widget } from '../support/robustness-page.js';
import { builtInOrClinic, describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-treatment-timeline> from the built CDN bundle, under 1,000
 * generated cases per input (1,250 for the attributes; the runner prints
 * how many differ): the `.steps` property, the inline JSON child,
 * and every attribute (current, orientation, heading-level, theme).
 */

const TAG = 'ketamine-treatment-timeline';
const CLINIC_IDS = README_TIMELINE.steps.map((s) => s.id);

const idsOf = (kind: number): readonly string[] => (kind === 0 ? STEP_IDS : CLINIC_IDS);
const kindOf = (el: Widget): number => (el.querySelector('script') ? 1 : 0);

describeWidgetFuzz({
  tag: TAG,
  shows: 'timeline',
  property: 'steps',
  propertyValues: propertyArb('steps'),
  jsonTexts: jsonTextArb('timeline'),
  attributes: {
    title: 'current, orientation, heading-level, theme (built-in and clinic steps)',
    attributes: {
      current: attrValue([...STEP_IDS, ...CLINIC_IDS]),
      orientation: attrValue(ORIENTATIONS),
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 2,
    makeElement: builtInOrClinic(TAG, README_TIMELINE),
    expect: (el, values) => {
      const ids = idsOf(kindOf(el));
      const current = values['current']?.trim();
      const warnings = enumWarnings(values, ['orientation', 'heading-level', 'theme']);
      if (current && !ids.includes(current)) warnings.push({ attribute: 'current', value: current, allowed: ids });
      return { outcome: 'content', events: 0, warnings };
    },
    check: (el, values) => {
      const problems: string[] = [];
      const root = el.shadowRoot!;
      const ids = idsOf(kindOf(el));
      const shown = [...root.querySelectorAll('[part~="step"]')].map((s) => s.getAttribute('data-step-id'));
      if (shown.join(' ') !== ids.join(' ')) problems.push(`steps ${shown.join(' ')}`);
      const current = values['current']?.trim();
      const want = current && ids.includes(current) ? [current] : [];
      const marked = [...root.querySelectorAll('[aria-current="step"]')].map((s) => s.getAttribute('data-step-id'));
      if (marked.join(' ') !== want.join(' '))
        problems.push(`current step ${marked.join(' ')}, expected ${want.join(' ')}`);
      if (root.querySelectorAll('[part~="current-label"]').length !== want.length)
        problems.push('"You are here" labels');
      const orientation = root.querySelector('[part~="list"]')?.getAttribute('data-orientation');
      if (orientation !== enumValue(values, 'orientation')) problems.push(`orientation ${orientation}`);
      const levels = new Set([...root.querySelectorAll('[part~="title"]')].map((t) => t.getAttribute('aria-level')));
      if ([...levels].join() !== enumValue(values, 'heading-level'))
        problems.push(`title levels ${[...levels].join()}`);
      if (el.theme !== enumValue(values, 'theme')) problems.push(`theme ${String(el.theme)}`);
      return problems;
    },
  },
});
