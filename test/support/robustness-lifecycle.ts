import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { leakCounts, listenersInShadow, listenersOn, type LeakCounts } from './robustness-instrument.js';
import { PageWatch, SEED, renderProblems } from './robustness-fuzz.js';
import { nextTask, renderSignature, trapConsole, waitFor, type Tag, type Widget } from './robustness-page.js';

/**
 * Lifecycle stress for one widget: 1,000 iterations of attribute changes,
 * content replacement (property and inline JSON child), moves between
 * containers (one of them in another shadow root) and remove/re-add, with
 * random pauses between the steps (none, a microtask, an update, a task).
 * Every 100 iterations and at the end, each widget must render exactly what a
 * fresh widget given the same final input renders. Listeners and observers
 * must not outlive the widgets, nor grow with the number of iterations.
 */

/** The inputs a lifecycle run draws from: a few values per input, valid and not. */
export interface LifecycleSpec {
  tag: Tag;
  attributes: Record<string, readonly (string | null)[]>;
  /** The JS property and its values (`undefined` clears it). */
  property: { name: 'study' | 'steps' | 'additions'; values: readonly unknown[] };
  /** Whether setting this attribute replaces the property (the card's `study` is both). */
  attributeSetsProperty?: string;
  /** Texts for the inline JSON child. */
  json: readonly string[];
}

const NOT_SET = Symbol('not set');

/** The input a widget has now, as a page would have given it. */
interface Model {
  attributes: Record<string, string | null>;
  property: unknown;
  json: string | null;
}

type Wait = 'none' | 'microtask' | 'update' | 'task';
const WAITS: Wait[] = ['none', 'none', 'none', 'microtask', 'update', 'task'];

interface Step {
  kind: 'attribute' | 'property' | 'json' | 'move' | 'remove-readd' | 'locale';
  pick: number;
  pick2: number;
  wait: Wait;
}

/** One iteration: every kind of step, in a random order, on one of the widgets. */
const iterationArb = fc.record({
  widget: fc.nat(2),
  steps: fc
    .tuple(
      fc.shuffledSubarray(['attribute', 'property', 'json', 'move', 'remove-readd'] as const, {
        minLength: 5,
        maxLength: 5,
      }),
      fc.array(fc.record({ pick: fc.nat(), pick2: fc.nat(), wait: fc.constantFrom(...WAITS) }), {
        minLength: 6,
        maxLength: 6,
      }),
      fc.boolean(),
      fc.nat(19),
    )
    .map(([kinds, details, twoAttributes, localeRoll]): Step[] => {
      const steps: Step[] = kinds.map((kind, i) => ({ kind, ...details[i]! }));
      // Sometimes a second attribute change, and now and then a change of the page's language.
      if (twoAttributes) steps.push({ kind: 'attribute', ...details[5]! });
      if (localeRoll === 0) steps.splice(details[5]!.pick % steps.length, 0, { kind: 'locale', ...details[5]! });
      return steps;
    }),
});

async function pause(el: Widget, wait: Wait): Promise<void> {
  if (wait === 'microtask') await Promise.resolve();
  else if (wait === 'update') await el.updateComplete;
  else if (wait === 'task') await nextTask();
}

function jsonChild(el: Element): HTMLScriptElement | null {
  return el.querySelector(':scope > script[type="application/json"]');
}

function addJson(el: Element, text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  return script;
}

/** A fresh widget given the model's input, the way a page would write it. */
function freshFrom(spec: LifecycleSpec, model: Model): Widget {
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries(model.attributes)) if (value !== null) el.setAttribute(name, value);
  if (model.property !== NOT_SET) (el as unknown as Record<string, unknown>)[spec.property.name] = model.property;
  if (model.json !== null) addJson(el, model.json);
  return el;
}

const hostSignature = (el: Element): string =>
  [...el.attributes]
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');

const fullSignature = (el: Element): string => `${hostSignature(el)}\n${renderSignature(el)}`;

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i < 0 ? Math.min(x.length, y.length) : i;
  return `line ${at}:\n    widget: ${x[at]?.slice(0, 200) ?? '(end)'}\n    fresh:  ${y[at]?.slice(0, 200) ?? '(end)'}`;
}

/** Counts for the leak report. */
export interface LifecycleReport {
  iterations: number;
  baseline: LeakCounts;
  afterTen: LeakCounts;
  afterAll: LeakCounts;
  whileConnected: LeakCounts;
  ms: number;
}

