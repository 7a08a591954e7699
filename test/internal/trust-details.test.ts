import '../support/defined.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';
import {
  CONTENT_VERSION,
  LAST_REVIEWED,
  NEXT_REVIEW,
  REVIEW_INTERVAL_MONTHS,
  reviewDue,
} from '../../src/content/review.js';
import { setLocale } from '../../src/localization/localization.js';
import { formatDate } from '../../src/localization/format.js';
import { settled, textOf } from '../support/helpers.js';

/**
 * The trust details of every widget's fine print (src/internal/widget-footer.ts, issue 21): the next-review
 * date and, only past it, the due-for-review line with one console warning per page; how the content was
 * checked (in the sources disclosure); and the clinic's own medical review (`clinic-review`).
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean>; footer: string; clinicReview: unknown };

async function widget(name: WidgetName, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement(tagOf(name)) as Widget;
  for (const [attribute, value] of Object.entries({ ...WIDGETS[name].example, ...attributes })) {
    el.setAttribute(attribute, value);
  }
  const stage = await fixture<HTMLElement>(html`<div style="inline-size: 80rem"></div>`);
  stage.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const part = (el: Widget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const DAY = 24 * 60 * 60 * 1000;

/** Runs `fn` with `Date.now()` moved to `at` (the clock keeps ticking from there). */
async function atTime<T>(at: number, fn: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  const offset = at - realNow();
  Date.now = () => realNow() + offset;
  try {
    return await fn();
  } finally {
    Date.now = realNow;
  }
}

/** Every console.warn while `fn` runs (`fn` sees them as they come); none reaches the console. */
async function warningsDuring(fn: (calls: string[]) => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn(calls);
  } finally {
    console.warn = original;
  }
  return calls;
}

afterEach(() => setLocale('en'));

describe('next review', () => {
  it(`is ${REVIEW_INTERVAL_MONTHS} months after the last review, computed, and due only after that day`, () => {
    expect(REVIEW_INTERVAL_MONTHS).to.equal(12);
    const last = new Date(utc(LAST_REVIEWED));
    const next = new Date(utc(NEXT_REVIEW));
    expect(next.getUTCFullYear()).to.equal(last.getUTCFullYear() + 1);
    expect(next.getUTCMonth()).to.equal(last.getUTCMonth());
    expect(next.getUTCDate()).to.be.at.most(last.getUTCDate());
    expect(reviewDue(utc(NEXT_REVIEW) + DAY - 1), 'on the day itself').to.be.false;
    expect(reviewDue(utc(NEXT_REVIEW) + DAY), 'the day after').to.be.true;
  });

  for (const name of WIDGET_NAMES) {
    it(`<ketamine-${name}> shows the next-review date beside "Last reviewed"`, async () => {
      const el = await widget(name);
      expect(textOf(part(el, 'reviewed'))).to.equal(
        `Last reviewed: ${formatDate(LAST_REVIEWED)} · next review by ${formatDate(NEXT_REVIEW)} · content version ${CONTENT_VERSION}`,
      );
      expect(part(el, 'review-due')).to.equal(null);
    });
  }

  it('says the content is due for review only past the date, in every language, and warns once per page', async () => {
    const before = await warningsDuring(() =>
      atTime(utc(NEXT_REVIEW) + DAY / 2, async () => {
        const els = await Promise.all(WIDGET_NAMES.map((name) => widget(name)));
        for (const el of els) expect(part(el, 'review-due'), `${el.localName} on the day`).to.equal(null);
      }),
    );
    expect(before, 'no warning before the date').to.deep.equal([]);

    const after = await warningsDuring(() =>
      atTime(utc(NEXT_REVIEW) + DAY + 1000, async () => {
        const els = await Promise.all(WIDGET_NAMES.map((name) => widget(name)));
        for (const el of els) {
          expect(textOf(part(el, 'review-due')), el.localName).to.equal(
            'This information is due for review; check with your clinic.',
          );
          // Right after the review dates, in the fine print.
          expect(part(el, 'review-due')!.previousElementSibling).to.equal(part(el, 'reviewed'));
        }
        const [first, second] = els as [Widget, Widget];
        await expect(first).to.be.accessible();
        await setLocale('es');
        await first.updateComplete;
        expect(textOf(part(first, 'review-due'))).to.equal(
          'Esta información debe revisarse de nuevo; consulte con su clínica.',
        );
        // Still readable in the compact layout: its own line after the short one, at 320 px too.
        second.footer = 'compact';
        second.parentElement!.style.inlineSize = '320px';
        await second.updateComplete;
        const footer = part(second, 'footer')!;
        expect(footer.scrollWidth, 'no overflow at 320 px').to.be.at.most(footer.clientWidth);
        expect(part(second, 'review-due')!.checkVisibility()).to.be.true;
      }),
    );
    expect(after, 'one warning for the whole page').to.have.length(1);
    expect(after[0]).to.contain(`due for review by ${NEXT_REVIEW}`);
  });
});

