import fc from 'fast-check';
import { HEADING_LEVELS, ORIENTATIONS, THEMES, type Generated } from './robustness-arbitraries.js';
import {
  PAGE_SENTINELS,
  completenessProblems,
  injectionProblems,
  nextTask,
  outcomeOf,
  payloadRan,
  pollution,
  prototypeSnapshot,
  trapConsole,
  uncaught,
  waitFor,
  type ConsoleTrap,
  type Outcome,
  type Tag,
  type Widget,
} from './robustness-page.js';

/**
 * Runs generated inputs through widgets and checks every outcome: no uncaught
 * error, nothing injected, no prototype pollution, no payload run, and either
 * complete content or the error panel with exactly one `ketamine-error` event
 * and one console error.
 */

/** A seed from the URL (`?seed=…`) or a fixed one, so a failure can be replayed. */
export const SEED = Number(new URLSearchParams(location.search).get('seed') ?? 20250601);

/**
 * Runs a property; on failure, throws the property's own message (fast-check's
 * counterexample can be a 100 kB string) with the seed to replay it. No
 * shrinking: each case renders a widget, and the message names the input.
 */
async function assertProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  let failure: unknown;
  try {
    await fc.assert(property, {
      numRuns,
      seed: SEED,
      endOnFailure: true,
      reporter: (details) => {
        if (details.failed) failure = details.errorInstance;
      },
    });
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) {
    const message = failure instanceof Error ? failure.message : String(failure);
    throw new Error(`${message}\n  (fast-check seed ${SEED}; open the test page with ?seed=N to try another)`);
  }
}

/**
 * What one fuzz run checked. Counted when a case has gone through every check,
 * not when fast-check calls the property: a case that stops early is not a case.
 */
export interface FuzzReport {
  /** Cases whose widget showed an outcome and passed every check. */
  cases: number;
  /** Different inputs among them (a fuzzer that repeats itself checks less than it seems). */
  distinct: number;
  content: number;
  error: number;
  ms: number;
}

export const describeReport = (label: string, r: FuzzReport): string =>
  `${label}: ${r.cases} cases, ${r.distinct} different (${r.content} content, ${r.error} error panel) ` +
  `in ${(r.ms / 1000).toFixed(1)} s`;

/** Tells inputs apart: the generator's note plus the value as JSON where it has one. */
function inputKey(note: string, value: unknown): string {
  let json: string | undefined;
  try {
    json = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    // Cycles, bigints, throwing getters and proxies: the note tells them apart.
  }
  return `${note}\u0000${typeof value}\u0000${json ?? ''}`;
}

/**
 * Throws unless the report accounts for every case fast-check generated, each
 * with exactly one outcome, and the inputs vary: the generators repeat their
 * small pools (valid documents, fixed texts), so 51–59% of content cases
 * and nearly all attribute cases differ with the default seed; under a quarter
 * means the generator collapsed. (`fc.assert` has already thrown if a case failed.)
 */
function checkReport(report: FuzzReport, generated: number): void {
  const problems: string[] = [];
  const outcomes = report.content + report.error;
  if (report.cases !== generated) problems.push(`${generated} cases generated, ${report.cases} checked`);
  if (outcomes !== report.cases) problems.push(`${report.cases} cases checked, ${outcomes} outcomes counted`);
  if (report.distinct < report.cases / 4)
    problems.push(`only ${report.distinct} different inputs in ${report.cases} cases`);
  if (problems.length) throw new Error(`fuzz report: ${problems.join('; ')}`);
}

/** A container the widgets render into; not displayed, so thousands of renders cost no layout. */
export function stage(): HTMLElement {
  const div = document.createElement('div');
  div.hidden = true;
  document.body.append(div);
  return div;
}

/** Script elements that could run (the widgets' JSON children are data, not scripts). */
const executableScripts = (): number => document.querySelectorAll('script:not([type="application/json"])').length;

/** Page-wide checks, shared by every case. */
export class PageWatch {
  readonly snapshot = prototypeSnapshot();
  readonly sentinels = document.querySelectorAll(PAGE_SENTINELS).length;
  readonly scripts = executableScripts();
  readonly windowKeys = new Set(Object.keys(window));
  private seen = uncaught.length;

