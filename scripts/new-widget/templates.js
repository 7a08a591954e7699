// The files `npm run new-widget <name>` writes: a small widget that already follows every rule of a
// real one (content → validation → element → template, texts with translator notes, parts, a footer
// with the disclaimer and review date, an error panel for bad clinic JSON), its test and its story.

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (c) => c.toLowerCase());

/** The registry entry, as source text for src/widgets.ts. */
export const registryEntry = (name) => `'${name}': {
    define: () => import('./elements/${name}/define.js'),
    content: {
      kind: '${name}',
      property: 'content',
      schema: () => import('./elements/${name}/${name}.schema.js').then((m) => m.${camel(name)}Schema),
    },
    example: {},
    draft: true,
  }`;

const schema = (name) => `import * as z from 'zod/mini';
import { localizedText } from '../../schema/common.js';

/**
 * Clinic content for <ketamine-${name}>: its own title and text, replacing the built-in ones. Every text
 * is a plain string or a per-locale map with an "en" entry. Example:
 *
 * \`\`\`json
 * { "title": { "en": "Our clinic", "es": "Nuestra clínica" }, "text": "What we offer." }
 * \`\`\`
 */
export const ${camel(name)}Schema = z.strictObject({
  title: localizedText,
  text: localizedText,
});

/** The content as a clinic writes it. */
export type ${pascal(name)}Input = z.input<typeof ${camel(name)}Schema>;
`;

const content = (name) => `import { msg } from '@lit/localize';
import type { ${pascal(name)}Input } from './${name}.schema.js';

/*
 * The built-in content. Every clinical fact, number and citation comes from shared/content/evidence.md,
 * with its source; a fact the file does not verify is left out.
 */
export const BUILT_IN = (): ${pascal(name)}Input => ({
  title: msg('A new widget', { id: '${name}.title', desc: 'Heading of the ${name} widget.' }),
  text: msg('Its content comes from the evidence file.', {
    id: '${name}.text',
    desc: 'Body text of the ${name} widget.',
  }),
});
`;

const styles = (name) => `import { css } from 'lit';

/* Logical properties only, so the widget mirrors in right-to-left pages. */
export const ${camel(name)}Styles = css\`
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .text {
    margin: 0;
  }
\`;
`;

const element = (name) => `import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { localize } from '../../internal/localized-text.js';
import { footer } from '../../internal/widget-footer.js';
import { BUILT_IN } from './content.js';
import type { ${pascal(name)}Input } from './${name}.schema.js';
import { ${camel(name)}Styles } from './${name}.styles.js';

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadSchema = () => import('./${name}.schema.js').then((m) => m.${camel(name)}Schema);

/**
 * Describe here, in a sentence or two, what the widget tells a patient.
 *
 * @summary One line for the docs and the Storybook controls.
 *
 * @tagname ketamine-${name}
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied content is invalid. \`detail.issues\` lists each problem as \`{ path, expected, found }\`.
 *
 * @slot - Optional \`<script type="application/json">\` with the clinic's own title and text. Never shown.
 *
 * @csspart base - The widget.
 * @csspart heading - Its heading.
 * @csspart text - Its text.
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart error - The error panel shown instead of the widget when the input is invalid.
 */
export class Ketamine${pascal(name)} extends KetamineElement {
  static override styles = [...KetamineElement.styles, ${camel(name)}Styles];
  protected static override messageGroup: MessageGroup = '${name}';
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
  };

  /** The clinic's own title and text (or an inline \`<script type="application/json">\` child). */
  declare content: ${pascal(name)}Input | undefined;

  private readonly shown = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.content,
    pick: (input) => (typeof input === 'object' && input !== null ? { clinic: input } : undefined),
    absent: () => ({ ok: true, value: BUILT_IN }),
    valid: (clinic): (() => ${pascal(name)}Input) => () => clinic,
  });

  protected renderContent(): TemplateResult {
    return renderState(this.shown.state, errorTitle, (read) => {
      const { title, text } = read();
      return html\`<section part="base" class="panel" aria-labelledby="heading">
        <div part="heading" class="heading" id="heading" role="heading" aria-level=\${this.headingLevel}>
          \${localize(title)}
        </div>
        <p part="text" class="text">\${localize(text)}</p>
        \${footer(this, html\`\`, 0)}
      </section>\`;
    });
  }
}

const errorTitle = (): string =>
  msg('This widget could not be shown', {
    id: '${name}.error-title',
    desc: 'Title of the error panel shown instead of the ${name} widget when its content is invalid.',
  });
`;

