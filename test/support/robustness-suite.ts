import { expect } from '@open-wc/testing';
import type fc from 'fast-check';
import type { Generated } from './robustness-arbitraries.js';
import { describeReport, fuzzAttributes, fuzzContent, settle, type FuzzReport } from './robustness-fuzz.js';
import { loadBundle, warmUp, type Tag, type Widget } from './robustness-page.js';

/** Generated values per input; attribute cases set or remove each attribute, so they need more cases. */
const RUNS = 1000;
const ATTRIBUTE_RUNS = 1250;

export interface WidgetFuzzSpec {
  tag: Tag;
  /** What valid input shows, for the test names: "card", "timeline", "table", "summary". */
  shows: string;
  /** The property that takes clinic content, and values for it. */
  property: 'study' | 'steps' | 'additions' | 'audit';
  propertyValues: fc.Arbitrary<Generated>;
  /** Texts for the inline `<script type="application/json">` child. */
  jsonTexts: fc.Arbitrary<Generated>;
  /** The attribute case: its test name, and the widget's rules for fuzzAttributes. */
  attributes: { title: string } & Omit<Parameters<typeof fuzzAttributes>[0], 'tag' | 'numRuns'>;
}

/**
 * `makeElement` for a widget fuzzed in two kinds: with its built-in content
 * (kind 0) and with `clinic` as its inline JSON child (kind 1).
 */
export const builtInOrClinic =
  (tag: Tag, clinic: unknown) =>
  async (container: HTMLElement, kind: number): Promise<Widget> => {
    const el = document.createElement(tag) as Widget;
    if (kind === 1) el.innerHTML = `<script type="application/json">${JSON.stringify(clinic)}</script>`;
    container.append(el);
    await settle(el);
    return el;
  };

/** Clinic content that is sometimes valid must sometimes show content and mostly show the error panel. */
function expectBothOutcomes(report: FuzzReport): void {
  expect(report.cases).to.be.at.least(RUNS);
  expect(report.content, 'some generated values are valid').to.be.greaterThan(50);
  expect(report.error, 'most generated values are not').to.be.greaterThan(RUNS / 2);
}

/**
 * One widget from the built CDN bundle under 1,000+ generated values per
 * input: its content property, the inline JSON child, and every attribute.
 */
export function describeWidgetFuzz(spec: WidgetFuzzSpec): void {
  const name = spec.tag.replace('ketamine-', '');
  describe(`robustness: <${spec.tag}> under adversarial input`, function () {
    this.timeout(120_000);

    before(async () => {
      await loadBundle();
      await warmUp();
    });

    it(`.${spec.property} property: any value gives the ${spec.shows} or the error panel, never anything else`, async () => {
      const report = await fuzzContent({
        tag: spec.tag,
        arb: spec.propertyValues,
        apply: (el: Widget, value) => {
          el[spec.property] = value;
        },
        numRuns: RUNS,
      });
      console.log(describeReport(`${name} .${spec.property}`, report));
      expectBothOutcomes(report);
    });

    it(`inline JSON child: any text gives the ${spec.shows} or the error panel`, async () => {
      const report = await fuzzContent({
        tag: spec.tag,
        arb: spec.jsonTexts,
        apply: (el, text) => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = text as string;
          el.append(script);
        },
        numRuns: RUNS,
      });
      console.log(describeReport(`${name} <script type="application/json">`, report));
      expectBothOutcomes(report);
    });

    it(`attributes: ${spec.attributes.title}`, async () => {
      const { title: _title, ...rules } = spec.attributes;
      const report = await fuzzAttributes({ tag: spec.tag, ...rules, numRuns: ATTRIBUTE_RUNS });
      console.log(describeReport(`${name} attributes`, report));
      console.log(`  values set per attribute: ${JSON.stringify(report.perAttribute)}`);
      // Each attribute gets at least 1,000 generated values (a case may also remove it).
      for (const [attribute, n] of Object.entries(report.perAttribute)) expect(n, attribute).to.be.at.least(RUNS);
    });
  });
}
