import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/elements/treatment-timeline/define.js';
import { STEP_IDS } from '../src/elements/treatment-timeline/timeline-steps.js';
import type { ClinicStepInput } from '../src/elements/treatment-timeline/timeline.schema.js';
import {
  bookingLink,
  frame,
  jsonChild,
  manifestArgTypes,
  widgetStyle,
  type WidgetArgs,
  playsAllOpen,
  playsCompactFooter,
  playsInSpanish,
  playsWithAction,
  settled,
  text,
} from './support.js';
import { brandStory } from './brand.js';

const TAG = 'ketamine-treatment-timeline';

interface TimelineArgs extends WidgetArgs {
  current?: string;
  orientation?: string;
  expanded?: boolean;
  footer?: string;
  'heading-level'?: string;
  /** An action, added by Storybook from the manifest's `ketamine-step-toggle` event. */
  onKetamineStepToggle?: (event: Event) => void;
}

/** What a timeline shows instead of its built-in steps (an inline JSON child or a `.steps` array), and the clinic's own action. */
interface ClinicContent {
  json?: unknown;
  property?: readonly ClinicStepInput[];
  action?: TemplateResult;
}

function timeline(args: TimelineArgs, clinic: ClinicContent = {}): TemplateResult {
  return html`<ketamine-treatment-timeline
    current=${ifDefined(args.current || undefined)}
    orientation=${ifDefined(args.orientation)}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    style=${widgetStyle(args)}
    .steps=${clinic.property as ClinicStepInput[] | undefined}
    @ketamine-error=${args.onKetamineError}
    @ketamine-step-toggle=${args.onKetamineStepToggle}
    >${clinic.json === undefined ? '' : jsonChild(clinic.json)}${clinic.action ?? ''}</ketamine-treatment-timeline
  >`;
}

const stepBoxes = (root: ShadowRoot): DOMRect[] =>
  [...root.querySelectorAll('[part~="step"]')].map((step) => step.getBoundingClientRect());

/**
 * A clinic's own process, entirely made up for the stories ("Sunrise Clinic"
 * does not exist; nothing here is medical advice or real data). Per-locale
 * text, one step without a Spanish description (it falls back to English),
 * and a clinic-supplied source with a link to example.org.
 */
const FICTIONAL_CLINIC_STEPS = [
  {
    id: 'intake-call',
    title: { en: 'Intake call', es: 'Llamada inicial' },
    description: {
      en: 'A phone call with our care team about your health and your questions.',
      es: 'Una llamada con nuestro equipo sobre su salud y sus preguntas.',
    },
    timing: { en: 'About 30 minutes, before your first visit', es: 'Unos 30 minutos, antes de su primera visita' },
    icon: 'phone',
  },
  {
    id: 'assessment',
    title: { en: 'Visit with our psychiatrist', es: 'Visita con nuestra psiquiatra' },
    description: {
      en: 'Our psychiatrist decides with you whether ketamine fits your plan.',
      es: 'Nuestra psiquiatra decide con usted si la ketamina encaja en su plan.',
    },
    timing: { en: 'Week 1', es: 'Semana 1' },
    icon: 'clipboard',
  },
  {
    id: 'infusions',
    title: { en: 'Infusion series', es: 'Serie de infusiones' },
    description: {
      en: '6 infusions over 2–3 weeks at our clinic. A nurse stays with you.',
      es: '6 infusiones en 2–3 semanas en nuestra clínica. Una enfermera se queda con usted.',
    },
    timing: { en: 'Weeks 2–4', es: 'Semanas 2–4' },
    details: {
      en: 'Plan to stay about 2 hours each visit, and bring someone to drive you home.',
      es: 'Cuente con unas 2 horas por visita y traiga a alguien que le lleve a casa.',
    },
    icon: 'infusion',
    sources: [
      {
        citation: {
          en: 'Sunrise Clinic infusion protocol, 2025 (fictional example)',
          es: 'Protocolo de infusiones de Sunrise Clinic, 2025 (ejemplo ficticio)',
        },
        url: 'https://example.org/sunrise-clinic-protocol',
      },
    ],
  },
  {
    id: 'check-ins',
    title: { en: 'Check-ins', es: 'Controles' },
    // No Spanish entry: shown in English when the page is in Spanish.
    description: { en: 'Short visits to see how you are doing and plan next steps.' },
    timing: { en: '1 week and 4 weeks after your last infusion', es: '1 y 4 semanas después de su última infusión' },
    icon: 'calendar',
  },
] as const satisfies readonly ClinicStepInput[];

