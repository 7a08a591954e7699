import '../support/robustness-instrument.js';
import { expect } from '@open-wc/testing';
import {
  FULL_STUDY,
  README_COMPARISON,
  README_SAFETY,
  README_STUDY,
  README_TIMELINE,
} from '../support/robustness-arbitraries.js';
import { runLifecycle, type LifecycleReport, type LifecycleSpec } from '../support/robustness-lifecycle.js';
import { instrumented } from '../support/robustness-instrument.js';
import { loadBundle, warmUp } from '../support/robustness-page.js';

/**
 * Each widget from the built CDN bundle through 1,000 iterations of attribute
 * changes, new content (property and inline JSON child), moves between
 * containers and remove/re-add; then it must render like a fresh widget with
 * the same input, and leave no listener or observer behind.
 */

const json = (value: unknown) => JSON.stringify(value);
const HEADING = [null, '2', '5', '9', 'h1'] as const;
const THEME = [null, 'dark', 'light', 'neon'] as const;
/** The attributes every widget has (KetamineElement). */
const SHARED = {
  'heading-level': HEADING,
  theme: THEME,
  footer: [null, 'compact', 'full', 'tiny'],
  expanded: [null, ''],
} as const;

const CARD: LifecycleSpec = {
  tag: 'ketamine-evidence-card',
  attributes: {
    study: [null, 'feder-2021-ptsd', 'taylor-2018-sad', 'unknown-study', '', ' duek-2023-ptsd '],
    compact: [null, ''],
    ...SHARED,
  },
  attributeSetsProperty: 'study',
  property: {
    name: 'study',
    values: [
      undefined,
      README_STUDY,
      FULL_STUDY,
      { ...README_STUDY, participants: 'ten' },
      'abdallah-2022-ptsd',
      null,
      '',
    ],
  },
  json: [
    json(README_STUDY),
    json(FULL_STUDY),
    '{"id": "bad"}',
    '{ not json',
    json({ ...README_STUDY, headline: 'Clinic pilot' }),
  ],
};

const TIMELINE: LifecycleSpec = {
  tag: 'ketamine-treatment-timeline',
  attributes: {
    current: [null, 'monitoring', 'infusions', 'intake-call', 'nope', ''],
    orientation: [null, 'horizontal', 'vertical', 'diagonal'],
    ...SHARED,
  },
  property: {
    name: 'steps',
    values: [
      undefined,
      README_TIMELINE.steps,
      [{ id: 'only-step', title: 'Only step', description: 'One step.' }],
      [{ id: 'Bad Id', title: 'x', description: 'y' }],
      [],
      null,
    ],
  },
  json: [
    json(README_TIMELINE),
    json({ steps: [{ id: 'call', title: 'Call', description: 'We call you.', icon: 'phone' }] }),
    json({ steps: 'none' }),
    '',
  ],
};

const COMPARISON: LifecycleSpec = {
  tag: 'ketamine-therapy-comparison',
  attributes: {
    therapies: [null, 'ketamine ssri', 'tms ketamine', 'cbt nope', ''],
    criteria: [null, 'onset risks', 'location onset', 'price'],
    highlight: [null, 'ketamine', 'tms', 'nope'],
    ...SHARED,
  },
  property: {
    name: 'additions',
    values: [
      undefined,
      README_COMPARISON,
      { criteria: [{ id: 'parking', label: 'Parking', cells: { ketamine: { text: 'Free parking' } } }] },
      { therapies: 'tms' },
      null,
    ],
  },
  json: [
    json(README_COMPARISON),
    json({ criteria: [{ id: 'location', label: 'Where', cells: { cbt: { text: 'Online' } } }] }),
    json({ sources: [{ id: 'x', citation: 'X', url: 'javascript:alert(1)' }] }),
  ],
};

const SAFETY: LifecycleSpec = {
  tag: 'ketamine-safety-facts',
  attributes: {
    sections: [null, 'rules who', 'questions nope', 'price', ''],
    ...SHARED,
  },
  property: {
    name: 'additions',
    values: [
      undefined,
      README_SAFETY,
      { sections: { who: { items: [{ text: 'Ask us first.' }] } } },
      { sections: { rules: { items: [] } } },
      null,
    ],
  },
  json: [
    json(README_SAFETY),
    json({ sections: { questions: { items: [{ text: 'Call us:', phone: '+1 555 0100' }] } } }),
    json({ sections: { rules: { items: [{ text: 'x', phone: 'javascript:alert(1)' }] } } }),
  ],
};

