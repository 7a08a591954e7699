import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/elements/how-it-works/define.js';
import type { HowItWorksInput } from '../src/elements/how-it-works/how-it-works.schema.js';
import {
  frame,
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

const TAG = 'ketamine-how-it-works';

interface HowItWorksArgs extends WidgetArgs {
  'heading-level'?: string;
  expanded?: boolean;
  footer?: 'full' | 'compact';
}

function howItWorks(args: HowItWorksArgs, json?: unknown, action?: TemplateResult): TemplateResult {
  return html`<ketamine-how-it-works
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    style=${widgetStyle(args)}
    @ketamine-error=${args.onKetamineError}
    >${json === undefined ? '' : jsonChild(json)}${action ?? ''}</ketamine-how-it-works
  >`;
}

/** A clinic's own link, styled by the (fictional) clinic page, not by the widget. */
const bookingLink = html`<a
  slot="actions"
  href="#book"
  style="display: inline-block; padding: 0.6rem 1.2rem; border-radius: 999px; background: #5b2a86; color: #fff; font-weight: 600; text-decoration: none"
  >Book a consultation</a
>`;

/** A note from a fictional clinic ("Sunrise Clinic" does not exist), in English and Spanish. */
const FICTIONAL_NOTE: HowItWorksInput = {
  note: {
    en: 'Sunrise Clinic (fictional example): ask us how this applies to your own treatment plan.',
    es: 'Sunrise Clinic (ejemplo ficticio): pregúntenos cómo se aplica a su propio plan de tratamiento.',
  },
};

const meta = {
  title: 'Widgets/How It Works',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => howItWorks(args),
  argTypes: { ...manifestArgTypes(TAG), footer: { control: 'inline-radio', options: ['full', 'compact'] } },
} satisfies Meta<HowItWorksArgs>;

export default meta;
type Story = StoryObj<HowItWorksArgs>;

/** The first view: the scope, the diagram and one line per step; the rest opens from its summary. */
export const BuiltIn: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[part~="step"]')).toHaveLength(5);
    await expect(text(root.querySelector('[part~="scope"]'))).toContain('mostly in animals');
    await expect(root.querySelectorAll('details[open]')).toHaveLength(0);
  },
};

/** `expanded`: every step's details, the other ideas, onset, claims and the sources open from the start. */
export const Expanded: Story = {
  args: { expanded: true },
  play: playsAllOpen(TAG),
};

/** The clinic's own link in the `actions` slot: after the content, before the fine print, styled by the page. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  render: (args) => howItWorks(args, undefined, bookingLink),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (N)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact' },
  play: playsCompactFooter(TAG),
};

/** At 320 px the diagram becomes a column. */
export const Narrow: Story = {
  render: (args) => frame(howItWorks(args), '320px'),
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic: the diagram mirrors (first step on the right); the text is not flipped. */
export const Arabic: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(TAG, (args) => howItWorks(args), '<ketamine-how-it-works></ketamine-how-it-works>'),
  name: 'Brand your widgets',
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  play: playsInSpanish(TAG, 'Cómo podría actuar la ketamina en el cerebro'),
};

export const ClinicNote: Story = {
  render: (args) => howItWorks(args, FICTIONAL_NOTE),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root.querySelector('[part~="clinic-note"]'))).toContain('Sunrise Clinic');
  },
};

export const InvalidClinicNote: Story = {
  render: (args) => howItWorks(args, { note: '' }),
};
