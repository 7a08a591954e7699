import '../support/robustness-instrument.js';
import { expect } from '@open-wc/testing';
import {
  FULL_STUDY,
  README_COMPARISON,
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

const CARD: LifecycleSpec = {
  tag: 'ketamine-evidence-card',
  attributes: {
    study: [null, 'feder-2021-ptsd', 'taylor-2018-sad', 'unknown-study', '', ' duek-2023-ptsd '],
    compact: [null, ''],
    'heading-level': HEADING,
    theme: THEME,
  },
  attributeSetsProperty: 'study',
  property: {
    name: 'study',
    values: [undefined, README_STUDY, FULL_STUDY, { ...README_STUDY, participants: 'ten' }, 'abdallah-2022-ptsd', null, ''],
  },
  json: [json(README_STUDY), json(FULL_STUDY), '{"id": "bad"}', '{ not json', json({ ...README_STUDY, headline: 'Clinic pilot' })],
};

const TIMELINE: LifecycleSpec = {
  tag: 'ketamine-treatment-timeline',
  attributes: {
    current: [null, 'monitoring', 'infusions', 'intake-call', 'nope', ''],
    orientation: [null, 'horizontal', 'vertical', 'diagonal'],
    'heading-level': HEADING,
    theme: THEME,
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
    'heading-level': HEADING,
    theme: THEME,
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

const summary = (tag: string, r: LifecycleReport): string =>
  `${tag} lifecycle: ${r.iterations} iterations in ${(r.ms / 1000).toFixed(1)} s; ` +
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

  for (const spec of [CARD, TIMELINE, COMPARISON]) {
    it(`<${spec.tag}>: 1,000 iterations of changes, moves and re-adds; same render as a fresh widget; no leaks`, async () => {
      const report = await runLifecycle(spec);
      console.log(summary(spec.tag, report));
      expect(report.iterations).to.equal(1000);
    });
  }
});