/** What Lit reported for one widget: connects, disconnects and renders. */
interface Lifecycle {
  connected: number;
  disconnected: number;
  updated: number;
}

/**
 * Counts, for every `tag` element created while it is on, what the element
 * itself went through, through a Lit reactive controller (the public API),
 * so the test checks what happened to the widgets, not the harness's loop counter.
 */
function watchLifecycles(tag: string): { seen: Lifecycle[]; stop: () => void } {
  const seen: Lifecycle[] = [];
  const original = document.createElement;
  document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
    const el = original.call(this, name, options);
    if (el.localName === tag) {
      const counts: Lifecycle = { connected: 0, disconnected: 0, updated: 0 };
      seen.push(counts);
      (el as unknown as { addController(c: object): void }).addController({
        hostConnected: () => (counts.connected += 1),
        hostDisconnected: () => (counts.disconnected += 1),
        hostUpdated: () => (counts.updated += 1),
      });
    }
    return el;
  } as typeof document.createElement;
  return { seen, stop: () => void (document.createElement = original) };
}

const ITERATIONS = 1000;
/** runLifecycle compares the widgets with fresh ones after 10 iterations, every 100, and at the end. */
const CHECKPOINTS = 1 + ITERATIONS / 100 + 1;

const summary = (tag: string, r: LifecycleReport, widgets: Lifecycle[]): string =>
  `${tag} lifecycle: ${r.iterations} iterations in ${(r.ms / 1000).toFixed(1)} s; ` +
  `connects/disconnects/renders per widget ${widgets.map((w) => `${w.connected}/${w.disconnected}/${w.updated}`).join(', ')}; ` +
  `library listeners on window/document ${r.baseline.global} → ${r.whileConnected.global} with 3 widgets → ` +
  `${r.afterTen.global} after 10 → ${r.afterAll.global} after ${r.iterations}; ` +
  `observers ${r.baseline.observers} → ${r.whileConnected.observers} → ${r.afterTen.observers} → ${r.afterAll.observers}`;

describe('robustness: lifecycle and leaks (built CDN bundle)', function () {
  this.timeout(120_000);

  before(async () => {
    expect(instrumented(), 'listeners and observers are counted from before the bundle loads').to.be.true;
    await loadBundle();
    await warmUp();
  });

  for (const spec of [CARD, TIMELINE, COMPARISON, SAFETY]) {
    it(`<${spec.tag}>: 1,000 iterations of changes, moves and re-adds; same render as a fresh widget; no leaks`, async () => {
      const watch = watchLifecycles(spec.tag);
      let report: LifecycleReport;
      try {
        report = await runLifecycle(spec, ITERATIONS);
      } finally {
        watch.stop();
      }
      // The first three created are the widgets under stress; the rest are the fresh ones they are compared with.
      const widgets = watch.seen.slice(0, 3);
      const fresh = watch.seen.slice(3);
      console.log(summary(spec.tag, report, widgets));
      expect(fresh.length, 'fresh widgets compared with the three (three per checkpoint)').to.equal(3 * CHECKPOINTS);
      const rendered = fresh.filter((f) => f.connected === 1 && f.disconnected === 1 && f.updated >= 1);
      expect(rendered.length, 'fresh widgets connected once, rendered, then removed').to.equal(fresh.length);
      // Every iteration moves its widget into a container, so the widgets were connected at least once per iteration.
      const connects = widgets.reduce((n, w) => n + w.connected, 0);
      expect(connects, 'connects of the three widgets').to.be.at.least(ITERATIONS);
      // Attribute, property and JSON steps change the input in nearly every iteration (about 2.6 renders per
      // iteration with the default seed): far fewer renders means the changes did not reach the widgets.
      const renders = widgets.reduce((n, w) => n + w.updated, 0);
      expect(renders, 'renders of the three widgets').to.be.at.least(ITERATIONS);
      for (const [i, w] of widgets.entries()) {
        // Each widget ends removed from the page, so every connect was followed by a disconnect.
        expect(w.disconnected, `widget ${i}: disconnects`).to.equal(w.connected);
        expect(w.updated, `widget ${i}: renders`).to.be.at.least(1);
      }
    });
  }
});
