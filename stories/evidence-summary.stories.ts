import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/elements/evidence-summary/define.js';
import '../src/elements/evidence-card/define.js';
import type { AuditInput } from '../src/elements/evidence-summary/evidence-summary.schema.js';
import {
  bookingLink,
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

const TAG = 'ketamine-evidence-summary';

interface SummaryArgs extends WidgetArgs {
  conditions?: string;
  claims?: boolean;
  'heading-level'?: string;
  expanded?: boolean;
  footer?: 'full' | 'compact';
}

const summary = (args: SummaryArgs, child: unknown = '') =>
  html`<ketamine-evidence-summary
    conditions=${ifDefined(args.conditions || undefined)}
    ?claims=${args.claims}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    style=${widgetStyle(args)}
    >${child}</ketamine-evidence-summary
  >`;

const conditionIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[part="condition"]')].map((c) => c.dataset['condition']);

/** A made-up clinic audit, shown in its own section and never on the chart. */
const FICTIONAL_AUDIT = {
  title: { en: 'Our patients, 2025 (fictional example)', es: 'Nuestros pacientes, 2025 (ejemplo ficticio)' },
  text: {
    en: 'Made-up example: we asked every patient to fill in an anxiety questionnaire before and after treatment.',
    es: 'Ejemplo inventado: pedimos a cada paciente que llenara un cuestionario de ansiedad antes y después.',
  },
  numbers: [
    { label: { en: 'Patients treated', es: 'Pacientes tratados' }, value: 42 },
    { label: { en: 'Felt less anxious after 4 weeks', es: 'Menos ansiedad a las 4 semanas' }, value: 19 },
  ],
  sources: [{ citation: 'Sunrise Clinic audit, 2025 (fictional)', url: 'https://example.org/audit' }],
} as const satisfies AuditInput;

const meta = {
  title: 'Widgets/Evidence summary',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => summary(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    conditions: { control: 'text', description: 'Space-separated: sad gad ptsd' },
    claims: { control: 'boolean' },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  args: { conditions: '', claims: false, expanded: false, footer: 'full', 'heading-level': '3', theme: 'auto' },
  parameters: {
    docs: {
      description: {
        component:
          'What the systematic reviews found, per condition, in plain words: first a one-line finding and how sure ' +
          'we can be; the longer text, the chart, the claims and the audit each behind a disclosure (`expanded` ' +
          'opens them all). The chart is in the style of a forest plot ' +
          '(one axis per measure, a "no difference" line, keyboard-focusable rows) and the same numbers as a table. ' +
          '`conditions` chooses the conditions; `claims` adds "What you may have read". A clinic audit (inline JSON ' +
          'or `.audit`) shows in its own section, never pooled with the published results.',
      },
    },
  },
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(conditionIds(root)).toEqual(['sad', 'gad', 'ptsd']);
    await expect(root.querySelectorAll('[part="estimate"]').length).toBe(9);
  },
};

export const SocialAnxiety: Story = {
  args: { conditions: 'sad' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(conditionIds(root)).toEqual(['sad']);
    await expect(text(root.querySelector('[data-measure="whittaker"]'))).toContain('Only 59 people');
  },
};

export const GeneralizedAnxiety: Story = {
  args: { conditions: 'gad' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root.querySelector('[part="finding"]'))).toContain('No review we checked combined trials');
  },
};

export const Ptsd: Story = {
  name: 'PTSD',
  args: { conditions: 'ptsd' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root.querySelector('[part="condition"]'))).toContain('does not hold up');
  },
};

/** Everything open from the start: each condition's longer text, the chart with its table, the claims, the sources. */
export const Expanded: Story = {
  args: { expanded: true, claims: true },
  play: async (context) => {
    await playsAllOpen(TAG)(context);
    const root = await settled(context.canvasElement, TAG);
    await expect(root.querySelector('[part="table"]')!.hasAttribute('hidden')).toBe(false);
  },
};

/** The clinic's own link in the `actions` slot, styled by the page, after the summary and before the fine print. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  render: (args) => summary(args, bookingLink),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (N)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact' },
  play: playsCompactFooter(TAG),
};

export const WithClaims: Story = {
  args: { claims: true },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[part="claims"] dt').length).toBe(3);
  },
};

/** Beside evidence cards on the same page: "Single trials on this page" links to them. */
export const WithEvidenceCards: Story = {
  args: { conditions: 'ptsd' },
  render: (args) =>
    html`${summary(args)}
      <ketamine-evidence-card id="story-abdallah" study="abdallah-2022-ptsd"></ketamine-evidence-card>
      <ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>`,
};

/** The widget is its own size container: in a 320 px column, label and numbers sit above each row's line. */
export const Narrow: Story = {
  render: (args) => frame(summary(args), '320px'),
};

export const Dark: Story = {
  args: { theme: 'dark', claims: true },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(TAG, (args) => summary(args), '<ketamine-evidence-summary></ketamine-evidence-summary>'),
  name: 'Brand your widgets',
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every widget there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, '¿Qué seguridad tenemos?'),
};

/** In Arabic, narrow and wide: the axes, the "favours" labels and the text mirror right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  tags: ['!autodocs'],
  render: (args) => grid([frame(summary(args), '320px'), frame(summary(args), '900px')], '20rem'),
};

export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  tags: ['!autodocs'],
};

/** A clinic's own (fictional) audit in an inline JSON child: its own marked section, not on the chart. */
export const ClinicAudit: Story = {
  render: (args) => summary(args, jsonChild(FICTIONAL_AUDIT)),
};

export const InvalidClinicAudit: Story = {
  render: (args) =>
    summary(args, jsonChild({ title: 'Audit', sources: [{ citation: 'x', url: 'javascript:alert(1)' }] })),
};