describe('how the content was checked', () => {
  for (const name of WIDGET_NAMES) {
    it(`<ketamine-${name}> says who checked it under the review dates, and atop its sources when compact`, async () => {
      const el = await widget(name);
      const line = part(el, 'provenance')!;
      expect(textOf(line)).to.equal(
        'Checked against the cited sources by the ketamine-widgets project. Not yet reviewed by a clinician. ' +
          'Checked again at least once a year, and sooner when a drug label or a major trial changes.',
      );
      // Full footer: in the first view, right under "Last reviewed", so that date is not read as a clinician's review.
      expect(line.checkVisibility(), 'full footer: in the first view').to.be.true;
      expect(line.previousElementSibling).to.equal(part(el, 'reviewed'), 'right under the dates');
      const sources = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources')!;

      el.footer = 'compact';
      await el.updateComplete;
      const compact = part(el, 'provenance')!;
      expect(compact.parentElement, 'compact footer: inside the sources').to.equal(sources);
      expect(compact.checkVisibility(), 'compact and closed: not shown').to.be.false;
      sources.open = true;
      expect(compact.checkVisibility(), 'open: the first thing it shows').to.be.true;
      expect(compact.previousElementSibling!.localName).to.equal('summary');
      await setLocale('de');
      await el.updateComplete;
      expect(textOf(part(el, 'provenance')))
        .to.contain('ketamine-widgets')
        .and.contain('Noch nicht');
    });
  }
});

