import { expect } from '@open-wc/testing';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetEntry } from '../../src/widgets.js';

/** The examples of the README and the docs are complete and valid: a webmaster can copy them as they are. */

const SCHEMA_OF_TAG = Object.fromEntries(WIDGET_NAMES.map((name) => [tagOf(name), WIDGETS[name].content.schema]));
/** A draft widget (fresh from `npm run new-widget`) gets its section in docs/elements.md when it is finished. */
const FINISHED_TAGS = WIDGET_NAMES.filter((name) => !(WIDGETS[name] as WidgetEntry).draft).map(tagOf);
const SCRIPT_TAG = /<script type="module" blocking="render" src="https:\/\/cdn[^"]+ketamine-widgets\.js">/;

const text = async (path: string): Promise<string> => (await fetch(path)).text();

describe('README and docs examples', () => {
  it('has a valid clinic JSON example for every widget (docs/elements.md)', async () => {
    const elements = await text('/docs/elements.md');
    const examples = [
      ...elements.matchAll(/<(ketamine-[a-z-]+)[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g),
    ];
    const tags = examples.map(([, tag]) => tag!);
    expect(tags).to.include.members(FINISHED_TAGS);
    for (const [, tag, json] of examples) {
      const result = (await SCHEMA_OF_TAG[tag!]!()).safeParse(JSON.parse(json!));
      expect(result.success, `${tag}: ${JSON.stringify(result.error?.issues)}`).to.be.true;
    }
  });

  // `npm run bench` measures the layout shift of the demo page as docs/webmasters.md's snippet for it.
  it('the demo page uses the no-layout-shift snippet exactly as docs/webmasters.md gives it', async () => {
    const webmasters = await text('/docs/webmasters.md');
    const demo = await text('/demo/index.html');
    const fold = (css: string): string => css.replace(/\s+/g, ' ').trim();
    const snippet = /\*\*No layout shift\.\*\*[\s\S]*?<style>([\s\S]*?)<\/style>/.exec(webmasters)?.[1];
    expect(snippet, 'docs/webmasters.md snippet').to.include(':not(:defined)');
    const demoStyles = [...demo.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => fold(css!));
    expect(demoStyles).to.include(fold(snippet!));
    expect(await text('/README.md')).to.match(SCRIPT_TAG);
    expect(webmasters).to.match(SCRIPT_TAG);
    expect(demo).to.match(/<script type="module" blocking="render" src="[^"]+ketamine-widgets\.js">/);
  });
});
