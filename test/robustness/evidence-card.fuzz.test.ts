import '../support/robustness-instrument.js';
import { expect } from '@open-wc/testing';
import {
  HEADING_LEVELS,
  STUDY_IDS,
  THEMES,
  attrValue,
  jsonTextArb,
  propertyArb,
} from '../support/robustness-arbitraries.js';
import { describeReport, enumValue, enumWarnings, fuzzAttributes, fuzzContent, settle } from '../support/robustness-fuzz.js';
import { loadBundle, warmUp, type Widget } from '../support/robustness-page.js';

/**
 * <ketamine-evidence-card> from the built CDN bundle, under 1,000+ generated
 * values per input: the `.study` property, the inline JSON child, and every
 * attribute (study, compact, heading-level, theme).
 */

const TAG = 'ketamine-evidence-card';
const RUNS = 1000;
/** Each case sets or removes every attribute; this many cases set each one at least RUNS times. */
const ATTRIBUTE_RUNS = 1250;

describe('robustness: <ketamine-evidence-card> under adversarial input', function () {
  this.timeout(120_000);

  before(async () => {
    await loadBundle();
    await warmUp();
  });

  it('.study property: any value gives the card or the error panel, never anything else', async () => {
    const report = await fuzzContent({
      tag: TAG,
      arb: propertyArb('study'),
      apply: (el, value) => {
        el.study = value;
      },
      numRuns: RUNS,
    });
    console.log(describeReport('evidence-card .study', report));
    expect(report.cases).to.be.at.least(RUNS);
    expect(report.content, 'some generated studies are valid').to.be.greaterThan(50);
    expect(report.error, 'most generated studies are not').to.be.greaterThan(RUNS / 2);
  });

  it('inline JSON child: any text gives the card or the error panel', async () => {
    const report = await fuzzContent({
      tag: TAG,
      arb: jsonTextArb('study'),
      apply: (el, text) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text as string;
        el.append(script);
      },
      numRuns: RUNS,
    });
    console.log(describeReport('evidence-card <script type="application/json">', report));
    expect(report.cases).to.be.at.least(RUNS);
    expect(report.content).to.be.greaterThan(50);
    expect(report.error).to.be.greaterThan(RUNS / 2);
  });

  it('attributes: study, compact, heading-level, theme', async () => {
    const report = await fuzzAttributes({
      tag: TAG,
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
        const headline = el.shadowRoot!.querySelector('[part~="headline"]');
        const wantLevel = enumValue(values, 'heading-level');
        if (headline && headline.getAttribute('aria-level') !== wantLevel) {
          problems.push(`headline aria-level ${headline.getAttribute('aria-level')}, expected ${wantLevel}`);
        }
        return problems;
      },
      numRuns: ATTRIBUTE_RUNS,
    });
    console.log(describeReport('evidence-card attributes', report));
    console.log(`  values set per attribute: ${JSON.stringify(report.perAttribute)}`);
    // Each attribute gets at least 1,000 generated values (a case may also remove it).
    for (const [name, n] of Object.entries(report.perAttribute)) expect(n, name).to.be.at.least(RUNS);
  });
});