/**
 * Runs the lifecycle stress for `spec`. The bundle must be loaded and the
 * instrumentation imported before it. Returns the counts it checked.
 */
export async function runLifecycle(spec: LifecycleSpec, iterations = 1000): Promise<LifecycleReport> {
  const start = performance.now();
  const html = document.documentElement;
  // Containers: two in the page, one nested, one in another element's shadow root.
  const a = document.createElement('div');
  const nested = document.createElement('section');
  const host = document.createElement('div');
  a.append(nested);
  document.body.append(a, host);
  const b = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  const freshStage = document.createElement('div');
  document.body.append(freshStage);
  for (const div of [a, host, freshStage]) div.hidden = true;
  const containers: HTMLElement[] = [a, nested, b];

  const trap = trapConsole();
  const watch = new PageWatch();
  const baseline = leakCounts();
  const names = Object.keys(spec.attributes);
  const elements: Widget[] = [];
  const models: Model[] = [];

  const checkpoint = async (label: string) => {
    // Every widget back in the page, the page back in English, then each must match a fresh one.
    elements.forEach((el, i) => {
      if (!el.isConnected) containers[i % containers.length]!.append(el);
    });
    if (html.lang !== 'en') {
      html.lang = 'en';
      await waitFor(() => window.KetamineWidgets?.getLocale() === 'en', 'locale back to en');
    }
    for (const [i, el] of elements.entries()) {
      const fresh = freshFrom(spec, models[i]!);
      freshStage.append(fresh);
      try {
        await waitFor(
          () =>
            fresh.shadowRoot?.querySelector('[part~="base"], [part~="error"]') &&
            fullSignature(el) === fullSignature(fresh),
          () =>
            `${label}: widget ${i} does not render like a fresh widget with the same input\n  input: ${describeModel(models[i]!)}\n  ${firstDifference(fullSignature(el), fullSignature(fresh))}`,
        );
        // Still the same a little later: no late result of an older input overwrites it.
        for (let t = 0; t < 3; t++) await nextTask();
        await el.updateComplete;
        if (fullSignature(el) !== fullSignature(fresh)) {
          throw new Error(
            `${label}: widget ${i} changed after matching\n  ${firstDifference(fullSignature(el), fullSignature(fresh))}`,
          );
        }
        const problems = renderProblems(el);
        expect(problems, `${label}: widget ${i}`).to.deep.equal([]);
        expect(listenersInShadow(el.shadowRoot!), `${label}: widget ${i}: listeners in its shadow root`).to.equal(
          listenersInShadow(fresh.shadowRoot!),
        );
        expect(listenersOn(el), `${label}: widget ${i}: listeners on the host`).to.equal(listenersOn(fresh));
      } finally {
        fresh.remove();
      }
    }
    expect(watch.problems(), label).to.deep.equal([]);
  };

  const removeAll = async (): Promise<LeakCounts> => {
    for (const el of elements) el.remove();
    for (let i = 0; i < 3; i++) await nextTask();
    return leakCounts();
  };

  let whileConnected!: LeakCounts;
  let afterTen!: LeakCounts;
  let done = 0;
  try {
    for (let i = 0; i < 3; i++) {
      const el = document.createElement(spec.tag) as Widget;
      containers[i]!.append(el);
      elements.push(el);
      models.push({ attributes: Object.fromEntries(names.map((n) => [n, null])), property: NOT_SET, json: null });
    }
    const plan = fc.sample(iterationArb, { seed: SEED, numRuns: iterations });
    const run = async (from: number, to: number) => {
      for (let n = from; n < to; n++) {
        const { widget, steps } = plan[n]!;
        const el = elements[widget]!;
        const model = models[widget]!;
        for (const step of steps) {
          applyStep(spec, el, model, step, containers);
          await pause(el, step.wait);
        }
        done = n + 1;
        if (done % 100 === 0) await checkpoint(`after ${done} iterations`);
      }
    };

    await run(0, 10);
    await checkpoint('after 10 iterations');
    whileConnected = leakCounts();
    afterTen = await removeAll();
    elements.forEach((el, i) => containers[i]!.append(el));
    await run(10, iterations);
    await checkpoint(`after ${iterations} iterations`);
    const connectedAtEnd = leakCounts();
    const afterAll = await removeAll();

    // The instrumentation sees the library: each connected widget has its JSON observer and a locale listener.
    expect(whileConnected.observers - baseline.observers, 'one MutationObserver per connected widget').to.equal(3);
    expect(
      connectedAtEnd.observers,
      'observers with the widgets connected, after 10 and after all iterations',
    ).to.equal(whileConnected.observers);
    expect(connectedAtEnd.global, 'page-wide listeners with the widgets connected').to.equal(whileConnected.global);
    // Removed widgets leave nothing behind, and nothing grows with the number of iterations.
    expect(afterAll.observers, `observers: ${afterAll.detail.join('; ')}`).to.equal(afterTen.observers);
    expect(afterAll.global, `page-wide listeners: ${afterAll.detail.join('; ')}`).to.equal(afterTen.global);
    expect(afterAll.widgets, 'listeners on removed widgets').to.equal(afterTen.widgets);
    expect(afterAll.observers, 'observers back to the baseline').to.equal(baseline.observers);
    expect(afterAll.global, 'page-wide listeners back to the baseline').to.equal(baseline.global);
    expect(afterAll.widgets + afterAll.other, 'listeners on connected nodes back to the baseline').to.equal(
      baseline.widgets + baseline.other,
    );
    return { iterations: done, baseline, afterTen, afterAll, whileConnected, ms: performance.now() - start };
  } finally {
    trap.restore();
    html.lang = 'en';
    a.remove();
    host.remove();
    freshStage.remove();
  }
}

