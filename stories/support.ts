/**
 * Helpers shared by every widget's stories: argTypes from the custom-elements
 * manifest, CSS custom properties as args, the inline JSON child, layout
 * frames, and a fictional clinic study.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { declarations } from './manifest.js';
import { widgetsSettled } from './settle.js';
import type { Theme } from '../src/internal/ketamine-element.js';
import type { StudyInput } from '../src/elements/evidence-card/study.schema.js';

/** CSS custom properties set from the Controls panel, e.g. `--ketamine-color-accent`. */
export type CssPropertyArgs = { [name: `--ketamine-${string}`]: string | undefined };

/** Args every widget story has besides its own attributes. */
export interface WidgetArgs extends CssPropertyArgs {
  theme?: Theme;
  /** An action, added by Storybook from the manifest's `ketamine-error` event. */
  onKetamineError?: (event: Event) => void;
}

/**
 * Adjustments to the argTypes Storybook reads from the manifest for `tagName`:
 * private, protected and static fields are hidden; a property whose attribute
 * has another name (`headingLevel` / `heading-level`) keeps its docs row but
 * no second control; CSS custom properties get a colour or text control
 * (applied by {@link cssProperties}).
 */
export function manifestArgTypes(tagName: string): ArgTypes {
  const declaration = declarations.find((d) => d.tagName === tagName);
  if (!declaration) throw new Error(`${tagName} is not in custom-elements.json; run npm run analyze`);
  const argTypes: ArgTypes = {};
  const attributeNames = new Set(declaration.attributes?.map((a) => a.name));
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field') continue;
    if (member.static || member.privacy === 'private' || member.privacy === 'protected') {
      argTypes[member.name] = { table: { disable: true } };
    } else if (!attributeNames.has(member.name) && declaration.attributes?.some((a) => a.fieldName === member.name)) {
      argTypes[member.name] = { control: false };
    }
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      control: property.name.includes('color') ? 'color' : 'text',
      type: { name: 'string', required: false },
    };
  }
  return argTypes;
}

/** The `--ketamine-*` args that have a value, for `style=${styleMap(...)}`. */
export function cssProperties(args: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--ketamine-') && typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  );
}

/** `style` for a widget from its CSS custom property args. */
export const widgetStyle = (args: object) => styleMap(cssProperties(args));

/**
 * The shadow root of the `index`-th `tag` in a story once it shows its content
 * or its error panel (clinic content is validated asynchronously).
 */
export async function settled(canvasElement: HTMLElement, tag: string, index = 0): Promise<ShadowRoot> {
  await widgetsSettled(canvasElement);
  return canvasElement.querySelectorAll(tag)[index]!.shadowRoot!;
}

/** The play function of a Spanish story: the widget switches to `es` and shows `expected`. */
export const playsInSpanish =
  (tag: string, expected: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const root = await settled(canvasElement, tag);
    // The Spanish texts load on demand: patient with a busy machine.
    await waitFor(() => expect(root.querySelector('.root')?.getAttribute('lang')).toBe('es'), { timeout: 10000 });
    await waitFor(() => expect(text(root)).toContain(expected), { timeout: 10000 });
  };

/** The `expanded` stories' check: every disclosure of the widget, the sources included, is open. */
export const playsAllOpen =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const root = await settled(canvasElement, tag);
    for (const details of root.querySelectorAll('details')) await expect(details.open).toBe(true);
  };

/** The clinic-action stories' check: the `actions` slot's box shows (it is hidden while empty). */
export const playsWithAction =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const root = await settled(canvasElement, tag);
    await expect(root.querySelector<HTMLElement>('[part~="actions"]')!.hidden).toBe(false);
  };

/** The compact-footer stories' check: the fine print is laid out on one line. */
export const playsCompactFooter =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const root = await settled(canvasElement, tag);
    await expect(root.querySelector('[part~="footer"]')?.getAttribute('data-layout')).toBe('compact');
  };

