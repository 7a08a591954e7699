import { FLAG } from './robustness-arbitraries.js';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';

/**
 * The page side of the robustness tests: loads the BUILT CDN bundle the way a
 * webmaster does (one module script tag; from src/ only the registry's names),
 * watches for uncaught errors, prototype pollution and injected markup, and
 * waits for a widget's outcome (content or error panel).
 */

export const BUNDLE = '/dist/cdn/ketamine-widgets.js';
/** Every widget of the registry (src/widgets.ts). */
export const TAGS = WIDGET_NAMES.map(tagOf);
export type Tag = (typeof TAGS)[number];
/** A selector for every widget. */
export const ALL_WIDGETS = TAGS.join(', ');

/** A widget as the tests see it: an element with the documented properties. */
export type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
  theme?: unknown;
  headingLevel?: unknown;
  study?: unknown;
  compact?: unknown;
  steps?: unknown;
  additions?: unknown;
  audit?: unknown;
};

let loading: Promise<void> | undefined;

/**
 * Adds the bundle's module script once and has it define every widget: the bundle loads a widget's
 * chunk only when it sees the tag, and the tests also create widgets before they are in the page.
 */
export function loadBundle(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${BUNDLE}; run npm run build first`));
    document.head.append(script);
  }).then(async () => {
    const discover = window.KetamineWidgets?.discover;
    if (!discover) throw new Error('window.KetamineWidgets.discover is missing: not the CDN bundle?');
    // A fragment outside the page holds one of each tag: nothing renders, every chunk loads.
    const every = document.createDocumentFragment();
    for (const tag of TAGS) every.append(document.createElement(tag));
    await discover(every);
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  });
  return loading;
}

/** A macrotask: lets promise chains, dynamic imports and Lit updates run. Not clamped like setTimeout. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Polls `predicate` until it holds, for at most `timeout` ms: on the next few
 * tasks first (fast), then on timers, so a stream of message tasks cannot
 * starve other task sources (Firefox can run a flood of postMessage tasks
 * ahead of the one that resolves a dynamic import).
 */
export async function waitFor<T>(
  predicate: () => T,
  what: string | (() => string),
  timeout = 25_000,
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (let polls = 0; ; polls++) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms: ${typeof what === 'function' ? what() : what}`);
    }
    if (polls < 8) await nextTask();
    else await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** (polls - 8), 20)));
  }
}

/* ------------------------------------------------------------------------- */
/* Uncaught errors and console output.                                        */
/* ------------------------------------------------------------------------- */

/** Uncaught errors and unhandled rejections on the page, as text. */
export const uncaught: string[] = [];
window.addEventListener(
  'error',
  (event) => {
    // Resource errors (an injected <img src=x>) reach the window in the capture phase only, and have no message.
    const target = event.target as Element | null;
    uncaught.push(
      event instanceof ErrorEvent
        ? `error: ${event.message}`
        : `resource error on <${target?.localName ?? '?'}> ${target?.getAttribute?.('src') ?? ''}`,
    );
  },
  true,
);
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as { stack?: string } | undefined;
  uncaught.push(`unhandled rejection: ${reason?.stack ?? String(event.reason)}`);
});

/** Console calls while trapped (the fuzz runs make thousands; the runner would print every one). */
export interface ConsoleTrap {
  errors: unknown[][];
  warnings: unknown[][];
  clear(): void;
  restore(): void;
}

export function trapConsole(): ConsoleTrap {
  const { error, warn } = console;
  const trap: ConsoleTrap = {
    errors: [],
    warnings: [],
    clear() {
      trap.errors.length = 0;
      trap.warnings.length = 0;
    },
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
  console.error = (...args: unknown[]) => trap.errors.push(args);
  console.warn = (...args: unknown[]) => trap.warnings.push(args);
  return trap;
}

/* ------------------------------------------------------------------------- */
/* Prototype pollution and the payload flag.                                  */
/* ------------------------------------------------------------------------- */

const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Map.prototype', Map.prototype],
];
/** DOM prototypes are large: only their keys are counted. */
const WATCHED_DOM: [string, object][] = [
  ['EventTarget.prototype', EventTarget.prototype],
  ['Node.prototype', Node.prototype],
  ['Element.prototype', Element.prototype],
  ['HTMLElement.prototype', HTMLElement.prototype],
];
const domKeyCounts = (): number[] => WATCHED_DOM.map(([, proto]) => Reflect.ownKeys(proto).length);