  /** Problems since the last call. */
  problems(): string[] {
    const found = [...uncaught.slice(this.seen)];
    this.seen = uncaught.length;
    found.push(...pollution(this.snapshot));
    if (payloadRan()) found.push('a payload ran (the global flag is set)');
    if (document.querySelectorAll(PAGE_SENTINELS).length !== this.sentinels) found.push('markup was added to the page');
    if (executableScripts() !== this.scripts) found.push('a script element was added to the page');
    const keys = Object.keys(window);
    if (keys.length !== this.windowKeys.size) {
      found.push(`new globals: ${keys.filter((k) => !this.windowKeys.has(k)).join(', ') || '(some removed)'}`);
    }
    return found;
  }
}

/** Checks of one widget's render; problems as text. */
export function renderProblems(el: Element): string[] {
  return [...completenessProblems(el), ...injectionProblems(el)];
}

const shortNote = (g: Generated): string => {
  let shown: string;
  try {
    shown = typeof g.value === 'string' ? g.value : (JSON.stringify(g.value) ?? String(g.value));
  } catch {
    shown = '(not serializable)';
  }
  return `${g.note}; value ${shown.length > 300 ? `${shown.slice(0, 300)}… (${shown.length} chars)` : shown}`;
};

/** Waits until the widget shows content or the error panel, then one more task so a second outcome would show. */
export async function settle(el: Widget): Promise<Outcome> {
  await waitFor(
    () => (outcomeOf(el) === 'none' ? undefined : true),
    `<${el.localName}> showed neither content nor an error panel`,
  );
  await el.updateComplete;
  await nextTask();
  await el.updateComplete;
  return outcomeOf(el);
}

/**
 * One fresh widget per generated value: `apply` gives it the input before it
 * is connected (as a page does), then its outcome is checked.
 */
export async function fuzzContent(options: {
  tag: Tag;
  arb: fc.Arbitrary<Generated>;
  apply: (el: Widget, value: unknown) => void;
  numRuns: number;
}): Promise<FuzzReport> {
  const { tag, arb, apply, numRuns } = options;
  const container = stage();
  const watch = new PageWatch();
  const trap: ConsoleTrap = trapConsole();
  const report: FuzzReport = { cases: 0, distinct: 0, content: 0, error: 0, ms: 0 };
  const inputs = new Set<string>();
  let generated = 0;
  const start = performance.now();
  try {
    await assertProperty(
      fc.asyncProperty(arb, async (g) => {
        generated += 1;
        trap.clear();
        const el = document.createElement(tag) as Widget;
        let events = 0;
        el.addEventListener('ketamine-error', () => (events += 1));
        const problems: string[] = [];
        try {
          apply(el, g.value);
        } catch (error) {
          problems.push(`setting the input threw ${String(error)}`);
        }
        const light = [...el.childNodes];
        container.append(el);
        let outcome: Outcome = 'none';
        try {
          const first = await settle(el);
          outcome = outcomeOf(el);
          if (outcome !== first) problems.push(`outcome changed from ${first} to ${outcome}`);
          problems.push(...renderProblems(el));
          if (outcome === 'error') {
            if (events !== 1) problems.push(`${events} ketamine-error events`);
            if (trap.errors.length !== 1) problems.push(`${trap.errors.length} console errors`);
            else if (!String(trap.errors[0]![0]).includes(`<${tag}>`))
              problems.push('console error does not name the element');
            if (g.expect === 'valid') problems.push('a valid input shows the error panel');
          } else if (outcome === 'content') {
            if (events !== 0) problems.push(`content, yet ${events} ketamine-error events`);
            if (trap.errors.length !== 0) problems.push(`content, yet ${trap.errors.length} console errors`);
            if (g.expect === 'invalid') problems.push('an invalid input was accepted');
            if (g.shows !== undefined && !(el.shadowRoot!.textContent ?? '').includes(g.shows)) {
              problems.push(`does not show its text verbatim: ${JSON.stringify(g.shows)}`);
            }
          }
          if (trap.warnings.length)
            problems.push(`unexpected console warnings: ${String(trap.warnings[0]![0]).slice(0, 200)}`);
          const lightNow = [...el.childNodes];
          if (lightNow.length !== light.length || lightNow.some((n, i) => n !== light[i]))
            problems.push('light DOM changed');
        } catch (error) {
          problems.push(String(error));
        }
        problems.push(...watch.problems());
        el.remove();
        if (problems.length) {
          throw new Error(`<${tag}> ${shortNote(g)}\n  ${problems.join('\n  ')}`);
        }
        report.cases += 1;
        if (outcome === 'content') report.content += 1;
        if (outcome === 'error') report.error += 1;
        inputs.add(inputKey(g.note, g.value));
      }),
      numRuns,
    );
  } finally {
    trap.restore();
    container.remove();
    report.ms = performance.now() - start;
  }
  report.distinct = inputs.size;
  checkReport(report, generated);
  return report;
}

