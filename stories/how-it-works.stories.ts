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
  playsInSpanish,
  settled,
  text,
  widgetStyle,
  type WidgetArgs,
} from './support.js';

const TAG = 'ketamine-how-it-works';

interface HowItWorksArgs extends WidgetArgs {
  'heading-level'?: string;
}

function howItWorks(args: HowItWorksArgs, json?: unknown): TemplateResult {
  return html`<ketamine-how-it-works
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    style=${widgetStyle(args)}
    @ketamine-error=${args.onKetamineError}
    >${json === undefined ? '' : jsonChild(json)}</ketamine-how-it-works
  >`;
}

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
  argTypes: manifestArgTypes(TAG),
} satisfies Meta<HowItWorksArgs>;

export default meta;
type Story = StoryObj<HowItWorksArgs>;

/** The five steps, each labelled by how it is known, then onset and claims. */
export const BuiltIn: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[part~="step"]')).toHaveLength(5);
    await expect(text(root.querySelector('[part~="scope"]'))).toContain('mostly in animals');
  },
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
