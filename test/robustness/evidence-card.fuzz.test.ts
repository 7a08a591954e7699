import '../support/robustness-instrument.js';
import {
  HEADING_LEVELS,
  STUDY_IDS,
  THEMES,
  attrValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { enumValue, enumWarnings, settle } from '../support/robustness-fuzz.js';
import type { Widget } from '../support/robustness-page.js';
import { describeWidgetFuzz } from '../support/robustness-suite.js';

/**
 * <ketamine-evidence-card> from the built CDN bundle, under 1,000 generated
 * cases per input (1,250 for the attributes; the runner prints how many
 * differ): the `.study` property, the inline JSON child, and every attribute
 * (study, compact, heading-level, theme).
 */

const TAG = 'ketamine-evidence-card';

describeWidgetFuzz({
  tag: TAG,
  shows: 'card',
  property: 'study',
  propertyValues: propertyArb('study'),
  jsonTexts: jsonTextArb('study'),
  attributes: {
    title: 'study, compact, heading-level, theme',
    attributes: {
      study: attrValue(STUDY_IDS),
      compact: attrValue(['', 'compact', 'false']),
      'heading-level': attrValue(HEADING_LEVELS),
      theme: attrValue(THEMES),
    },
    kinds: 1,
    makeElement: async (container) => {
      // No study yet: the error panel ("no study given") is its starting point.
      const el = document.createElement(TAG) as Widget;
      container.append(el);
      await settle(el);
      return el;
    },
    expect: (_el, values, previous) => {
      const study = values['study'];
      const known = study !== null && (STUDY_IDS as readonly string[]).includes(study!.trim());
      return {
        outcome: known ? 'content' : 'error',
        events: !known && study !== previous['study'] ? 1 : 0,
        warnings: enumWarnings(values, ['theme', 'heading-level']),
      };
    },
    check: (el, values) => {
      const problems: string[] = [];
      const wantTheme = enumValue(values, 'theme');
      if (el.theme !== wantTheme) problems.push(`theme is ${String(el.theme)}, expected ${wantTheme}`);
      if (el.getAttribute('theme') !== wantTheme) problems.push(`theme attribute is ${el.getAttribute('theme')}`);
      if (el.compact !== (values['compact'] !== null)) problems.push(`compact is ${String(el.compact)}`);
      // A missing headline is caught by renderProblems (completeness); here only its level.
      const headline = el.shadowRoot!.querySelector('[part~="headline"]');
      const wantLevel = enumValue(values, 'heading-level');
      if (headline && headline.getAttribute('aria-level') !== wantLevel) {
        problems.push(`headline aria-level ${headline.getAttribute('aria-level')}, expected ${wantLevel}`);
      }
      return problems;
    },
  },
});
