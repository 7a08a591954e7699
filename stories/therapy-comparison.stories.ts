import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/elements/therapy-comparison/define.js';
import { CRITERION_IDS, THERAPY_IDS } from '../src/elements/therapy-comparison/therapies.js';
import { QUESTIONS } from '../src/elements/therapy-comparison/questions.js';
import type { ComparisonInput } from '../src/elements/therapy-comparison/comparison.schema.js';
import {
  bookingLink,
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

const TAG = 'ketamine-therapy-comparison';

interface ComparisonArgs extends WidgetArgs {
  therapies?: string;
  criteria?: string;
  rows?: 'criteria' | 'questions';
  highlight?: string;
  'heading-level'?: string;
  expanded?: boolean;
  footer?: 'full' | 'compact';
}

function comparison(args: ComparisonArgs, json?: unknown, child: unknown = ''): TemplateResult {
  return html`<ketamine-therapy-comparison
    therapies=${ifDefined(args.therapies || undefined)}
    criteria=${ifDefined(args.criteria || undefined)}
    rows=${ifDefined(args.rows)}
    highlight=${ifDefined(args.highlight || undefined)}
    ?expanded=${args.expanded}
    footer=${ifDefined(args.footer)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    style=${widgetStyle(args)}
    @ketamine-error=${args.onKetamineError}
    >${json === undefined ? '' : jsonChild(json)}${child}</ketamine-therapy-comparison
  >`;
}

const shown = (node: Element | null): boolean => !!node && getComputedStyle(node).display !== 'none';
const columnIds = (root: ShadowRoot): (string | null)[] =>
  [...root.querySelectorAll('thead th[scope="col"]')].map((th) => th.getAttribute('data-therapy'));

/**
 * A clinic's own additions, entirely made up for the stories ("Sunrise
 * Clinic" does not exist; nothing here is medical advice or real data).
 * English and Spanish text, one cell without Spanish (it falls back to
 * English), and a clinic source with a link to example.org.
 */
const FICTIONAL_SOURCES = [
  {
    id: 'sunrise-tms-page',
    citation: {
      en: 'Sunrise Clinic. Our TMS service (fictional example page), 2025.',
      es: 'Sunrise Clinic. Nuestro servicio de EMT (página de ejemplo ficticia), 2025.',
    },
    url: 'https://example.org/sunrise-clinic/tms',
  },
  {
    id: 'sunrise-visit-guide',
    citation: {
      en: 'Sunrise Clinic. Your visit, step by step (fictional example page).',
      es: 'Sunrise Clinic. Su visita, paso a paso (página de ejemplo ficticia).',
    },
    url: 'https://example.org/sunrise-clinic/visits',
  },
] as const;

const FICTIONAL_TMS_COLUMN = {
  therapies: [
    {
      id: 'tms-sunrise',
      name: { en: 'TMS at Sunrise Clinic (fictional example)', es: 'EMT en Sunrise Clinic (ejemplo ficticio)' },
      cells: {
        administration: {
          text: {
            en: 'Made-up example: short sessions at our clinic on weekdays. Ask our team for your own plan.',
            es: 'Ejemplo inventado: sesiones cortas en nuestra clínica entre semana. Pida su plan a nuestro equipo.',
          },
          sources: ['sunrise-tms-page'],
        },
        // No Spanish entry: shown in English when the page is in Spanish.
        regulation: {
          text: { en: 'Made-up example: ask our team which uses our TMS service offers.' },
          sources: ['sunrise-tms-page'],
        },
      },
    },
  ],
  sources: [FICTIONAL_SOURCES[0]],
} as const satisfies ComparisonInput;

const FICTIONAL_VISIT_ROW = {
  criteria: [
    {
      id: 'visit-length',
      label: {
        en: 'A visit at Sunrise Clinic (fictional example)',
        es: 'Una visita en Sunrise Clinic (ejemplo ficticio)',
      },
      cells: {
        ketamine: {
          text: {
            en: 'Made-up example: plan for about half a day, and bring someone to drive you home.',
            es: 'Ejemplo inventado: cuente con medio día y traiga a alguien que le lleve a casa.',
          },
          sources: ['sunrise-visit-guide'],
        },
        cbt: {
          text: {
            en: 'Made-up example: about an hour with one of our therapists.',
            es: 'Ejemplo inventado: alrededor de una hora con uno de nuestros terapeutas.',
          },
          sources: ['sunrise-visit-guide'],
        },
      },
    },
  ],
  sources: [FICTIONAL_SOURCES[1]],
} as const satisfies ComparisonInput;

const meta = {
  title: 'Widgets/Therapy comparison',
  component: TAG,
  tags: ['autodocs'],
  render: (args) => comparison(args),
  argTypes: {
    ...manifestArgTypes(TAG),
    therapies: { control: 'text', description: `Space-separated: ${THERAPY_IDS.join(' ')}` },
    criteria: { control: 'text', description: `Space-separated: ${CRITERION_IDS.join(' ')}` },
    rows: { control: 'inline-radio', options: ['criteria', 'questions'] },
    highlight: { control: 'select', options: ['', ...THERAPY_IDS] },
    'heading-level': { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    footer: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  args: {
    therapies: '',
    criteria: '',
    rows: 'criteria',
    highlight: '',
    expanded: false,
    footer: 'full',
    'heading-level': '3',
    theme: 'auto',
  },
  parameters: {
    docs: {
      description: {
        component:
          'Ketamine compared with SSRIs, benzodiazepines and CBT, every claim with a numbered footnote to its source, ' +
          'and "Not covered by our sources" where the research we checked has no answer. `therapies` and `criteria` ' +
          'choose and order the columns and rows; `rows="questions"` puts the same cells under patients\' questions ' +
          '(one printed page); `highlight` emphasises one column. Below 40rem of width the table ' +
          'becomes one card per therapy, showing how fast it works, its evidence and its risks, with its other rows behind ' +
          '"More about …" (`expanded` opens them all). The sources are behind "Sources (N)". A clinic can add its own columns, rows and sources as an inline ' +
          '`<script type="application/json">` child or as the `.additions` property; invalid input shows the error ' +
          'panel and fires `ketamine-error`.',
      },
    },
  },
} satisfies Meta<ComparisonArgs>;

export default meta;
type Story = StoryObj<ComparisonArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(columnIds(root)).toEqual([...THERAPY_IDS]);
    await expect(root.querySelectorAll('tbody th[scope="row"]').length).toBe(CRITERION_IDS.length);
  },
};

export const Highlighted: Story = {
  args: { highlight: 'ketamine' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    const th = root.querySelector('thead th[data-therapy="ketamine"]')!;
    await expect(th.hasAttribute('data-highlighted')).toBe(true);
    await expect(text(th.querySelector('[part~="marker"]'))).toBe('Highlighted');
  },
};

export const SubsetOfColumnsAndRows: Story = {
  args: { therapies: 'ketamine benzodiazepine', criteria: 'onset risks regulation' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(columnIds(root)).toEqual(['ketamine', 'benzodiazepine']);
    await expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-criterion'))).toEqual([
      'onset',
      'risks',
      'regulation',
    ]);
  },
};