/** Visible text with whitespace folded. */
export const text = (node: ParentNode | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An inline `<script type="application/json">` child, as a clinic would
 * write it in its page. `<` is escaped so the JSON can never end the script.
 * (Lit cannot bind inside a `<script>`, hence the HTML string.)
 */
export function jsonChild(value: unknown): ReturnType<typeof unsafeHTML> {
  const json = JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
  return unsafeHTML(`<script type="application/json">\n${json}\n</script>`);
}

/** A box of a fixed width, outlined, to show a widget's container-query layout. */
export function frame(content: TemplateResult, width: string, label = `Container ${width} wide`): TemplateResult {
  return html`<figure style="margin: 0; inline-size: ${width}; max-inline-size: 100%">
    <figcaption style="font-size: 0.8125rem; margin-block-end: 0.5rem">${label}</figcaption>
    <div style="outline: 1px dashed #6b7d84; outline-offset: 4px">${content}</div>
  </figure>`;
}

/** Widgets side by side, as many columns as fit (each at least `min` wide). */
export function grid(items: readonly TemplateResult[], min = '22rem'): TemplateResult {
  return html`<div
    style="display: grid; gap: 1.5rem; align-items: start; grid-template-columns: repeat(auto-fill, minmax(min(100%, ${min}), 1fr))"
  >
    ${items}
  </div>`;
}

/**
 * A clinic's own study, entirely made up for the stories ("Sunrise Clinic"
 * does not exist and nothing here is real data). Per-locale text, no DOI or
 * PubMed id, and a link to example.org. Valid against src/elements/evidence-card/study.schema.ts.
 */
export const FICTIONAL_CLINIC_STUDY = {
  id: 'sunrise-clinic-2025-pilot',
  headline: {
    en: 'Sunrise Clinic 2025 pilot (fictional example): weekly ketamine sessions for social anxiety',
    es: 'Piloto de Sunrise Clinic 2025 (ejemplo ficticio): sesiones semanales de ketamina para la ansiedad social',
  },
  condition: { en: 'Social anxiety disorder', es: 'Trastorno de ansiedad social' },
  design: { randomized: false, blinding: 'open-label', control: 'none' },
  participants: 12,
  dose: {
    en: '0.5 mg per kg of body weight, over 40 minutes, once a week for 4 weeks',
    es: '0,5 mg por kg de peso corporal, durante 40 minutos, una vez por semana durante 4 semanas',
  },
  route: 'intravenous',
  outcome: 'improved',
  result: {
    en: 'Made-up example data: 7 of 12 people said their social anxiety was lower after 4 weeks. With no comparison group, we cannot tell how much of this was due to ketamine.',
    es: 'Datos de ejemplo inventados: 7 de 12 personas dijeron que su ansiedad social era menor después de 4 semanas. Sin grupo de comparación, no sabemos cuánto se debió a la ketamina.',
  },
  firstMeasured: { en: '1 day after the first session', es: '1 día después de la primera sesión' },
  followUp: { en: '8 weeks', es: '8 semanas' },
  sideEffects: {
    en: 'Brief dizziness and feeling detached during sessions, gone within 2 hours',
    es: 'Mareo breve y sensación de desconexión durante las sesiones, que desaparecieron en 2 horas',
  },
  limitations: {
    en: 'Fictional example for this demo. A real pilot like this would be very small, with no placebo and no blinding.',
    es: 'Ejemplo ficticio para esta demostración. Un piloto real como este sería muy pequeño, sin placebo y sin enmascaramiento.',
  },
  citation: {
    authors: 'Sunrise Clinic research team',
    title: 'Weekly ketamine sessions for social anxiety: a 2025 pilot (fictional example)',
    journal: 'Sunrise Clinic internal report',
    year: 2025,
    url: 'https://example.org/sunrise-clinic-2025-pilot',
  },
} as const satisfies StudyInput;

/**
 * A clinic's own call to action for a widget's `actions` slot, styled by the page (inline here; a
 * clinic would use its site's button class). Fictional clinic, example.org link.
 */
export const bookingLink = html`<a
  slot="actions"
  href="https://example.org/book"
  style="display: inline-block; padding: 0.6rem 1.1rem; border-radius: 999px; background: #7a3e9d; color: #fff; font-weight: 600; text-decoration: none"
  >Book a consultation</a
>`;
