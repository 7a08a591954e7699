import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { KetamineTreatmentTimeline } from '../../src/index.js';
import { settled, textOf } from '../support/helpers.js';
import {
  disclosuresOf,
  expectAccessibleClosedAndOpenInDark,
  expectActionsSlot,
  expectExpandedOpensAll,
  expectPrintOpensAll,
  summaryOf,
} from '../support/concise-first.js';

async function timeline(attributes: { current?: string; expanded?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 375px">
      <ketamine-treatment-timeline
        current=${attributes.current ?? ''}
        ?expanded=${attributes.expanded}
      ></ketamine-treatment-timeline>
    </div>`,
  );
  const el = wrapper.querySelector<KetamineTreatmentTimeline>('ketamine-treatment-timeline')!;
  await settled(el);
  return el;
}

const stepsOf = (el: KetamineTreatmentTimeline): HTMLLIElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.step'),
];
const stepDetails = (step: Element): HTMLDetailsElement => step.querySelector('details[part~="details"]')!;
const sourcesOf = (el: KetamineTreatmentTimeline): HTMLDetailsElement =>
  el.shadowRoot!.querySelector('details.sources')!;

describe('<ketamine-treatment-timeline>: concise first view', () => {
  afterEach(() => setLocale('en'));

  it('shows each step with its one-line summary; its details wait, closed, still in the page', async () => {
    const el = await timeline({ current: 'monitoring' });
    for (const step of stepsOf(el)) {
      for (const name of ['step-number', 'title', 'timing', 'description']) {
        expect(step.querySelector<HTMLElement>(`[part~="${name}"]`)!.checkVisibility(), name).to.equal(true);
      }
      const details = stepDetails(step);
      expect(details.open).to.equal(false);
      expect(summaryOf(details).checkVisibility()).to.equal(true);
      const body = details.querySelector<HTMLElement>('.details-body')!;
      expect(body.checkVisibility()).to.equal(false);
      expect(textOf(body), 'the details stay in the DOM').to.not.equal('');
    }
    const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect((current as HTMLElement).dataset['stepId']).to.equal('monitoring');
    expect(current.querySelector<HTMLElement>('[part~="current-label"]')!.checkVisibility()).to.equal(true);
    expect(sourcesOf(el).open).to.equal(false);
    expect(textOf(summaryOf(sourcesOf(el)))).to.match(/^Sources \(\d+\)$/);
    await expect(el).to.be.accessible();
  });

  it('is at most half as tall closed as open, at 375 px', async () => {
    const el = await timeline();
    const closed = el.getBoundingClientRect().height;
    el.expanded = true;
    await el.updateComplete;
    expect(closed).to.be.at.most(el.getBoundingClientRect().height / 2);
  });

  it('opens every step, the glossary and the sources with expanded, also when set after the first render', async () => {
    const atStart = await timeline({ expanded: true });
    expect(disclosuresOf(atStart).filter((d) => !d.open)).to.deep.equal([]);
    await expect(atStart).to.be.accessible();

    await expectExpandedOpensAll(await timeline());
  });

  it('a footnote opens "Sources (N)" and focuses its source; the back link reopens the step and focuses the footnote', async () => {
    const el = await timeline();
    const [assessment] = stepsOf(el);
    const details = stepDetails(assessment!);
    details.open = true;
    const footnote = details.querySelector<HTMLAnchorElement>('[part~="step-sources"] a[part~="footnote"]')!;
    expect(footnote.getAttribute('href')).to.equal('#source-1');
    expect(footnote.getBoundingClientRect().height).to.be.at.least(24);
    expect(footnote.getBoundingClientRect().width).to.be.at.least(24);

    footnote.focus();
    await sendKeys({ press: 'Enter' });
    expect(sourcesOf(el).open).to.equal(true);
    const source = el.shadowRoot!.getElementById('source-1')!;
    expect(el.shadowRoot!.activeElement).to.equal(source);
    expect(source.closest('details')).to.equal(sourcesOf(el));

    details.open = false;
    const back = source.querySelector<HTMLAnchorElement>('a.back')!;
    expect(back.getAttribute('href')).to.equal(`#${footnote.id}`);
    back.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'the step opens again').to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(footnote);
  });

  it('numbers each source once: a later step citing it links without taking the back link', async () => {
    const el = await timeline();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="footnote"]')];
    const firsts = links.filter((a) => a.id);
    const numbers = firsts.map((a) => Number(a.dataset['source']));
    expect(numbers, 'one first mention per source, in order').to.deep.equal(numbers.map((_, i) => i + 1));
    expect(el.shadowRoot!.querySelectorAll('[part~="sources"] > li')).to.have.length(firsts.length);
  });

  it('opens everything for print and restores it afterwards', async () => {
    const el = await timeline();
    await expectPrintOpensAll(el, stepDetails(stepsOf(el)[2]!));
  });

  it('passes axe open and closed, in the dark theme', async () => {
    await expectAccessibleClosedAndOpenInDark(await timeline({ current: 'assessment' }));
  });

  it('puts a clinic action after the steps, before the fine print', async () => {
    const el = await timeline();
    await expectActionsSlot(el, el.shadowRoot!.querySelector('[part~="list"]')!);
  });

  it('links the sources in Arabic, right to left', async () => {
    await setLocale('ar');
    const el = await timeline({ expanded: true });
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const line = stepsOf(el)[0]!.querySelector('[part~="step-sources"]')!;
    expect(textOf(line)).to.match(/^المصادر:/);
    expect(line.querySelector('a[part~="footnote"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