describe('the clinic’s own review (`clinic-review`)', () => {
  const RIVERA = '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}';

  /** A widget with `clinic-review="value"`, once it showed the review or warned about it. */
  async function reviewed(name: WidgetName, value: string): Promise<{ el: Widget; warnings: string[] }> {
    let el!: Widget;
    const warnings = await warningsDuring(async (calls) => {
      el = await widget(name, { 'clinic-review': value });
      await waitUntil(() => part(el, 'clinic-review') || calls.length, 'neither a review nor a warning', {
        timeout: 10000,
      });
    });
    return { el, warnings };
  }

  for (const name of WIDGET_NAMES) {
    it(`<ketamine-${name}> shows a valid review as the clinic's, in its own part, apart from the library's lines`, async () => {
      const { el, warnings } = await reviewed(name, RIVERA);
      expect(warnings).to.deep.equal([]);
      const line = part(el, 'clinic-review')!;
      expect(textOf(line)).to.equal('Reviewed for this clinic by Dr. A. Rivera, Psychiatrist, on November 20, 2026.');
      expect(line.closest('[part~="footer"]')).to.equal(part(el, 'footer'));
      expect(line.closest('details'), 'in the first view').to.equal(null);
      expect(line).to.not.equal(part(el, 'reviewed'));
    });
  }

  it('shows none by default, and follows the attribute, the property and the language', async () => {
    const el = await widget('safety-facts');
    expect(part(el, 'clinic-review')).to.equal(null);
    el.clinicReview = { name: 'Dr. B. Okafor', role: 'Consultant psychiatrist', date: '2026-10-01' };
    await waitUntil(() => part(el, 'clinic-review'), 'the property shows');
    expect(textOf(part(el, 'clinic-review'))).to.contain('Dr. B. Okafor, Consultant psychiatrist, on October 1, 2026');
    await setLocale('fr');
    await el.updateComplete;
    expect(textOf(part(el, 'clinic-review'))).to.equal(
      'Relu pour cette clinique par Dr. B. Okafor, Consultant psychiatrist, le 1 octobre 2026.',
    );
    el.removeAttribute('clinic-review');
    el.clinicReview = undefined;
    await el.updateComplete;
    expect(part(el, 'clinic-review')).to.equal(null);
  });

  it('has a valid example in the content-currency section of docs/development.md', async () => {
    const page = await (await fetch('/docs/development.md')).text();
    const section = page.slice(page.indexOf('## How the content is kept current'));
    const example = /clinic-review='([^']+)'/.exec(section)?.[1];
    expect(example, 'docs/development.md example').to.be.a('string');
    const { clinicReviewSchema } = await import('../../src/schema/clinic-review.js');
    expect(clinicReviewSchema.safeParse(JSON.parse(example!)).success).to.be.true;
  });

  it('renders hostile text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__clinicReviewPwned = 1">';
    const { el, warnings } = await reviewed(
      'evidence-card',
      JSON.stringify({ name: hostile, role: '<b>Psychiatrist</b>', date: '2026-11-20' }),
    );
    expect(warnings).to.deep.equal([]);
    const line = part(el, 'clinic-review')!;
    expect(textOf(line)).to.contain(hostile).and.contain('<b>Psychiatrist</b>');
    expect(line.querySelector('img, b')).to.equal(null);
    expect((window as { __clinicReviewPwned?: number }).__clinicReviewPwned).to.equal(undefined);
  });

  const INVALID: [string, string, RegExp][] = [
    [
      'a date in the future',
      '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2099-01-01"}',
      /date: expected a date written YYYY-MM-DD, not in the future; found "2099-01-01"/,
    ],
    [
      'a date that does not exist',
      '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-02-30"}',
      /date: expected a date written YYYY-MM-DD/,
    ],
    [
      'a month that does not exist',
      '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-13-01"}',
      /date: expected a date written YYYY-MM-DD/,
    ],
    [
      'a date in words',
      '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "20 Nov 2026"}',
      /date: expected a date written YYYY-MM-DD/,
    ],
    [
      'an empty role',
      '{"name": "Dr. A. Rivera", "role": "  ", "date": "2026-11-20"}',
      /role: expected one line of plain text, 1 to 120 characters/,
    ],
    [
      'a missing name',
      '{"role": "Psychiatrist", "date": "2026-11-20"}',
      /name: expected one line of plain text.*; found nothing \(the field is missing\)/,
    ],
    [
      'a name on two lines',
      '{"name": "Dr. A.\\nRivera", "role": "Psychiatrist", "date": "2026-11-20"}',
      /name: expected one line of plain text/,
    ],
    [
      'a name too long',
      JSON.stringify({ name: 'x'.repeat(121), role: 'Psychiatrist', date: '2026-11-20' }),
      /name: expected one line of plain text, 1 to 120 characters/,
    ],
    [
      'an unknown field',
      '{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20", "licence": "1"}',
      /licence: expected an object with only the fields "name", "role" and "date"/,
    ],
    ['a list', '["Dr. A. Rivera"]', /\(value\): expected an object with only the fields "name", "role" and "date"/],
    ['no JSON', 'Dr. A. Rivera', /\(value\): expected valid JSON/],
  ];
  for (const [what, value, expected] of INVALID) {
    it(`warns once, naming the field, and shows no review for ${what}; the widget still shows`, async () => {
      const { el, warnings } = await reviewed('treatment-timeline', value);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain('<ketamine-treatment-timeline>: clinic-review is not valid');
      expect(warnings[0]).to.match(expected);
      expect(part(el, 'clinic-review')).to.equal(null);
      expect(part(el, 'base')).to.not.equal(null);
      expect(textOf(part(el, 'disclaimer'))).to.contain('not medical advice');
      // Re-rendering does not warn again.
      const again = await warningsDuring(async () => {
        el.setAttribute('footer', 'compact');
        await el.updateComplete;
      });
      expect(again).to.deep.equal([]);
    });
  }
});
