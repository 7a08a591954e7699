import '../support/robustness-instrument.js';
import {
  HEADING_LEVELS,
  README_HOW_IT_WORKS,
  THEMES,
  attrValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings } from '../support/robustness-fuzz.js';
import { builtInOrClinic, describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-how-it-works> from the built CDN bundle, under 1,000 generated
 * cases per input (1,250 for the attributes; the runner prints how many
 * differ): the `.additions` property (a clinic note), the inline JSON child,
 * and every attribute (heading-level, theme).
 */

const TAG = 'ketamine-how-it-works';
const STEPS = 5;

describeWidgetFuzz({
  tag: TAG,
  shows: 'steps',
  property: 'additions',
  propertyValues: propertyArb('how-it-works'),
  jsonTexts: jsonTextArb('how-it-works'),
  attributes: {
    title: 'heading-level, theme (with and without a clinic note)',
    attributes: {
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 2,
    makeElement: builtInOrClinic(TAG, README_HOW_IT_WORKS),
    expect: (_el, values) => ({
      outcome: 'content',
      events: 0,
      warnings: enumWarnings(values, ['heading-level', 'theme']),
    }),
    check: (el, values) => {
      const problems: string[] = [];
      const root = el.shadowRoot!;
      if (root.querySelectorAll('[part~="step"]').length !== STEPS) problems.push('not every step shown');
      const note = root.querySelectorAll('[part~="clinic-note"]').length;
      if (note !== (el.querySelector('script') ? 1 : 0)) problems.push(`${note} clinic notes`);
      const level = root.querySelector('[part~="heading"]')?.getAttribute('aria-level');
      if (level !== enumValue(values, 'heading-level')) problems.push(`heading level ${level}`);
      if (el.theme !== enumValue(values, 'theme')) problems.push(`theme ${String(el.theme)}`);
      return problems;
    },
  },
});