type Snapshot = Map<string, Map<PropertyKey, unknown>> & { dom?: number[] };

/** Every own key of the watched prototypes, with its value or accessors. */
export function prototypeSnapshot(): Snapshot {
  const snapshot: Snapshot = new Map(
    WATCHED.map(([name, proto]) => [
      name,
      new Map(
        Reflect.ownKeys(proto).map((key) => {
          const d = Object.getOwnPropertyDescriptor(proto, key)!;
          return [key, 'value' in d ? d.value : [d.get, d.set]];
        }),
      ),
    ]),
  );
  snapshot.dom = domKeyCounts();
  return snapshot;
}

/** Differences from a snapshot, plus tell-tale inherited keys; empty when nothing was polluted. */
export function pollution(before: Snapshot): string[] {
  const found: string[] = [];
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'toString2', 'a']) {
    if (probe[key] !== undefined) found.push(`({}).${key} is ${String(probe[key])}`);
  }
  if (probe.constructor !== Object) found.push('({}).constructor is not Object');
  if (Object.getPrototypeOf(probe) !== Object.prototype) found.push('the prototype of {} changed');
  for (const [name, proto] of WATCHED) {
    const old = before.get(name)!;
    const keys = Reflect.ownKeys(proto);
    for (const key of keys) {
      if (!old.has(key)) found.push(`${name} has a new key ${String(key)}`);
      else {
        const d = Object.getOwnPropertyDescriptor(proto, key)!;
        const now = 'value' in d ? d.value : [d.get, d.set];
        const was = old.get(key);
        const same =
          Array.isArray(was) && Array.isArray(now) ? was[0] === now[0] && was[1] === now[1] : Object.is(was, now);
        if (!same) found.push(`${name}.${String(key)} changed`);
      }
    }
    if (keys.length !== old.size) found.push(`${name} lost keys`);
  }
  domKeyCounts().forEach((n, i) => {
    if (n !== before.dom![i]) found.push(`${WATCHED_DOM[i]![0]} has ${n - before.dom![i]!} more keys`);
  });
  return found;
}

/** Whether a payload ran. */
export const payloadRan = (): boolean => (window as unknown as Record<string, unknown>)[FLAG] !== undefined;

/* ------------------------------------------------------------------------- */
/* Outcome and render checks.                                                 */
/* ------------------------------------------------------------------------- */

export type Outcome = 'content' | 'error' | 'none' | 'both';

/** What the widget shows now. */
export function outcomeOf(el: Element): Outcome {
  const root = el.shadowRoot;
  const base = root?.querySelector('[part~="base"]');
  const error = root?.querySelector('[part~="error"]');
  return base && error ? 'both' : base ? 'content' : error ? 'error' : 'none';
}

/** Every element the templates create, HTML, the timeline's SVG icons and the summary's chart. */
const HTML_TAGS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'p',
  'span',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'a',
  'cite',
  'dfn',
  'bdi',
  'code',
  'sup',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'strong',
  'figure',
  'figcaption',
  'button',
  'slot',
]);
const SVG_TAGS = new Set(['svg', 'rect', 'path', 'circle', 'line', 'g', 'text', 'tspan', 'defs', 'pattern']);
const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Every attribute the templates write. Anything else came from the input. */
const ATTRIBUTES = new Set([
  'class',
  'part',
  'id',
  'role',
  'lang',
  'dir',
  'href',
  'target',
  'rel',
  'tabindex',
  'scope',
  'style',
  'open',
  'aria-hidden',
  'aria-level',
  'aria-current',
  'aria-labelledby',
  'aria-label',
  'aria-busy',
  'data-outcome',
  'data-certainty',
  'data-orientation',
  'data-step-id',
  'data-therapy',
  'data-highlighted',
  'data-criterion',
  'data-source',
  'data-key',
  'data-ref',
  'data-columns',
  'data-step',
  'data-kind',
  'data-claim',
  'data-section',
  'data-clinic',
  'data-condition',
  'data-measure',
  'data-layout',
  'data-comparison',
  'data-state',
  'transform',
  'patternUnits',
  'patternTransform',
  'data-rows',
  'data-question',
  'name',
  'type',
  'hidden',
  'colspan',
  'aria-controls',
  'aria-expanded',
  'x1',
  'x2',
  'y1',
  'y2',
  'viewBox',
  'viewbox',
  'width',
  'height',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'focusable',
  'x',
  'y',
  'rx',
  'd',
  'cx',
  'cy',
  'r',
  'direction',
  'text-anchor',
  'dominant-baseline',
  'dy',
]);