/** The widget is its own size container: below 40rem the table becomes one card per therapy. */
export const NarrowContainer: Story = {
  args: { highlight: 'ketamine' },
  render: (args) => frame(comparison(args), '320px'),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(shown(root.querySelector('[part~="cards"]'))).toBe(true);
    await expect(shown(root.querySelector('[part~="scroller"]'))).toBe(false);
  },
};

/** Narrow, with every card and the sources open from the start. */
export const Expanded: Story = {
  args: { highlight: 'ketamine', expanded: true },
  render: (args) => frame(comparison(args), '320px'),
  play: playsAllOpen(TAG),
};

/** The clinic's own link in the `actions` slot, styled by the page, after the comparison and before the fine print. */
export const WithClinicAction: Story = {
  name: 'With a clinic action',
  args: { highlight: 'ketamine' },
  render: (args) =>
    grid([frame(comparison(args, undefined, bookingLink), '320px'), comparison(args, undefined, bookingLink)]),
  play: playsWithAction(TAG),
};

/** `footer="compact"`: "Sources (N)", the disclaimer and the review date on one small line. */
export const CompactFooter: Story = {
  args: { footer: 'compact', highlight: 'ketamine' },
  play: playsCompactFooter(TAG),
};

export const Dark: Story = {
  args: { theme: 'dark', highlight: 'ketamine' },
};

