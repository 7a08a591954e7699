import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { IconName } from './icon-names.js';

/*
 * The timeline's small icon set: inline SVG, drawn with `currentColor`, no
 * external requests. Each icon is decorative (`aria-hidden`): the step title
 * says what the step is. A clinic picks one by name in its JSON (`"icon"`).
 */

export { ICON_NAMES, isIconName, type IconName } from './icon-names.js';

/* 24 × 24 drawings, stroked at 2 units. Only shapes, no text, so nothing needs translating or mirroring. */
const PATHS: Record<IconName, SVGTemplateResult> = {
  // A clipboard with lines: the assessment.
  clipboard: svg`<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4V3h6v1"/><rect x="9" y="2.5" width="6" height="3" rx="1"/><path d="M8.5 10h7M8.5 13.5h7M8.5 17h4"/>`,
  // A drip bag with a line down: an infusion.
  infusion: svg`<path d="M8 3h8v7a4 4 0 0 1-8 0z"/><path d="M8 7h8"/><path d="M12 14v3"/><path d="M12 17c0 2 1 3 3 3h3"/>`,
  // A heartbeat line: monitoring.
  pulse: svg`<path d="M2 12h4l2-5 4 10 3-7 2 2h5"/>`,
  // A calendar page: follow-up visits.
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/><path d="M7.5 14h2M11 14h2M14.5 14h2M7.5 17.5h2M11 17.5h2"/>`,
  // Two speech bubbles: talk therapy.
  conversation: svg`<path d="M3 5h11v7H8l-3 3v-3H3z"/><path d="M17 9h4v7h-2v3l-3-3h-5v-2"/>`,
  // A phone handset: an intake call.
  phone: svg`<path d="M6 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2L21 15v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z"/>`,
  // A leaf: for a clinic's own step (no built-in step uses it).
  leaf: svg`<path d="M5 19C5 10 10 5 20 4c0 10-5 15-13 15"/><path d="M5 19l8-8"/>`,
  // A check mark: a finished step.
  check: svg`<path d="M4 12.5l5 5L20 6.5"/>`,
  // A filled dot: any other step.
  dot: svg`<circle cx="12" cy="12" r="4" fill="currentColor"/>`,
};

/** One icon as inline SVG, hidden from assistive technology. */
export function icon(name: IconName): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${PATHS[name]}
  </svg>`;
}
