import { expect } from '@open-wc/testing';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetEntry } from '../../src/widgets.js';

/** The clinic JSON examples in the README are complete and valid: a webmaster can copy them as they are. */

const SCHEMA_OF_TAG = Object.fromEntries(WIDGET_NAMES.map((name) => [tagOf(name), WIDGETS[name].content.schema]));
/** A draft widget (fresh from `npm run new-widget`) gets its README section when it is finished. */
const FINISHED_TAGS = WIDGET_NAMES.filter((name) => !(WIDGETS[name] as WidgetEntry).draft).map(tagOf);

describe('README examples', () => {
  it('has a valid clinic JSON example for every widget', async () => {
    const readme = await (await fetch('/README.md')).text();
    const examples = [
      ...readme.matchAll(/<(ketamine-[a-z-]+)[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g),
    ];
    const tags = examples.map(([, tag]) => tag!);
    expect(tags).to.include.members(FINISHED_TAGS);
    for (const [, tag, json] of examples) {
      const result = (await SCHEMA_OF_TAG[tag!]!()).safeParse(JSON.parse(json!));
      expect(result.success, `${tag}: ${JSON.stringify(result.error?.issues)}`).to.be.true;
    }
  });

  // `npm run bench` measures the layout shift of the demo page as the README's snippet for it.
  it('the demo page uses the no-layout-shift snippet exactly as the README gives it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const demo = await (await fetch('/demo/index.html')).text();
    const fold = (css: string): string => css.replace(/\s+/g, ' ').trim();
    const snippet = /\*\*No layout shift\.\*\*[\s\S]*?<style>([\s\S]*?)<\/style>/.exec(readme)?.[1];
    expect(snippet, 'README snippet').to.include(':not(:defined)');
    const demoStyles = [...demo.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => fold(css!));
    expect(demoStyles).to.include(fold(snippet!));
    expect(readme).to.match(/<script type="module" blocking="render" src="https:\/\/cdn[^"]+ketamine-widgets\.js">/);
    expect(demo).to.match(/<script type="module" blocking="render" src="[^"]+ketamine-widgets\.js">/);
  });
});