/** A clinic's palette and shapes from its own stylesheet, through `--ketamine-*` tokens and `::part` rules only. */
export const BrandYourWidgets: Story = {
  ...brandStory(
    TAG,
    (args) => comparison(args),
    '<ketamine-therapy-comparison highlight="ketamine"></ketamine-therapy-comparison>',
  ),
  name: 'Brand your widgets',
  args: { highlight: 'ketamine' },
};

/** Locale is page-wide in the library, so this story is left off the docs page (it would switch every widget there). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  tags: ['!autodocs'],
  play: playsInSpanish(TAG, 'FDA'),
};

/** In Arabic, narrow (cards) and wide (table): both mirror right to left. */
export const RightToLeft: Story = {
  globals: { locale: 'ar', direction: 'rtl' },
  args: { highlight: 'ketamine' },
  render: (args) => grid([frame(comparison(args), '320px'), frame(comparison(args), '900px')], '20rem'),
};

/** The generated pseudo-locale (accented, bracketed, 40% longer): anything not translated stands out. */
export const PseudoLocale: Story = {
  globals: { locale: 'en-XA' },
  args: { highlight: 'ketamine' },
};

/** A clinic's own (fictional) column in an inline JSON child, with English and Spanish text and its own source. */
export const ClinicColumn: Story = {
  args: { highlight: 'tms-sunrise' },
  render: (args) => comparison(args, FICTIONAL_TMS_COLUMN),
  parameters: { controls: { exclude: ['highlight'] } },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(columnIds(root)).toEqual([...THERAPY_IDS, 'tms-sunrise']);
    await expect(root.querySelector('a[href="https://example.org/sunrise-clinic/tms"]')).toBeTruthy();
  },
};

/** A clinic's own (fictional) row, with a cell for two of the columns; the others read "Not covered by our sources". */
export const ClinicRow: Story = {
  args: { criteria: 'visit-length onset administration' },
  render: (args) => comparison(args, FICTIONAL_VISIT_ROW),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    const row = root.querySelector('tbody tr[data-criterion="visit-length"]')!;
    await expect(row).toBeTruthy();
    await expect(text(row.querySelector('td[data-therapy="ssri"]'))).toBe('Not covered by our sources');
  },
};

const QUESTION_IDS = QUESTIONS.map((question) => question.id);

/**
 * `rows="questions"`: the same sourced cells under the questions patients ask, then "How it works" as a row of
 * its own. Below 40rem each question is a card that opens to every therapy's answer.
 */
export const Questions: Story = {
  args: { rows: 'questions', highlight: 'ketamine' },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
    await expect(rows.map((tr) => tr.dataset['question'] ?? tr.dataset['criterion'])).toEqual([
      ...QUESTION_IDS,
      'mechanism',
    ]);
  },
};

/** The questions in a 320 px container: the first view is the list of questions, each a disclosure. */
export const QuestionsNarrow: Story = {
  name: 'Questions, narrow',
  args: { rows: 'questions', highlight: 'ketamine' },
  render: (args) => frame(comparison(args), '320px'),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(shown(root.querySelector('[part~="cards"]'))).toBe(true);
    await expect(root.querySelectorAll('details[part="details"]:not([open])').length).toBe(QUESTION_IDS.length + 1);
  },
};

/**
 * The questions as printed (the browser's print preview shows it; the screenshot test prints it, see
 * `parameters.media`): one page, each question followed by every therapy's answer under its name, in three
 * columns, then the sources.
 */
export const QuestionsPrint: Story = {
  name: 'Questions, printed',
  args: { rows: 'questions' },
  parameters: { media: 'print' },
};

/** An unknown field, a footnote to an undeclared source and a `javascript:` link: the error panel names each, and nothing of the table is shown. */
export const ErrorInvalidJson: Story = {
  render: (args) =>
    comparison(args, {
      therapies: [
        {
          id: 'tms-sunrise',
          name: 'TMS at our clinic',
          colour: 'teal',
          cells: { onset: { text: 'Ask us.', sources: ['our-protocol'] } },
        },
      ],
      sources: [{ id: 'sunrise-tms-page', citation: 'Our TMS page', url: 'javascript:alert(document.cookie)' }],
    }),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement, TAG);
    await expect(root.querySelector('[part~="error"]')).toBeTruthy();
    await expect(text(root)).toContain('therapies[0].colour');
    await expect(text(root)).toContain('therapies[0].cells.onset.sources[0]');
    await expect(text(root)).toContain('sources[0].url');
    await expect(root.querySelector('table')).toBeNull();
    await expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};