/** Whether an href is a web link, an in-widget `#` link, or a `tel:` link of digits (a clinic's phone number). */
export function safeHref(href: string): boolean {
  if (href.startsWith('#')) return /^#[\w-]+$/.test(href);
  if (href.startsWith('tel:')) return /^tel:\+?\d+$/.test(href);
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\//i.test(href);
  } catch {
    return false;
  }
}

/**
 * Problems in a widget's shadow root: an element or attribute no template
 * creates, an event-handler attribute, a link that is not https:, http: or
 * `#…`, `javascript:` in any attribute, SVG outside the timeline's icons, the how-it-works diagram,
 * the summary's chart and the icon arrays, or a comment that is not one of Lit's markers.
 */
export function injectionProblems(el: Element): string[] {
  const problems = new Set<string>();
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  const isTimeline = el.localName === 'ketamine-treatment-timeline';
  const isHowItWorks = el.localName === 'ketamine-how-it-works';
  const isSummary = el.localName === 'ketamine-evidence-summary';
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (element.namespaceURI === SVG_NS) {
      if (!SVG_TAGS.has(name)) problems.add(`<svg:${name}>`);
      const svg = name === 'svg' ? element : element.closest('svg');
      const icon = isTimeline && svg?.classList.contains('icon') && svg.parentElement?.matches('[part~="icon"]');
      const diagram = isHowItWorks && svg?.parentElement?.matches('[part~="diagram"]');
      const chart = isSummary && svg?.classList.contains('track') && svg.closest('[part~="measure"]');
      const iconArray = svg?.classList.contains('icon-array-people') && svg.closest('[part~="icon-array-group"]');
      if (!icon && !diagram && !chart && !iconArray) {
        problems.add(
          `<svg:${name}> outside the timeline's icons, the how-it-works diagram, the summary's chart and the icon arrays`,
        );
      }
    } else if (!HTML_TAGS.has(name) || element.namespaceURI !== HTML_NS) {
      problems.add(`<${name}>`);
    }
    if (element.shadowRoot) problems.add(`<${name}> has a shadow root`);
    for (const attr of element.attributes) {
      const attrName = attr.name;
      const value = attr.value;
      if (!ATTRIBUTES.has(attrName)) problems.add(`<${name} ${attrName}>`);
      if (/^on/i.test(attrName)) problems.add(`<${name} ${attrName}> event handler`);
      if (attrName === 'href') {
        if (name !== 'a' || !safeHref(value)) problems.add(`<${name} href="${value.slice(0, 80)}">`);
      } else if (value.includes(':') && /javascript:|vbscript:|data:/i.test(value)) {
        problems.add(`<${name} ${attrName}="${value.slice(0, 80)}">`);
      }
      if (attrName === 'style') {
        problems.add(`<${name} style="${value.slice(0, 80)}">`);
      }
      if (attrName === 'target' && (value !== '_blank' || element.getAttribute('rel') !== 'noopener noreferrer')) {
        problems.add(`<${name} target="${value}" rel="${element.getAttribute('rel')}">`);
      }
    }
  }
  const comments = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = comments.nextNode(); node; node = comments.nextNode()) {
    // Lit's markers: empty, `?`, or `?lit$123$`.
    const data = (node as Comment).data;
    if (data !== '' && data !== '?' && !/^\?lit\$\d+\$$/.test(data))
      problems.add(`comment <!--${data.slice(0, 40)}-->`);
  }
  return [...problems];
}

/** Elements that only injected markup would add to the page outside the widgets. */
export const PAGE_SENTINELS =
  'img, iframe, object, embed, frame, frameset, video, audio, svg, math, base, form, link[rel="import"]';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Problems that make a render blank or half-made. For content: every part the
 * widget always shows, with text. For the error panel: a title and at least
 * one issue.
 */
