import { expect } from '@open-wc/testing';
import { openFixture, plain, rendered, shadowText, type Fixture } from '../support/embed-frames.js';

/**
 * "Nothing leaves the page" (docs/privacy.md) for <ketamine-visit-prep>, with the embed suite's probe
 * (test/fixtures/embed/probe.js): a patient answers every part, ticks questions and writes one, copies the summary
 * (to a stub clipboard: the probe's page has no real one to read), and the page requests nothing more,
 * stores nothing, sets no cookie and keeps the same address.
 */
describe('embed: the visit preparation keeps the answers on the page (test/fixtures/embed/visit-prep.html)', () => {
  let page: Fixture;
  let requestsBefore: string[];
  let addressBefore: string;
  let summary: string;
  let copied: string[];

  before(async () => {
    localStorage.clear();
    sessionStorage.clear();
    page = await openFixture('visit-prep.html');
    const el = page.doc.querySelector<HTMLElement>('ketamine-visit-prep')!;
    const root = await rendered(el);
    // Its QR encoder is a chunk of its own, fetched as the clinic's address shows: before the patient answers.
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    requestsBefore = page.probe.resources();
    addressBefore = page.win.location.href;
    copied = [];
    Object.defineProperty(page.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    for (const input of root.querySelectorAll<HTMLInputElement>('input[value="very"], input[value="unsure"]')) {
      input.click();
    }
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.click();
    const own = root.querySelector<HTMLTextAreaElement>('#own')!;
    own.value = 'A question only I should see';
    own.dispatchEvent(new page.win.Event('input'));
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    root.querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    summary = shadowText(root.querySelector('[part~="sheet"]'));
  });
  after(() => page.remove());

  it('shows the answers in its summary, and copied them', () => {
    expect(summary).to.include('A question only I should see');
    expect(summary).to.include('How much it costs me: Very important');
    expect(copied.length).to.equal(1);
    expect(copied[0]).to.include('A question only I should see');
  });

  it('requests nothing while the patient answers, and tries to reach no other origin', async () => {
    const after = page.probe.resources();
    expect(after.filter((url) => !requestsBefore.includes(url))).to.deep.equal([]);
    const { before } = await page.probe.flushViolations({ trustedTypes: false });
    expect(plain(before)).to.deep.equal([]);
  });

  it('never tries to store anything or open a connection, and leaves no cookie, storage or new address', () => {
    expect(plain(page.probe.attempts)).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length + page.win.sessionStorage.length).to.equal(0);
    expect(page.win.location.href).to.equal(addressBefore);
    expect(page.win.location.href).to.not.include('question');
  });

  it('throws nothing and logs no error', () => {
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
  });
});