const define = (name) => `import { defineElement } from '../../internal/define.js';
import { Ketamine${pascal(name)} } from './${name}.js';

defineElement('ketamine-${name}', Ketamine${pascal(name)});

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-${name}': Ketamine${pascal(name)};
  }
}

export { Ketamine${pascal(name)} };
`;

const test = (name) => `import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/defined.js';
import type { Ketamine${pascal(name)} } from '../../src/elements/${name}/${name}.js';

const part = (el: HTMLElement, name: string): string =>
  el.shadowRoot!.querySelector(\`[part~="\${name}"]\`)?.textContent?.trim() ?? '';

describe('<ketamine-${name}>', () => {
  it('shows its built-in content, with the disclaimer, and passes axe', async () => {
    const el = await fixture<Ketamine${pascal(name)}>(html\`<ketamine-${name}></ketamine-${name}>\`);
    await el.updateComplete;
    expect(part(el, 'heading')).to.equal('A new widget');
    expect(part(el, 'disclaimer')).to.include('not medical advice');
    await expect(el).to.be.accessible();
  });

  it('shows the clinic text of an inline JSON child instead', async () => {
    const el = await fixture<Ketamine${pascal(name)}>(
      html\`<ketamine-${name}><script type="application/json">{"title": "Our clinic", "text": "What we offer."}</script></ketamine-${name}>\`,
    );
    // The first validation loads zod and the schema: allow for a slow machine.
    await waitUntil(() => part(el, 'heading') === 'Our clinic', 'the clinic title shows', { timeout: 10000 });
    expect(part(el, 'text')).to.equal('What we offer.');
  });

  it('names each wrong field of invalid clinic JSON, and fires ketamine-error', async () => {
    const errors: Event[] = [];
    const el = await fixture<Ketamine${pascal(name)}>(
      html\`<ketamine-${name} @ketamine-error=\${(e: Event) => errors.push(e)}
        ><script type="application/json">{"title": ""}</script></ketamine-${name}
      >\`,
    );
    await waitUntil(() => part(el, 'error') !== '', 'the error panel shows', { timeout: 10000 });
    expect(part(el, 'error')).to.include('title').and.to.include('text');
    expect(errors).to.have.length(1);
  });
});
`;

const story = (name) => `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/${name}/define.js';
import { jsonChild, manifestArgTypes, widgetStyle, type WidgetArgs } from './support.js';

const TAG = 'ketamine-${name}';

const meta = {
  title: 'Widgets/${pascal(name).replace(/([a-z])([A-Z])/g, '$1 $2')}',
  component: TAG,
  tags: ['autodocs'],
  render: (args) =>
    html\`<ketamine-${name} theme=\${ifDefined(args.theme)} style=\${widgetStyle(args)}></ketamine-${name}>\`,
  argTypes: manifestArgTypes(TAG),
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs>;

export const BuiltIn: Story = {};

export const ClinicContent: Story = {
  render: () =>
    html\`<ketamine-${name}>\${jsonChild({ title: 'Our clinic', text: 'What we offer.' })}</ketamine-${name}>\`,
};

export const InvalidClinicContent: Story = {
  render: () => html\`<ketamine-${name}>\${jsonChild({ title: '' })}</ketamine-${name}>\`,
};
`;

/** Its screenshots (docs/visual-tests.md): every story in light, the built-in one also in dark, RTL and narrow. */
const visualTest = (name) => `import * as stories from '../../stories/${name}.stories.js';
import { screenshotStories } from './screenshot-stories.js';

screenshotStories('${name}', stories, ['BuiltIn']);
`;

/** Every file of the scaffold, by path. */
export const files = (name) => ({
  [`src/elements/${name}/${name}.ts`]: element(name),
  [`src/elements/${name}/${name}.styles.ts`]: styles(name),
  [`src/elements/${name}/${name}.schema.ts`]: schema(name),
  [`src/elements/${name}/content.ts`]: content(name),
  [`src/elements/${name}/define.ts`]: define(name),
  [`test/${name}/${name}.test.ts`]: test(name),
  [`stories/${name}.stories.ts`]: story(name),
  [`test/visual/${name}.test.ts`]: visualTest(name),
});
