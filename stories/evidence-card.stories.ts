import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/elements/evidence-card/define.js';
import { STUDY_IDS } from '../src/elements/evidence-card/studies.js';
import {
  bookingLink,
  FICTIONAL_CLINIC_STUDY,
  frame,
  grid,
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

const TAG = 'ketamine-evidence-card';

interface EvidenceCardArgs extends WidgetArgs {
  study?: string;
  compact?: boolean;
  expanded?: boolean;
  footer?: string;
  'heading-level'?: string;
}

/** What a card shows when not a built-in id: an inline JSON child or a `.study` object; and the clinic's own action. */
interface ClinicContent {
  json?: unknown;
  property?: object;
  action?: TemplateResult;
}

function card(args: EvidenceCardArgs, clinic: ClinicContent = {}): TemplateResult {
  if (clinic.property !== undefined) {
    return html`<ketamine-evidence-card
      .study=${clinic.property}
      ?compact=${args.compact}
      ?expanded=${args.expanded}
      footer=${ifDefined(args.footer)}
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      style=${widgetStyle(args)}
      @ketamine-error=${args.onKetamineError}
      >${clinic.action ?? ''}</ketamine-evidence-card
    >`;
  }
  // With an inline JSON child, no study attribute: a built-in id would win over the child.
  const study = clinic.json === undefined ? args.study || undefined : undefined;
  return html`<ketamine-evidence-card
    study=${ifDefined(study)}
    ?compact=${args.compact}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    style=${widgetStyle(args)}
    @ketamine-error=${args.onKetamineError}
    >${clinic.json === undefined ? '' : jsonChild(clinic.json)}${clinic.action ?? ''}</ketamine-evidence-card
  >`;
}

/** Controls that do nothing in a story that supplies its own study. */
const noStudyControl = { controls: { exclude: ['study'] } };

const meta = {
  title: 'Widgets/Evidence card',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => card(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    study: { control: 'select', options: STUDY_IDS },
    compact: { control: 'boolean' },
    expanded: { control: 'boolean' },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: {
    study: 'feder-2021-ptsd',
    compact: false,
    expanded: false,
    footer: 'full',
    'heading-level': '3',
    theme: 'auto',
  },
  parameters: {
    docs: {
      description: {
        component:
          'Built-in studies are chosen with `study="<id>"`. A clinic can supply its own study as an inline ' +
          '`<script type="application/json">` child or as the `.study` property; invalid input shows the error ' +
          'panel and fires `ketamine-error`. The toolbar sets the locale (page-wide, as `setLocale()` does), the ' +
          'text direction and a forced theme.',
      },
    },
  },
} satisfies Meta<EvidenceCardArgs>;

export default meta;
type Story = StoryObj<EvidenceCardArgs>;

export const Default: Story = {};

/* One per condition group. */

export const SocialAnxiety: Story = {
  name: 'Social anxiety (Taylor 2018)',
  args: { study: 'taylor-2018-sad' },
};

export const GadSadRefractory: Story = {
  name: 'GAD / social anxiety, treatment-refractory (Glue 2017)',
  args: { study: 'glue-2017-dose' },
};

export const PtsdPositive: Story = {
  name: 'PTSD, positive result (Feder 2014)',
  args: { study: 'feder-2014-ptsd' },
};

export const PtsdNullResult: Story = {
  name: 'PTSD, null result (Abdallah 2022)',
  args: { study: 'abdallah-2022-ptsd' },
};

export const Tablets: Story = {
  name: 'Tablets: depression with anxiety (Glue 2020, R-107)',
  args: { study: 'glue-2020-r107' },
};

export const AllStudies: Story = {
  render: (args) => grid(STUDY_IDS.map((study) => card({ ...args, study }))),
  parameters: noStudyControl,
};

export const Compact: Story = {
  args: { compact: true },
};

/** Everything open from the start: the study details, the badge's explanation, the glossary and the source. */
export const Expanded: Story = {
  args: { expanded: true },
  play: playsAllOpen(TAG),
};

/** The clinic's own link, after the card's content and before the fine print, styled by the page. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  render: (args) => card(args, { action: bookingLink }),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (1)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact' },
  play: playsCompactFooter(TAG),
};

/** The card is its own size container: below 36rem its facts stack label over value. */
export const NarrowContainer: Story = {
  render: (args) => frame(card(args), '280px'),
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(TAG, (args) => card(args), '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>'),
  name: 'Brand your widgets',
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every card there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, 'Resultado principal'),
};

/** In Arabic: the card lays itself out right to left; DOIs and numbers stay readable. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
};

/** Arabic in a 280 px sidebar. */
export const RightToLeftNarrow: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  args: { compact: true },
  render: (args) => frame(card(args), '280px'),
};

/** The generated pseudo-locale (accented, bracketed, 40% longer): anything not translated stands out. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
};

export const ErrorUnknownId: Story = {
  args: { study: 'smith-2099-unknown' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="error"]')).toBeTruthy();
    await expect(text(root)).toContain('smith-2099-unknown');
  },
};

/** Required fields missing, and a `javascript:` link that must be refused, never rendered. */
export const ErrorInvalidClinicJson: Story = {
  render: (args) =>
    card(args, {
      json: {
        id: 'sunrise-clinic-draft',
        headline: 'Ketamine pilot at our clinic',
        condition: 'Social anxiety disorder',
        participants: 12,
        outcome: 'improved',
        citation: {
          authors: 'Sunrise Clinic research team',
          title: 'Draft pilot summary',
          journal: 'Sunrise Clinic internal report',
          year: 2025,
          url: 'javascript:alert(document.cookie)',
        },
      },
    }),
  parameters: noStudyControl,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="error"]')).toBeTruthy();
    await expect(text(root)).toContain('citation.url');
    await expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};

/** A clinic's own (fictional) study in an inline JSON child, with per-locale text. */
export const ClinicSuppliedStudy: Story = {
  render: (args) => card(args, { json: FICTIONAL_CLINIC_STUDY }),
  parameters: noStudyControl,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="base"]')).toBeTruthy();
    await expect(root.querySelector('a[href="https://example.org/sunrise-clinic-2025-pilot"]')).toBeTruthy();
  },
};

/** The same study set as the `.study` property, as a framework or script would. */
export const ClinicSuppliedViaProperty: Story = {
  render: (args) => card(args, { property: FICTIONAL_CLINIC_STUDY }),
  parameters: noStudyControl,
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="base"]')).toBeTruthy();
  },
};
