import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/elements/visit-prep/define.js';
import type { VisitPrepInput } from '../src/elements/visit-prep/visit-prep.schema.js';
import { ANSWERS, RATINGS, READINESS, VALUES } from '../src/elements/visit-prep/content.js';
import {
  bookingLink,
  frame,
  grid,
  jsonChild,
  manifestArgTypes,
  playsInSpanish,
  settled,
  text,
  widgetStyle,
  type WidgetArgs,
} from './support.js';

const TAG = 'ketamine-visit-prep';

interface VisitPrepArgs extends WidgetArgs {
  'heading-level'?: string;
  footer?: 'full' | 'compact';
}

/** A made-up clinic ("Sunrise Clinic" does not exist), with one question of its own and an example.org page. */
const FICTIONAL_CLINIC = {
  clinic: {
    name: 'Sunrise Clinic (fictional example)',
    phone: '+1 555 0100',
    email: 'care@example.org',
    url: 'https://example.org/sunrise-clinic',
  },
  questions: [
    {
      en: 'Made-up example: can I bring someone with me to the first visit?',
      es: 'Ejemplo inventado: ¿puedo venir con alguien a la primera consulta?',
    },
  ],
} as const satisfies VisitPrepInput;

/** The summary's date, pinned so the screenshots stay the same from day to day (the widget shows today's). */
const SCREENSHOT_DAY = '2026-12-07';

function visitPrep(args: VisitPrepArgs, json: unknown = FICTIONAL_CLINIC, action?: TemplateResult): TemplateResult {
  return html`<ketamine-visit-prep
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    footer=${ifDefined(args.footer)}
    style=${widgetStyle(args)}
    .today=${SCREENSHOT_DAY}
    @ketamine-error=${args.onKetamineError}
    >${json === undefined ? '' : jsonChild(json)}${action ?? ''}</ketamine-visit-prep
  >`;
}

const meta = {
  title: 'Widgets/Visit preparation',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => visitPrep(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  args: { 'heading-level': '3', theme: 'auto' },
  parameters: {
    docs: {
      description: {
        component:
          '"Prepare for your visit": the patient rates what matters to them, says how ready they feel and ticks the ' +
          "questions to ask (the safety facts' questions, the clinic's own, and their own), then prints, copies or " +
          "shares a one-page summary with the date, a few sourced facts and the clinic's contact and QR code. " +
          'Nothing is stored or sent. The clinic gives its contact and questions as an inline ' +
          '`<script type="application/json">` child or the `.additions` property.',
      },
    },
  },
} satisfies Meta<VisitPrepArgs>;

export default meta;
type Story = StoryObj<VisitPrepArgs>;

/** A fictional clinic's contact and question; nothing answered yet. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('input[type="radio"]').length).toBe(
      VALUES.length * RATINGS.length + READINESS.length * ANSWERS.length,
    );
    await expect(root.querySelector('[part~="qr"]')).toBeTruthy();
  },
};

/** Answered by clicking, as a reviewer would try it: the summary fills in as they go. */
export const FilledIn: Story = {
  name: 'Filled in',
  parameters: { screenshot: 'after-play' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    for (const input of root.querySelectorAll<HTMLInputElement>('input[value="very"], input[value="unsure"]')) {
      await userEvent.click(input);
    }
    await userEvent.click(root.querySelector<HTMLInputElement>('input[value="builtin-cost"]')!);
    await userEvent.type(root.querySelector<HTMLTextAreaElement>('#own')!, 'Is it safe with my other medicines?');
    await waitFor(() => expect(text(root.querySelector('[part~="sheet"]'))).toContain('my other medicines'));
  },
};

/** Filled in, then printed: the form gives way to the one-page summary (answers, questions, facts, clinic, QR code). */
export const FilledInPrinted: Story = {
  ...FilledIn,
  name: 'Filled in, printed',
  parameters: { ...FilledIn.parameters, media: 'print' },
};

/** The clinic's booking link in the `actions` slot: after the summary, before the fine print. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  render: (args) => visitPrep(args, FICTIONAL_CLINIC, bookingLink),
};

/** Without clinic JSON: the built-in questions, no contact block and no QR code. */
export const WithoutClinic: Story = {
  name: 'Without a clinic',
  render: (args) => visitPrep(args, undefined),
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** A phone's width: each row's choices stack. */
export const Narrow: Story = {
  render: (args) => frame(visitPrep(args), '320px'),
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every widget there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, 'Prepárese'),
};

/** In Arabic, narrow and wide: both mirror right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  render: (args) => grid([frame(visitPrep(args), '320px'), frame(visitPrep(args), '720px')], '20rem'),
};

/** A `javascript:` page and a bad email: the error panel names each field, and no form shows. */
export const ErrorInvalidJson: Story = {
  render: (args) => visitPrep(args, { clinic: { name: 'A', url: 'javascript:alert(1)', email: 'nope' } }),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root)).toContain('clinic.url');
    await expect(text(root)).toContain('clinic.email');
    await expect(root.querySelector('form')).toBeNull();
  },
};
