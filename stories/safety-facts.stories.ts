import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/safety-facts/define.js';
import { SECTION_IDS } from '../src/elements/safety-facts/section-ids.js';
import type { SafetyAdditionsInput } from '../src/elements/safety-facts/safety-facts.schema.js';
import {
  frame,
  grid,
  jsonChild,
  manifestArgTypes,
  playsAllOpen,
  playsCompactFooter,
  playsInSpanish,
  playsWithAction,
  settled,
  text,
  widgetStyle,
  type WidgetArgs,
} from './support.js';
import { brandStory } from './brand.js';

const TAG = 'ketamine-safety-facts';

interface SafetyArgs extends WidgetArgs {
  sections?: string;
  'heading-level'?: string;
  expanded?: boolean;
  footer?: 'full' | 'compact';
  'clinic-review'?: string;
}

function safetyFacts(args: SafetyArgs, json?: unknown, action?: TemplateResult): TemplateResult {
  return html`<ketamine-safety-facts
    sections=${ifDefined(args.sections || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    clinic-review=${ifDefined(args['clinic-review'])}
    style=${widgetStyle(args)}
    @ketamine-error=${args.onKetamineError}
    >${json === undefined ? '' : jsonChild(json)}${action ?? ''}</ketamine-safety-facts
  >`;
}

/** A clinic's own link, styled by the (fictional) clinic page, not by the widget. */
const bookingLink = html`<a
  slot="actions"
  href="#book"
  style="display: inline-block; padding: 0.6rem 1.2rem; border-radius: 999px; background: #5b2a86; color: #fff; font-weight: 600; text-decoration: none"
  >Book a consultation</a
>`;

const sectionIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLDetailsElement>('details[part~="section"]')].map((d) => d.dataset['section']);

/**
 * A clinic's own items, entirely made up for the stories ("Sunrise Clinic"
 * does not exist; nothing here is medical advice): a monitoring rule with its
 * own source, and a (fictional) phone number to call after a session.
 */
const FICTIONAL_ADDITIONS = {
  sections: {
    rules: {
      items: [
        {
          text: {
            en: 'Made-up example: at Sunrise Clinic a nurse checks your blood pressure every 15 minutes.',
            es: 'Ejemplo inventado: en Sunrise Clinic una enfermera le mide la presión arterial cada 15 minutos.',
          },
          sources: ['sunrise-protocol'],
        },
      ],
    },
    questions: {
      items: [
        {
          text: {
            en: 'Made-up example: feel unwell after a session? Call our nurse line:',
            es: 'Ejemplo inventado: ¿se siente mal después de una sesión? Llame a nuestra línea de enfermería:',
          },
          phone: '+1 555 0100',
        },
      ],
    },
  },
  sources: [
    {
      id: 'sunrise-protocol',
      citation: 'Sunrise Clinic. Monitoring protocol (fictional example page).',
      url: 'https://example.org/sunrise-clinic/protocol',
    },
  ],
} as const satisfies SafetyAdditionsInput;

const meta = {
  title: 'Widgets/Safety facts',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => safetyFacts(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    sections: { control: 'text', description: `Space-separated: ${SECTION_IDS.join(' ')}` },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  args: { sections: '', 'heading-level': '3', theme: 'auto', expanded: false },
  parameters: {
    docs: {
      description: {
        component:
          '"Is ketamine treatment safe for me?": approval status, what people feel during and after a session, ' +
          'the rules of the one approved form (esketamine nasal spray), who should not have it and who needs extra ' +
          'care, long-term risks and questions to ask a clinic, every statement footnoted to its source. Each part ' +
          'is a native disclosure, closed at first under its heading and (for five) one key line; `expanded` opens ' +
          'them all, and all print open. `sections` chooses and orders the parts. A clinic can add its ' +
          'own items, shown apart and marked "From your clinic", as an inline `<script type="application/json">` ' +
          'child or the `.additions` property; invalid input shows the error panel and fires `ketamine-error`.',
      },
    },
  },
} satisfies Meta<SafetyArgs>;

export default meta;
type Story = StoryObj<SafetyArgs>;

/** The first view: six closed parts, with the key lines (off-label, what you may feel, rules, who should not have it, long term). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(sectionIds(root)).toEqual([...SECTION_IDS]);
    await expect(root.querySelectorAll('details[open]').length).toBe(0);
    await expect(text(root.querySelector('[data-section="status"] [part~="key-fact"]'))).toContain('off-label');
  },
};

/** `expanded`: every part and the sources open from the start. */
export const Expanded: Story = {
  args: { expanded: true },
  play: playsAllOpen(TAG),
};

/** The clinic's own link in the `actions` slot: after the parts, before the fine print, styled by the page. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  render: (args) => safetyFacts(args, undefined, bookingLink),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (N)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact' },
  play: playsCompactFooter(TAG),
};

export const ChosenSections: Story = {
  args: { sections: 'rules who questions' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(sectionIds(root)).toEqual(['rules', 'who', 'questions']);
  },
};

/** A clinic's own (fictional) items: a block marked "From your clinic", with its own footnote and a phone link. */
export const ClinicAdditions: Story = {
  render: (args) => safetyFacts(args, FICTIONAL_ADDITIONS),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root.querySelector('[data-section="rules"] [part~="clinic"]'))).toContain('From your clinic');
    await expect(root.querySelector('a[href="tel:+15550100"]')).toBeTruthy();
  },
};

/**
 * `clinic-review`: the clinic's own medical review (a made-up reviewer), in the fine print as the clinic's, on a
 * line of its own after the project's review dates. Its "Sources" start with how the project checked the content.
 */
export const ClinicReview: Story = {
  name: "The clinic's own review",
  args: { 'clinic-review': '{"name": "Dr. A. Rivera (fictional)", "role": "Psychiatrist", "date": "2026-11-20"}' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await waitFor(() => expect(root.querySelector('[part~="clinic-review"]')).toBeTruthy());
    await expect(text(root.querySelector('[part~="clinic-review"]'))).toBe(
      'Reviewed for this clinic by Dr. A. Rivera (fictional), Psychiatrist, on November 20, 2026.',
    );
    await expect(text(root.querySelector('[part~="provenance"]'))).toContain('Not yet reviewed by a clinician.');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(TAG, (args) => safetyFacts(args), '<ketamine-safety-facts></ketamine-safety-facts>'),
  name: 'Brand your widgets',
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every widget there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, 'FDA'),
};

/** In Arabic, narrow and wide: both mirror right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => grid([frame(safetyFacts(args), '320px'), frame(safetyFacts(args), '720px')], '20rem'),
};

/** The generated pseudo-locale (accented, bracketed, 40% longer): anything not translated stands out. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
};

/** A `javascript:` phone and a footnote to an undeclared source: the error panel names each, and nothing else shows. */
export const ErrorInvalidJson: Story = {
  render: (args) =>
    safetyFacts(args, {
      sections: { rules: { items: [{ text: 'Call us', phone: 'javascript:alert(1)', sources: ['nope'] }] } },
    }),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="error"]')).toBeTruthy();
    await expect(text(root)).toContain('sections.rules.items[0].phone');
    await expect(text(root)).toContain('sections.rules.items[0].sources[0]');
    await expect(root.querySelector('details')).toBeNull();
  },
};