/** A warning a case may cause: one per element, attribute, value and set of allowed values. */
export interface DueWarning {
  attribute: string;
  /** The value as the warning quotes it. */
  value: string;
  allowed: readonly string[];
}

export type AttrValues = Record<string, string | null>;

/** What a widget must do with a set of attribute values (the rules of docs/elements.md). */
export interface AttrExpectation {
  outcome: 'content' | 'error';
  /** `ketamine-error` events this change must fire: 1 when the input behind an error changed, else 0. */
  events: number;
  /** Bad values; each warns once per element. */
  warnings: DueWarning[];
}

const warningKey = (w: DueWarning): string => `${w.attribute}\u0000${w.value}\u0000${w.allowed.join(' ')}`;

/** Checks that a console warning names the element, the attribute, its value and every allowed value. */
export function warningProblems(tag: string, message: string, w: DueWarning): string[] {
  const problems: string[] = [];
  if (!message.includes(`<${tag}>`)) problems.push('the warning does not name the element');
  if (!message.includes(`${w.attribute}="${w.value}"`))
    problems.push('the warning does not name the attribute and value');
  const missing = w.allowed.filter((a) => !message.includes(`"${a}"`));
  if (missing.length) problems.push(`the warning does not list ${missing.join(', ')}`);
  return problems;
}

/**
 * Sets generated values on every attribute of a few reused widgets (each
 * replaced after `recycleEvery` cases), and checks the outcome, the warnings
 * (once per element and value) and the widget-specific rules of `check`.
 */
