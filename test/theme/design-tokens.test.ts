import { expect, fixture, html } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { COLOR_TOKENS } from '../../src/internal/color-tokens.js';
import '../../src/elements/how-it-works/define.js';
import { TOKEN_ROWS } from '../../stories/design-tokens.js';
import { widgetsSettled } from '../../stories/settle.js';

/**
 * Storybook's "Design tokens" page (stories/design-tokens.mdx) shows TOKEN_ROWS. These checks keep it, the
 * widgets' CSS and each element's JSDoc (custom-elements.json) saying the same thing.
 */

interface CssProperty {
  name: string;
  default?: string;
}
const documented = (
  manifest as unknown as { modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[] }
).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .flatMap((d) => (d.cssProperties ?? []).map((p) => ({ tag: d.tagName!, ...p })));

const row = (property: string) => TOKEN_ROWS.find((r) => r.property === property)!;

/** `rgb(…)` as the browser computes `color` for a CSS colour. */
function rgb(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('Design tokens page', () => {
  it('lists every --ketamine-* property a widget documents, once, and no other', () => {
    const names = TOKEN_ROWS.map((r) => r.property);
    expect(names).to.have.length(new Set(names).size);
    expect([...names].sort()).to.deep.equal([...new Set(documented.map((p) => p.name))].sort());
    for (const r of TOKEN_ROWS) expect(r.uses, r.property).to.not.be.empty;
  });

  it("shows each widget's documented default as the light default", () => {
    for (const p of documented)
      expect(`${p.tag} ${p.name}=${p.default}`).to.equal(`${p.tag} ${p.name}=${row(p.name).light}`);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the colours a widget really uses in ${theme}`, async () => {
      const el = await fixture<HTMLElement>(html`<ketamine-how-it-works theme=${theme}></ketamine-how-it-works>`);
      await widgetsSettled(el.parentElement!);
      // A probe inside the widget inherits its private tokens and its colour scheme, as its own elements do.
      const probe = document.createElement('span');
      el.shadowRoot!.append(probe);
      for (const [name, [property]] of Object.entries(COLOR_TOKENS)) {
        probe.style.color = `var(--_${name})`;
        expect(`${property} ${getComputedStyle(probe).color}`).to.equal(`${property} ${rgb(row(property)[theme])}`);
      }
      probe.remove();
    });
  }
});