function describeModel(model: Model): string {
  const attrs = Object.entries(model.attributes)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  let property: string;
  try {
    property = model.property === NOT_SET ? '(not set)' : (JSON.stringify(model.property) ?? String(model.property));
  } catch {
    property = '(not serializable)';
  }
  return `attributes: ${attrs || '(none)'}; property: ${property.slice(0, 120)}; JSON child: ${model.json === null ? '(none)' : JSON.stringify(model.json.slice(0, 120))}`;
}

const pickFrom = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

function applyStep(spec: LifecycleSpec, el: Widget, model: Model, step: Step, containers: HTMLElement[]): void {
  switch (step.kind) {
    case 'attribute': {
      const name = pickFrom(Object.keys(spec.attributes), step.pick);
      const value = pickFrom(spec.attributes[name]!, step.pick2);
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
      // Setting the attribute (even to the same value) or removing it (if present) sets the property.
      if (name === spec.attributeSetsProperty && (value !== null || model.attributes[name] !== null)) {
        model.property = NOT_SET;
      }
      model.attributes[name] = value;
      break;
    }
    case 'property': {
      const value = pickFrom(spec.property.values, step.pick);
      (el as unknown as Record<string, unknown>)[spec.property.name] = value;
      model.property = value;
      break;
    }
    case 'json': {
      const text = pickFrom(spec.json, step.pick2);
      const script = jsonChild(el);
      switch (step.pick % 5) {
        case 0: // remove it
          el.querySelectorAll(':scope > script[type="application/json"]').forEach((s) => s.remove());
          model.json = null;
          break;
        case 1: // replace the element
          script?.remove();
          addJson(el, text);
          model.json = jsonChild(el)!.textContent;
          break;
        case 2: // edit its text node in place (a characterData mutation)
          if (script?.firstChild) (script.firstChild as Text).data = text;
          else if (script) script.textContent = text;
          else addJson(el, text);
          model.json = jsonChild(el)!.textContent;
          break;
        case 3: // replace its text (a childList mutation)
          if (script) script.textContent = text;
          else addJson(el, text);
          model.json = jsonChild(el)!.textContent;
          break;
        default: // one more JSON child, after any first one: only the first counts
          addJson(el, text);
          model.json = jsonChild(el)!.textContent;
      }
      break;
    }
    case 'move': {
      const target = pickFrom(containers, step.pick);
      if (step.pick2 % 2) target.prepend(el);
      else target.append(el);
      break;
    }
    case 'remove-readd': {
      // Removed; put back at once, or left out (changed while out of the page) until a later move or the checkpoint.
      el.remove();
      if (step.pick2 % 3 !== 0) pickFrom(containers, step.pick).append(el);
      break;
    }
    case 'locale': {
      document.documentElement.lang = pickFrom(['es', 'ar', 'en', 'fr'], step.pick);
      break;
    }
  }
}
