import '../support/robustness-instrument.js';
import {
  CRITERION_IDS,
  HEADING_LEVELS,
  README_COMPARISON,
  THEMES,
  THERAPY_IDS,
  attrValue,
  idListValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings, type AttrValues, type DueWarning } from '../support/robustness-fuzz.js';
import type { Widget } from '../support/robustness-page.js';
import { builtInOrClinic, describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-therapy-comparison> from the built CDN bundle, under 1,000
 * generated cases per input (1,250 for the attributes; the runner prints
 * how many differ): the `.additions` property, the inline JSON
 * child, and every attribute (therapies, criteria, highlight, heading-level,
 * theme).
 */

const TAG = 'ketamine-therapy-comparison';
const CLINIC_THERAPIES = README_COMPARISON.therapies.map((t) => t.id);
const CLINIC_CRITERIA = README_COMPARISON.criteria.map((c) => c.id);

/** The rule of docs/elements.md for `therapies` and `criteria`: known ids in their order, once; none known → all. */
function pick(attribute: string, value: string | null, allowed: readonly string[], due: DueWarning[]): string[] {
  const wanted = (value ?? '').split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return [...allowed];
  const known = [...new Set(wanted.filter((id) => allowed.includes(id)))];
  if (wanted.some((id) => !allowed.includes(id))) due.push({ attribute, value: value!, allowed });
  return known.length ? known : [...allowed];
}

function selection(el: Widget, values: AttrValues) {
  const clinic = Boolean(el.querySelector('script'));
  const therapyIds = clinic ? [...THERAPY_IDS, ...CLINIC_THERAPIES] : [...THERAPY_IDS];
  const criterionIds = clinic ? [...CRITERION_IDS, ...CLINIC_CRITERIA] : [...CRITERION_IDS];
  const warnings = enumWarnings(values, ['heading-level', 'theme']);
  const columns = pick('therapies', values['therapies']!, therapyIds, warnings);
  const rows = pick('criteria', values['criteria']!, criterionIds, warnings);
  const highlight = values['highlight']?.trim() || undefined;
  if (highlight && !therapyIds.includes(highlight))
    warnings.push({ attribute: 'highlight', value: highlight, allowed: therapyIds });
  const highlighted = highlight && columns.includes(highlight) ? [highlight] : [];
  return { columns, rows, highlighted, warnings };
}

describeWidgetFuzz({
  tag: TAG,
  shows: 'table',
  property: 'additions',
  propertyValues: propertyArb('comparison'),
  jsonTexts: jsonTextArb('comparison'),
  attributes: {
    title: 'therapies, criteria, highlight, heading-level, theme (built-in and clinic additions)',
    attributes: {
      therapies: idListValue([...THERAPY_IDS, ...CLINIC_THERAPIES]),
      criteria: idListValue([...CRITERION_IDS, ...CLINIC_CRITERIA]),
      highlight: attrValue([...THERAPY_IDS, ...CLINIC_THERAPIES]),
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 2,
    makeElement: builtInOrClinic(TAG, README_COMPARISON),
    expect: (el, values) => ({ outcome: 'content', events: 0, warnings: selection(el, values).warnings }),
    check: (el, values) => {
      const problems: string[] = [];
      const root = el.shadowRoot!;
      const want = selection(el, values);
      const columns = [...root.querySelectorAll('thead th[data-therapy]')].map((th) => th.getAttribute('data-therapy'));
      if (columns.join(' ') !== want.columns.join(' '))
        problems.push(`columns ${columns.join(' ')}, expected ${want.columns.join(' ')}`);
      const rows = [...root.querySelectorAll('tbody tr[data-criterion]')].map((tr) =>
        tr.getAttribute('data-criterion'),
      );
      if (rows.join(' ') !== want.rows.join(' '))
        problems.push(`rows ${rows.join(' ')}, expected ${want.rows.join(' ')}`);
      const highlighted = [...root.querySelectorAll('thead th[data-highlighted]')].map((th) =>
        th.getAttribute('data-therapy'),
      );
      if (highlighted.join(' ') !== want.highlighted.join(' ')) problems.push(`highlighted ${highlighted.join(' ')}`);
      const level = root.querySelector('#cards-title')?.getAttribute('aria-level');
      if (level !== enumValue(values, 'heading-level')) problems.push(`cards heading level ${level}`);
      if (el.theme !== enumValue(values, 'theme')) problems.push(`theme ${String(el.theme)}`);
      return problems;
    },
  },
});