export function completenessProblems(el: Element): string[] {
  const root = el.shadowRoot!;
  const problems: string[] = [];
  const need = (selector: string, nonEmpty = true) => {
    const found = root.querySelector(selector);
    if (!found) problems.push(`missing ${selector}`);
    else if (nonEmpty && !text(found)) problems.push(`empty ${selector}`);
  };
  if (root.querySelector('.loading')) problems.push('still shows the loading placeholder');
  const outcome = outcomeOf(el);
  if (outcome === 'error') {
    need('[part~="error"] .error-title');
    if (root.querySelectorAll('[part~="error"] li').length === 0) problems.push('error panel lists no issue');
    if (root.querySelector('[part~="error"]')!.getAttribute('role') !== 'alert')
      problems.push('error panel is not an alert');
    return problems;
  }
  if (outcome !== 'content') return [`outcome is ${outcome}`];
  need('[part~="footer"]');
  need('[part~="disclaimer"]');
  switch (el.localName) {
    case 'ketamine-evidence-card': {
      for (const part of [
        'header',
        'condition',
        'headline',
        'byline',
        'outcome',
        'facts',
        'strength',
        'badge',
        'citation',
      ]) {
        need(`[part~="${part}"]`);
      }
      const facts = [...root.querySelectorAll('[part~="facts"] .fact')];
      // Eight rows, and the exact numbers first for a study that gives them (resultNumbers).
      const expected = 8 + root.querySelectorAll('[part~="facts"] .fact.result-numbers').length;
      if (facts.length !== expected) problems.push(`${facts.length} facts instead of ${expected}`);
      for (const fact of facts)
        if (!text(fact.querySelector('dt')) || !text(fact.querySelector('dd'))) problems.push('an empty fact');
      break;
    }
    case 'ketamine-treatment-timeline': {
      const steps = [...root.querySelectorAll('[part~="step"]')];
      if (steps.length === 0) problems.push('no steps');
      for (const step of steps) {
        for (const part of ['title', 'description', 'step-number']) {
          if (!text(step.querySelector(`[part~="${part}"]`))) problems.push(`a step without ${part}`);
        }
        if (!step.querySelector('[part~="icon"] svg.icon')) problems.push('a step without icon');
      }
      break;
    }
    case 'ketamine-therapy-comparison': {
      need('table caption');
      const columns = root.querySelectorAll('thead [part~="column-header"]').length;
      const rows = root.querySelectorAll('tbody [part~="row-header"]').length;
      if (!columns || !rows) problems.push(`${columns} columns and ${rows} rows`);
      const cells = [...root.querySelectorAll('tbody td[part~="cell"]')];
      if (cells.length !== columns * rows) problems.push(`${cells.length} cells for ${columns} × ${rows}`);
      if (cells.some((cell) => !text(cell))) problems.push('an empty cell');
      if (root.querySelectorAll('[part~="card"]').length !== columns) problems.push('cards do not match the columns');
      break;
    }
  }
  return problems;
}

/** The shadow DOM as a comparable structure: elements, attributes and text, without Lit's comment markers. */
export function renderSignature(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t) out.push(`${' '.repeat(depth)}"${t}"`);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const e = child as Element;
        const attrs = [...e.attributes]
          .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
          .sort()
          .join(' ');
        out.push(
          `${' '.repeat(depth)}<${e.localName} ${attrs}>${e instanceof HTMLDetailsElement && e.open ? ' open' : ''}`,
        );
        walk(e, depth + 1);
      }
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot, 0);
  return out.join('\n');
}

/**
 * Loads the validation chunk once (with a throwaway widget), so its one-time
 * globals exist before the checks start.
 */
export async function warmUp(): Promise<void> {
  const el = document.createElement('ketamine-evidence-card') as Widget;
  el.innerHTML = '<script type="application/json">{"id": "warm-up"}</script>';
  const { error } = console;
  console.error = () => {};
  try {
    document.body.append(el);
    await waitFor(() => el.shadowRoot?.querySelector('[part~="error"]'), 'the validation chunk did not load', 10_000);
  } finally {
    console.error = error;
    el.remove();
  }
}
