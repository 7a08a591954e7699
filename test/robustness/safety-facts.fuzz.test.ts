import '../support/robustness-instrument.js';
import {
  HEADING_LEVELS,
  README_SAFETY,
  SECTION_IDS,
  THEMES,
  attrValue,
  idListValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings, type AttrValues } from '../support/robustness-fuzz.js';
import { builtInOrClinic, describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-safety-facts> from the built CDN bundle, under 1,000 generated
 * cases per input (1,250 for the attributes): the `.additions` property, the
 * inline JSON child, and every attribute (sections, heading-level, theme).
 */

const TAG = 'ketamine-safety-facts';

/** The rule of docs/elements.md for `sections`: known ids in their order, once; an unknown id warns; none known → all. */
function expected(values: AttrValues) {
  const warnings = enumWarnings(values, ['heading-level', 'theme']);
  const value = values['sections'] ?? null;
  const wanted = (value ?? '').split(/\s+/).filter(Boolean);
  const known = [...new Set(wanted.filter((id) => (SECTION_IDS as readonly string[]).includes(id)))];
  if (wanted.some((id) => !(SECTION_IDS as readonly string[]).includes(id)))
    warnings.push({ attribute: 'sections', value: value!, allowed: [...SECTION_IDS] });
  return { sections: known.length ? known : [...SECTION_IDS], warnings };
}

describeWidgetFuzz({
  tag: TAG,
  shows: 'safety facts',
  property: 'additions',
  propertyValues: propertyArb('safety'),
  jsonTexts: jsonTextArb('safety'),
  attributes: {
    title: 'sections, heading-level, theme (built-in and clinic additions)',
    attributes: {
      sections: idListValue(SECTION_IDS),
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 2,
    makeElement: builtInOrClinic(TAG, README_SAFETY),
    expect: (_el, values) => ({ outcome: 'content', events: 0, warnings: expected(values).warnings }),
    check: (el, values) => {
      const problems: string[] = [];
      const root = el.shadowRoot!;
      const want = expected(values).sections;
      const shown = [...root.querySelectorAll('details[part~="section"]')].map((d) => d.getAttribute('data-section'));
      if (shown.join(' ') !== want.join(' ')) problems.push(`sections ${shown.join(' ')}, expected ${want.join(' ')}`);
      const level = root.querySelector('[part~="title"]')?.getAttribute('aria-level');
      if (level !== enumValue(values, 'heading-level')) problems.push(`title heading level ${level}`);
      if (el.theme !== enumValue(values, 'theme')) problems.push(`theme ${String(el.theme)}`);
      return problems;
    },
  },
});
