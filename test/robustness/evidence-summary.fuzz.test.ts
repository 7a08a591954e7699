import '../support/robustness-instrument.js';
import {
  HEADING_LEVELS,
  README_AUDIT,
  THEMES,
  attrValue,
  idListValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings, type AttrValues, type DueWarning } from '../support/robustness-fuzz.js';
import type { Widget } from '../support/robustness-page.js';
import { builtInOrClinic, describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-evidence-summary> from the built CDN bundle, under 1,000
 * generated cases per input (1,250 for the attributes; the runner prints
 * how many differ): the `.audit` property, the inline JSON child, and
 * every attribute (conditions, claims, heading-level, theme).
 */

const TAG = 'ketamine-evidence-summary';
const CONDITIONS = ['sad', 'gad', 'ptsd'] as const;

/** The rule of docs/elements.md for `conditions`: known names in their order, once; none known → all, with a warning. */
function conditions(values: AttrValues, due: DueWarning[]): string[] {
  const value = values['conditions'];
  const wanted = (value ?? '').split(/\s+/).filter(Boolean);
  const isKnown = (c: string) => (CONDITIONS as readonly string[]).includes(c);
  const known = [...new Set(wanted.filter(isKnown))];
  if (!wanted.every(isKnown)) due.push({ attribute: 'conditions', value: value!, allowed: CONDITIONS });
  return known.length ? known : [...CONDITIONS];
}

const selection = (values: AttrValues) => {
  const warnings = enumWarnings(values, ['heading-level', 'theme']);
  return { shown: conditions(values, warnings), warnings };
};

describeWidgetFuzz({
  tag: TAG,
  shows: 'summary',
  property: 'audit',
  propertyValues: propertyArb('audit'),
  jsonTexts: jsonTextArb('audit'),
  attributes: {
    title: 'conditions, claims, heading-level, theme (with and without a clinic audit)',
    attributes: {
      conditions: idListValue([...CONDITIONS]),
      claims: attrValue(['', 'claims']),
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 2,
    makeElement: builtInOrClinic(TAG, README_AUDIT),
    expect: (_el, values) => ({ outcome: 'content', events: 0, warnings: selection(values).warnings }),
    check: (el: Widget, values) => {
      const problems: string[] = [];
      const root = el.shadowRoot!;
      const want = selection(values).shown;
      const shown = [...root.querySelectorAll<HTMLElement>('[part="condition"]')].map((c) => c.dataset['condition']);
      if (shown.join(' ') !== want.join(' '))
        problems.push(`conditions ${shown.join(' ')}, expected ${want.join(' ')}`);
      const claims = root.querySelector('[part="claims"]') !== null;
      if (claims !== (values['claims'] != null)) problems.push(`claims shown: ${claims}`);
      const audit = root.querySelector('[part="audit"]') !== null;
      if (audit !== Boolean(el.querySelector('script'))) problems.push(`audit shown: ${audit}`);
      const level = root.querySelector('[part="heading"]')?.getAttribute('aria-level');
      if (level !== enumValue(values, 'heading-level')) problems.push(`heading level ${level}`);
      if (el.theme !== enumValue(values, 'theme')) problems.push(`theme ${String(el.theme)}`);
      return problems;
    },
  },
});
