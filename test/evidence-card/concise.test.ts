import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { KetamineEvidenceCard } from '../../src/index.js';
import { settled, textOf } from '../support/helpers.js';
import {
  disclosuresOf,
  expectAccessibleClosedAndOpenInDark,
  expectActionsSlot,
  expectExpandedOpensAll,
  expectPrintOpensAll,
  summaryOf,
} from '../support/concise-first.js';

const part = (el: KetamineEvidenceCard, name: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function card(study: string, attributes = ''): Promise<KetamineEvidenceCard> {
  const el = await fixture<KetamineEvidenceCard>(
    html`<div style="inline-size: 375px">
      <ketamine-evidence-card study=${study} ?expanded=${attributes === 'expanded'}></ketamine-evidence-card>
    </div>`,
  );
  const widget = el.querySelector('ketamine-evidence-card')!;
  await settled(widget);
  return widget;
}

describe('<ketamine-evidence-card>: concise first view', () => {
  afterEach(() => setLocale('en'));

  it('shows condition, headline, main result and badge; the study facts wait, closed, behind "Study details"', async () => {
    const el = await card('taylor-2018-sad');
    for (const name of ['condition', 'headline', 'outcome', 'badge', 'details-toggle', 'sources-toggle']) {
      expect(part(el, name).checkVisibility(), name).to.equal(true);
    }
    const details = part(el, 'details') as HTMLDetailsElement;
    expect(details.localName).to.equal('details');
    expect(details.open).to.equal(false);
    expect(textOf(summaryOf(details))).to.equal('Study details');
    expect(part(el, 'facts').closest('details')).to.equal(details);
    expect(part(el, 'glossary').closest('details:not([part~="glossary"])')).to.equal(details);
    // Hidden, not removed: find-in-page and search engines still see every fact.
    expect(part(el, 'facts').checkVisibility()).to.equal(false);
    expect(textOf(part(el, 'facts')))
      .to.include('Limitations')
      .and.include('Participants');
    expect(part(el, 'citation').checkVisibility(), 'the citation is behind "Sources (1)"').to.equal(false);
    expect(textOf(part(el, 'sources-toggle'))).to.equal('Sources (1)');
    await expect(el).to.be.accessible();
  });

  it('is at most half as tall closed as open, at 375 px', async () => {
    const el = await card('taylor-2018-sad');
    const closed = el.getBoundingClientRect().height;
    el.expanded = true;
    await el.updateComplete;
    expect(closed).to.be.at.most(el.getBoundingClientRect().height / 2);
  });

  it('shows null and mixed results as plainly as a positive one in the first view', async () => {
    const positive = await card('taylor-2018-sad');
    const look = (el: KetamineEvidenceCard) => {
      const style = getComputedStyle(part(el, 'outcome').querySelector('.outcome-label')!);
      return [style.fontSize, style.fontWeight, style.color, getComputedStyle(part(el, 'outcome')).backgroundColor];
    };
    for (const [study, label] of [
      ['abdallah-2022-ptsd', 'No better than the comparison'],
      ['duek-2023-ptsd', 'No better than the comparison'],
    ] as const) {
      const el = await card(study);
      const outcome = part(el, 'outcome');
      expect(outcome.checkVisibility(), study).to.equal(true);
      expect(outcome.closest('details'), `${study}: the result is never behind a disclosure`).to.equal(null);
      expect(textOf(outcome), study).to.include(label);
      expect(look(el), study).to.deep.equal(look(positive));
    }
  });

  it('opens every disclosure with expanded, also when set after the first render', async () => {
    const atStart = await card('feder-2021-ptsd', 'expanded');
    expect(disclosuresOf(atStart).filter((d) => !d.open)).to.deep.equal([]);
    expect(part(atStart, 'facts').checkVisibility()).to.equal(true);
    expect(part(atStart, 'citation').checkVisibility()).to.equal(true);
    await expect(atStart).to.be.accessible();

    await expectExpandedOpensAll(await card('feder-2021-ptsd'));
  });

  it('opens "Study details" with Enter and closes it with Space', async () => {
    const el = await card('abdallah-2022-ptsd');
    const details = part(el, 'details') as HTMLDetailsElement;
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' }); // the badge's explanation
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(summaryOf(details));
    expect(getComputedStyle(summaryOf(details)).outlineStyle, 'visible focus').to.equal('solid');
    expect(summaryOf(details).getBoundingClientRect().height).to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(part(el, 'facts').checkVisibility()).to.equal(true);
    // ' ' rather than 'Space': puppeteer's WebDriver BiDi keyboard (Firefox) knows no key named Space.
    await sendKeys({ press: ' ' });
    expect(details.open).to.equal(false);
  });

  it('opens everything for print and restores it afterwards', async () => {
    const el = await card('duek-2023-ptsd');
    await expectPrintOpensAll(el, part(el, 'details') as HTMLDetailsElement);
  });

  it('passes axe open and closed, in the dark theme', async () => {
    await expectAccessibleClosedAndOpenInDark(await card('glue-2017-dose'));
  });

  it('puts a clinic action after the result and badge, before the fine print', async () => {
    const el = await card('taylor-2018-sad');
    await expectActionsSlot(el, part(el, 'details'));
    expect(part(el, 'actions').closest('details'), 'never inside the study facts').to.equal(null);
  });

  it('labels "Study details" in Arabic, right to left', async () => {
    await setLocale('ar');
    const el = await card('feder-2014-ptsd');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(el, 'details-toggle'))).to.equal('تفاصيل الدراسة');
    const toggle = part(el, 'details-toggle').getBoundingClientRect();
    const base = part(el, 'base').getBoundingClientRect();
    expect(base.right - toggle.right, 'starts at the right edge').to.be.lessThan(base.width / 4);
    await expect(el).to.be.accessible();
  });
});
