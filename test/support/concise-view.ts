import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/*
 * Checks of issue 15's "concise first" behaviour that every widget shares: the disclosures, the
 * `expanded` attribute, opening for print, keyboard use of a summary, and the `actions` slot.
 */

type Widget = HTMLElement & { expanded: boolean; updateComplete: Promise<boolean> };

/** Every native disclosure in the widget's shadow root. */
export const disclosures = (el: HTMLElement): HTMLDetailsElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details'),
];

/**
 * Whether the element is shown: not `display: none` or `hidden`, nor inside a closed disclosure (whose
 * content still has boxes in Chromium, so getClientRects cannot tell).
 */
export const rendered = (node: Element | null | undefined): boolean => !!node && node.checkVisibility();

/** `expanded` opens every disclosure, set before or after the first render, and closes them again when unset. */
export async function checksExpanded(el: Widget): Promise<void> {
  expect(
    disclosures(el).filter((d) => d.open),
    'closed at first',
  ).to.deep.equal([]);
  el.expanded = true;
  await el.updateComplete;
  expect(el.hasAttribute('expanded'), 'reflected').to.be.true;
  expect(
    disclosures(el).every((d) => d.open),
    'every disclosure open',
  ).to.be.true;
  el.expanded = false;
  await el.updateComplete;
  expect(disclosures(el).some((d) => d.open)).to.be.false;
}

/** `beforeprint` opens every disclosure; `afterprint` closes the ones it opened and leaves the reader's open. */
export async function checksPrint(el: HTMLElement): Promise<void> {
  const [readerOpened, ...rest] = disclosures(el);
  readerOpened!.open = true;
  window.dispatchEvent(new Event('beforeprint'));
  expect(disclosures(el).every((d) => d.open)).to.be.true;
  window.dispatchEvent(new Event('afterprint'));
  expect(readerOpened!.open).to.be.true;
  expect(rest.some((d) => d.open)).to.be.false;
  readerOpened!.open = false;
}

/**
 * Enter and Space on a summary open and close its disclosure; the summary is at least 24 px tall
 * and shows a focus ring.
 */
export async function checksSummaryKeyboard(summary: HTMLElement): Promise<void> {
  const details = summary.parentElement as HTMLDetailsElement;
  expect(details.open).to.be.false;
  expect(summary.getBoundingClientRect().height).to.be.at.least(24);
  summary.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => details.open, 'Enter opens the disclosure');
  expect(getComputedStyle(summary).outlineStyle, 'focus ring').not.to.equal('none');
  await sendKeys({ press: 'Space' });
  await waitUntil(() => !details.open, 'Space closes the disclosure');
}

/**
 * The `actions` slot: no room taken while empty; a clinic link added later shows after the content
 * (`lastContent`) and before the footer, outside every element matching `facts`.
 */
export async function checksActionsSlot(el: Widget, lastContent: string, facts: string): Promise<void> {
  const wrapper = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
  expect(wrapper.hidden).to.be.true;
  expect(rendered(wrapper)).to.be.false;
  const link = Object.assign(document.createElement('a'), { href: '#book', textContent: 'Book a consultation' });
  link.slot = 'actions';
  el.append(link);
  await waitUntil(() => !wrapper.hidden, 'the actions wrapper shows once the slot is filled');
  expect(rendered(link)).to.be.true;
  expect(link.assignedSlot!.closest('[part="actions"]')).to.equal(wrapper);
  const footer = el.shadowRoot!.querySelector('[part="footer"]')!;
  const content = [...el.shadowRoot!.querySelectorAll(lastContent)].at(-1)!;
  expect(content.compareDocumentPosition(wrapper) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the content').to.be.ok;
  expect(wrapper.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the footer').to.be.ok;
  expect(link.getBoundingClientRect().top).to.be.at.least(content.getBoundingClientRect().bottom);
  expect(link.getBoundingClientRect().bottom).to.be.at.most(footer.getBoundingClientRect().top);
  expect(wrapper.closest(facts), 'never inside the sourced facts').to.equal(null);
  link.remove();
  await waitUntil(() => wrapper.hidden, 'hidden again once emptied');
}