const meta = {
  title: 'Widgets/Treatment timeline',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => timeline(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    current: { control: 'select', options: ['', ...STEP_IDS] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    expanded: { control: 'boolean' },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: {
    current: '',
    orientation: 'vertical',
    expanded: false,
    footer: 'full',
    'heading-level': '3',
    theme: 'auto',
  },
  parameters: {
    docs: {
      description: {
        component:
          'The patient journey, from assessment to follow-up, with the sources of every fact it states. ' +
          '`current="<step id>"` marks where a patient is. `orientation="horizontal"` lays the steps side by side ' +
          'when the widget is at least 48rem wide, and stacks them below that. A clinic can replace the steps with ' +
          'its own process as an inline `<script type="application/json">` child (`{"steps": [...]}`) or as the ' +
          '`.steps` property; invalid input shows the error panel and fires `ketamine-error`.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[part~="step"]').length).toBe(STEP_IDS.length);
  },
};

export const CurrentStep: Story = {
  args: { current: 'monitoring' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[aria-current="step"]').length).toBe(1);
    await expect(text(root.querySelector('[aria-current="step"] [part~="current-label"]'))).toBe('You are here');
  },
};

/** Every step's details, the glossary and the sources open from the start. */
export const Expanded: Story = {
  args: { expanded: true },
  play: playsAllOpen(TAG),
};

/** The clinic's own link, after the steps and before the fine print, styled by the page. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  args: { current: 'administration' },
  render: (args) => timeline(args, { action: bookingLink }),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (N)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact' },
  play: playsCompactFooter(TAG),
};

export const Horizontal: Story = {
  args: { orientation: 'horizontal', current: 'administration' },
};

/** Horizontal asked for, but the widget is 320px wide: below 48rem the steps stack. */
export const NarrowContainer: Story = {
  args: { orientation: 'horizontal' },
  render: (args) => frame(timeline(args), '320px'),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    const [first, second] = stepBoxes(root);
    await expect(second!.top).toBeGreaterThanOrEqual(first!.bottom - 1);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', current: 'follow-up' },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(
    TAG,
    (args) => timeline(args),
    '<ketamine-treatment-timeline current="administration"></ketamine-treatment-timeline>',
  ),
  name: 'Brand your widgets',
  args: { current: 'administration' },
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every widget there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, 'no está aprobada'),
};

/** In Arabic, horizontal: the steps run right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  args: { orientation: 'horizontal', current: 'monitoring' },
};

/** Arabic in a 320 px container: horizontal falls back to a right-to-left column. */
export const RightToLeftNarrow: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  args: { orientation: 'horizontal', current: 'monitoring' },
  render: (args) => frame(timeline(args), '320px'),
};

/** The generated pseudo-locale (accented, bracketed, 40% longer): anything not translated stands out. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  args: { current: 'monitoring' },
};

/** A clinic's own (fictional) process in an inline JSON child, with English and Spanish text. */
export const ClinicSteps: Story = {
  args: { current: 'infusions', orientation: 'horizontal' },
  render: (args) => timeline(args, { json: { steps: FICTIONAL_CLINIC_STEPS } }),
  parameters: { controls: { exclude: ['current'] } },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelectorAll('[part~="step"]').length).toBe(FICTIONAL_CLINIC_STEPS.length);
    await expect(root.querySelector('a[href="https://example.org/sunrise-clinic-protocol"]')).toBeTruthy();
  },
};

/** The same steps set as the `.steps` property, as a framework or script would. */
export const ClinicStepsViaProperty: Story = {
  args: { current: 'intake-call' },
  render: (args) => timeline(args, { property: FICTIONAL_CLINIC_STEPS }),
  parameters: { controls: { exclude: ['current'] } },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(text(root)).toContain('Intake call');
  },
};

/** A missing title, a duplicate id and a `javascript:` link: the error panel names each, and nothing of it is shown. */
export const ErrorInvalidJson: Story = {
  render: (args) =>
    timeline(args, {
      json: {
        steps: [
          { id: 'intake-call', description: 'A phone call with our care team.' },
          {
            id: 'intake-call',
            title: 'Infusions',
            description: '6 infusions over 2–3 weeks.',
            sources: [{ citation: 'Our protocol', url: 'javascript:alert(document.cookie)' }],
          },
        ],
      },
    }),
  parameters: { controls: { exclude: ['current'] } },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="error"]')).toBeTruthy();
    await expect(text(root)).toContain('steps[0].title');
    await expect(text(root)).toContain('steps[1].sources[0].url');
    await expect(text(root)).toContain('steps[1].id');
    await expect(root.querySelector('[part~="step"]')).toBeNull();
    await expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};
