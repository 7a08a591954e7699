import { expect } from '@open-wc/testing';
import { textOf } from './helpers.js';

/*
 * Issue 15's "concise first, everything one step away", checked the same way for every widget:
 * `expanded`, print, and the clinic's `actions` slot.
 */

type Widget = HTMLElement & { expanded: boolean; updateComplete: Promise<boolean> };

export const disclosuresOf = (el: Element): HTMLDetailsElement[] => [...el.shadowRoot!.querySelectorAll('details')];

/** Setting `expanded` after the first render opens every disclosure, the sources included; clearing it closes them. */
export async function expectExpandedOpensAll(el: Widget): Promise<void> {
  const all = disclosuresOf(el);
  expect(
    all.some((d) => d.matches('.sources')),
    'the "Sources (N)" disclosure',
  ).to.equal(true);
  expect(
    all.filter((d) => d.open),
    'closed at first',
  ).to.deep.equal([]);
  el.expanded = true;
  await el.updateComplete;
  expect(el.hasAttribute('expanded'), 'reflected').to.equal(true);
  expect(disclosuresOf(el).filter((d) => !d.open)).to.deep.equal([]);
  el.expanded = false;
  await el.updateComplete;
  expect(disclosuresOf(el).filter((d) => d.open)).to.deep.equal([]);
}

/** `beforeprint` opens every closed disclosure; `afterprint` closes those again and leaves the reader's open one open. */
export async function expectPrintOpensAll(el: Widget, readerOpened: HTMLDetailsElement): Promise<void> {
  readerOpened.open = true;
  window.dispatchEvent(new Event('beforeprint'));
  expect(disclosuresOf(el).filter((d) => !d.open)).to.deep.equal([]);
  window.dispatchEvent(new Event('afterprint'));
  expect(disclosuresOf(el).filter((d) => d.open)).to.deep.equal([readerOpened]);
}

/**
 * The `actions` slot: no room taken while empty; a clinic link added later shows after the widget's
 * content (`lastContent`) and before the footer, outside the sourced facts, in the page's own style.
 */
export async function expectActionsSlot(el: Widget, lastContent: Element): Promise<void> {
  const wrapper = el.shadowRoot!.querySelector<HTMLElement>('[part~="actions"]')!;
  const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
  expect(wrapper.hidden, 'hidden while empty').to.equal(true);
  expect(wrapper.getBoundingClientRect().height).to.equal(0);

  const link = document.createElement('a');
  link.slot = 'actions';
  link.href = 'https://example.org/book';
  link.textContent = 'Book a consultation';
  link.style.color = 'rgb(122, 62, 157)';
  el.append(link);
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;

  expect(wrapper.hidden).to.equal(false);
  expect(link.assignedSlot?.closest('[part~="actions"]')).to.equal(wrapper);
  expect(getComputedStyle(link).color, 'styled by the page').to.equal('rgb(122, 62, 157)');
  const box = link.getBoundingClientRect();
  expect(box.height).to.be.greaterThan(0);
  expect(box.top).to.be.at.least(lastContent.getBoundingClientRect().bottom - 1);
  expect(box.bottom).to.be.at.most(footer.getBoundingClientRect().top + 1);
  expect(textOf(footer)).to.not.include('Book a consultation');
  await expect(el).to.be.accessible();

  link.remove();
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  expect(wrapper.hidden, 'hidden again once emptied').to.equal(true);
}

/** Axe passes in the dark theme with every disclosure closed, then open (`expanded`). */
export async function expectAccessibleClosedAndOpenInDark(el: Widget & { theme: string }): Promise<void> {
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.expanded = true;
  await el.updateComplete;
  await expect(el).to.be.accessible();
}

/** A disclosure's own toggle. */
export const summaryOf = (details: HTMLDetailsElement): HTMLElement => details.querySelector(':scope > summary')!;