export async function fuzzAttributes(options: {
  tag: Tag;
  attributes: Record<string, fc.Arbitrary<string | null>>;
  /** Makes the `index`-th kind of widget (e.g. built-in content, or clinic content), connected and rendered. */
  makeElement: (container: HTMLElement, index: number) => Promise<Widget>;
  kinds: number;
  expect: (el: Widget, values: AttrValues, previous: AttrValues) => AttrExpectation;
  check: (el: Widget, values: AttrValues) => string[];
  numRuns: number;
  recycleEvery?: number;
}): Promise<FuzzReport & { perAttribute: Record<string, number> }> {
  const { tag, attributes, makeElement, kinds, expect, check, numRuns, recycleEvery = 100 } = options;
  const names = Object.keys(attributes);
  const container = stage();
  const watch = new PageWatch();
  const report = {
    cases: 0,
    distinct: 0,
    content: 0,
    error: 0,
    ms: 0,
    perAttribute: Object.fromEntries(names.map((n) => [n, 0])),
  };
  const inputs = new Set<string>();
  let generated = 0;
  const start = performance.now();
  interface Slot {
    el: Widget;
    events: number;
    values: AttrValues;
    warned: Set<string>;
    uses: number;
  }
  const slots: (Slot | undefined)[] = [];
  const slotFor = async (index: number): Promise<Slot> => {
    let slot = slots[index];
    if (!slot || slot.uses >= recycleEvery) {
      slot?.el.remove();
      const el = await makeElement(container, index);
      slot = { el, events: 0, values: Object.fromEntries(names.map((n) => [n, null])), warned: new Set(), uses: 0 };
      el.addEventListener('ketamine-error', () => (slot!.events += 1));
      slots[index] = slot;
    }
    slot.uses += 1;
    return slot;
  };
  const trap = trapConsole();
  try {
    await assertProperty(
      fc.asyncProperty(fc.nat(kinds - 1), fc.record(attributes), async (kind, values) => {
        generated += 1;
        const slot = await slotFor(kind);
        const { el } = slot;
        const previous = slot.values;
        trap.clear();
        slot.events = 0;
        const problems: string[] = [];
        for (const name of names) {
          const value = values[name]!;
          try {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          } catch (error) {
            problems.push(`setting ${name} threw ${String(error)}`);
          }
        }
        slot.values = values;
        const expected = expect(el, values, previous);
        let outcome: Outcome = 'none';
        try {
          await el.updateComplete;
          await nextTask();
          await el.updateComplete;
          if (expected.events > 0) {
            await waitFor(() => slot.events >= expected.events, `${expected.events} ketamine-error event(s)`);
            await nextTask();
            await el.updateComplete;
          }
          outcome = await settle(el);
          if (outcome !== expected.outcome) problems.push(`shows ${outcome}, expected ${expected.outcome}`);
          if (slot.events !== expected.events)
            problems.push(`${slot.events} ketamine-error events, expected ${expected.events}`);
          if (trap.errors.length > expected.events) problems.push(`${trap.errors.length} console errors`);
          problems.push(...renderProblems(el), ...check(el, values));
          // Each bad value warns once per element: now if it is new, never again.
          const due = expected.warnings.filter((w) => !slot.warned.has(warningKey(w)));
          const messages = trap.warnings.map((args) => String(args[0]));
          if (messages.length !== due.length) {
            problems.push(
              `${messages.length} warnings, expected ${due.length}: ${messages.map((m) => m.slice(0, 120)).join(' | ')}` +
                ` / due: ${due.map((w) => `${w.attribute}="${w.value.slice(0, 40)}"`).join(', ')}`,
            );
          }
          for (const w of due) {
            slot.warned.add(warningKey(w));
            const message = messages.find((m) => m.includes(`${w.attribute}="${w.value}"`));
            if (!message) problems.push(`no warning for ${w.attribute}="${w.value.slice(0, 60)}"`);
            else problems.push(...warningProblems(tag, message, w));
          }
        } catch (error) {
          problems.push(String(error));
        }
        problems.push(...watch.problems());
        if (problems.length) {
          const shown = Object.entries(values)
            .map(([k, v]) => `${k}=${v === null ? '(none)' : JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)}`)
            .join(' ');
          throw new Error(`<${tag}> kind ${kind}: ${shown}\n  ${problems.join('\n  ')}`);
        }
        report.cases += 1;
        if (outcome === 'content') report.content += 1;
        if (outcome === 'error') report.error += 1;
        for (const name of names) if (values[name] !== null) report.perAttribute[name]! += 1;
        inputs.add(`${kind}\u0000${JSON.stringify(values)}`);
      }),
      numRuns,
    );
  } finally {
    trap.restore();
    container.remove();
    report.ms = performance.now() - start;
  }
  report.distinct = inputs.size;
  checkReport(report, generated);
  return report;
}

const ENUMS: Record<string, readonly string[]> = {
  theme: THEMES,
  'heading-level': HEADING_LEVELS,
  orientation: ORIENTATIONS,
};

/** Enumerated attributes (theme, heading-level, orientation): a value outside the allowed list warns. */
export function enumWarnings(values: AttrValues, names: (keyof typeof ENUMS)[]): DueWarning[] {
  return names.flatMap((attribute) => {
    const value = values[attribute];
    const allowed = ENUMS[attribute]!;
    return value != null && !allowed.includes(value) ? [{ attribute, value, allowed }] : [];
  });
}

/** The value an enumerated attribute falls back to. */
export function enumValue(values: AttrValues, attribute: keyof typeof ENUMS): string {
  const value = values[attribute];
  return value != null && ENUMS[attribute]!.includes(value)
    ? value
    : ENUMS[attribute] === HEADING_LEVELS
      ? '3'
      : ENUMS[attribute]![0]!;
}
