import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { KetamineVisitPrep } from '../../src/elements/visit-prep/visit-prep.js';
import { localToday } from '../../src/elements/visit-prep/visit-prep-model.js';
import { formatDate } from '../../src/localization/format.js';
import { settled, textOf, withInlineJson } from '../support/helpers.js';
import { setMedia } from '../support/media.js';
import { expectActionsSlot, expectAccessibleClosedAndOpenInDark } from '../support/concise-first.js';

const CLINIC = {
  clinic: {
    name: 'Riverside Clinic',
    phone: '+1 555 0100',
    email: 'care@example.org',
    url: 'https://example.org/ketamine',
  },
  questions: ['Can I bring someone with me?'],
};
const HOSTILE = '<img src=x onerror="window.__hacked=1">';

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const part = (el: HTMLElement, name: string): Element | null => root(el).querySelector(`[part~="${name}"]`);
const sheetText = (el: HTMLElement): string => textOf(part(el, 'sheet'));
const render = async (): Promise<KetamineVisitPrep> => {
  const el = await fixture<KetamineVisitPrep>(html`<ketamine-visit-prep></ketamine-visit-prep>`);
  await settled(el);
  return el;
};
const withClinic = (json: unknown): Promise<KetamineVisitPrep> =>
  withInlineJson<KetamineVisitPrep>('ketamine-visit-prep', typeof json === 'string' ? json : JSON.stringify(json));
const shadowFocus = (el: HTMLElement): Element | null => root(el).activeElement;

describe('<ketamine-visit-prep>', () => {
  afterEach(async () => {
    await setLocale('en');
    document.querySelectorAll('ketamine-visit-prep').forEach((el) => el.remove());
  });

  it('asks in native form controls: a fieldset with a legend per statement, radios, checkboxes and a text box', async () => {
    const el = await render();
    expect(textOf(part(el, 'title'))).to.equal('Prepare for your visit');
    const values = part(el, 'values')!;
    expect(values.querySelectorAll('fieldset.row').length).to.equal(8);
    expect(values.querySelectorAll('input[type="radio"]').length).to.equal(24);
    for (const row of values.querySelectorAll('fieldset.row')) {
      expect(textOf(row.querySelector('legend')).length).to.be.greaterThan(5);
      expect(new Set([...row.querySelectorAll('input')].map((i) => i.name)).size).to.equal(1);
    }
    expect(part(el, 'readiness')!.querySelectorAll('fieldset.row').length).to.equal(4);
    expect(part(el, 'questions')!.querySelectorAll('input[type="checkbox"]').length).to.equal(7);
    // The safety facts' own questions, by the same messages.
    expect(textOf(part(el, 'questions'))).to.include('How many sessions will I need?');
    expect(root(el).querySelector('label[for="own"]')).to.not.equal(null);
    expect(textOf(part(el, 'disclaimer'))).to.include('not medical advice');
    expect(sheetText(el)).to.include(`Made on ${formatDate(localToday())}`);
    await expect(el).to.be.accessible();
  });

  it('can be filled in with the keyboard alone, and the summary shows the answers and questions', async () => {
    const start = document.createElement('button');
    start.textContent = 'before';
    document.body.append(start);
    const el = await withClinic(CLINIC);
    start.focus();
    // Eight "What matters" rows: Tab into each radio group, Space (" ") picks "Not important"; the first row then
    // ArrowDown moves to "Somewhat important".
    for (let row = 0; row < 8; row++) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      if (row === 0) await sendKeys({ press: 'ArrowDown' });
    }
    // Four readiness questions: Space picks "Yes".
    for (let row = 0; row < 4; row++) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
    }
    // The questions: tick the first, skip the rest of the built-in ones, tick the clinic's.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(shadowFocus(el)?.id, 'the text box has the focus').to.equal('own');
    // Word by word: WebKit's driver drops the spaces of a typed string.
    for (const [i, word] of 'Is it safe with my other medicines?'.split(' ').entries()) {
      if (i) await sendKeys({ press: ' ' });
      await sendKeys({ type: word });
    }
    await el.updateComplete;
    start.remove();

    const sheet = sheetText(el);
    expect(sheet).to.include('How fast a treatment may help: Somewhat important');
    expect(sheet).to.include('How long the benefit lasts: Not important');
    expect(sheet).to.include('Not taking a pill every day: Not important');
    expect(sheet).to.include('Is there someone you can talk this over with? Yes');
    expect(sheet).to.include('Who will watch me during and after each session, and for how long?');
    expect(sheet).to.include('Can I bring someone with me?');
    expect(sheet).to.include('Is it safe with my other medicines?');
    expect(sheet).to.not.include('How many sessions will I need?');
    expect(sheet).to.include('Riverside Clinic');
    expect(sheet).to.include('+1 555 0100');
    expect(sheet).to.include('care@example.org');
  });

  it('says on the summary, alone on a page, how little ketamine helped, its risks, who must tell the clinic and the rules', async () => {
    const el = await render();
    const facts = [...part(el, 'sheet')!.querySelectorAll('.facts > li')].map(textOf);
    expect(facts.length).to.equal(16);
    const all = facts.join(' ');
    for (const said of [
      // Review 16, D1: the anxiety week with its caveat (§A taylor-2018-sad).
      'It had 18 people with social anxiety. Doctors rated anxiety as better, but patients’ own anxiety scores did not differ. There is no such trial in generalized anxiety. Where there was an effect, it lasted up to about a week after a dose.',
      'Ketamine did not ease their PTSD more than a placebo.',
      // Review 14: the smaller PTSD trial's result beside the largest one (§B), odd thoughts (§B), and an allergy (§I).
      'about 7 in 10 on ketamine and 2 in 10 on a comparison drug',
      'so were psychosis-like effects (odd thoughts or perceptions)',
      'if you are allergic to ketamine or esketamine',
      // Review 15: the spray's large blood-pressure rises (§I), pregnancy (§I) and the guidelines' options (§D, §J).
      '8 to 19 in 100 people had a large rise in blood pressure at least once in the first 4 weeks. On placebo, 1 to 4 in 100 did. A large rise means the top number went up by 40 or more, or the bottom number by 25 or more.',
      // Review 20: the PTSD trial's response as the 30% it was, with its uncertainty (§B feder-2021-ptsd), and the
      // spray's eating and drinking rule (§K).
      'symptoms fell by 30% or more in about 7 in 10 on ketamine and 2 in 10 on a comparison drug. With so few people, the true numbers could be quite different.',
      'With the nasal spray, you must not eat for 2 hours or drink for 30 minutes before a dose.',
      'Ask your clinic about eating and drinking before, how long you stay, a ride home and driving.',
      'The label of the esketamine nasal spray says it may harm an unborn baby, and not to breastfeed during treatment.',
      'UK guidelines (NICE) recommend a talking therapy (CBT) or a medicine called an SSRI',
      // Review 18, D1: who must not have the spray, and its boxed warning (§I spravato-label).
      'The label of the esketamine nasal spray says it must not be used by people with a bulging or tangled blood vessel, past bleeding in the brain, or an allergy to esketamine or ketamine.',
      'It is about sleepiness, feeling detached, abuse and misuse, and suicidal thoughts and behaviors.',
      'abuse and misuse, mental health problems',
      // Review 13, D2: sleepiness and passing out (§I spravato-label), with their scope.
      'In the esketamine nasal-spray studies, in depression, about 5 to 6 in 10 people (48% to 61%) became sleepy (sedated). Out of every 1,000 people, 3 or 4 passed out.',
      'or if you are pregnant',
      'must not drive until the next day',
      'Do not stop a benzodiazepine suddenly on your own',
      // Review 21, D2: the long-term risks, not only "unknown" (§I ketalar-label, spravato-label; §D shahani-2007).
      'No one knows yet if long-term use is safe.',
      'Repeated misuse has been linked to memory problems and to severe inflammation of the bladder wall, with sores.',
    ]) {
      expect(all.includes(said), said).to.equal(true);
    }
    // Each fact cites its sources, numbered in the sheet's own list.
    expect(
      facts.every((fact) => /\d$/.test(fact)),
      'every fact ends in its footnote numbers',
    ).to.equal(true);
    // Review 12: the intro offered "print or save" and then said nothing is saved; it names the three buttons.
    expect(textOf(part(el, 'intro')))
      .to.include('then print, copy or share a summary')
      .and.include('This page does not keep or send your answers');
  });

  it('shows the clinic: its name, a tel: and mailto: link, its page and a QR code of it', async () => {
    const el = await withClinic(CLINIC);
    expect(part(el, 'phone')!.getAttribute('href')).to.equal('tel:+15550100');
    expect(part(el, 'email')!.getAttribute('href')).to.equal('mailto:care@example.org');
    expect(part(el, 'clinic-link')!.getAttribute('href')).to.equal('https://example.org/ketamine');
    const qr = part(el, 'qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.include('https://example.org/ketamine');
    expect((qr.querySelector('path')?.getAttribute('d') ?? '').split('M').length).to.be.greaterThan(100);
    expect(textOf(part(el, 'clinic'))).to.include('From your clinic');
    await expect(el).to.be.accessible();
  });

  it('shows hostile clinic JSON and hostile patient text as text', async () => {
    const el = await withClinic({ clinic: { name: HOSTILE }, questions: [HOSTILE] });
    const win = window as unknown as { __hacked?: number };
    expect(root(el).querySelector('img')).to.equal(null);
    expect(sheetText(el)).to.include(HOSTILE);
    const box = root(el).querySelector<HTMLTextAreaElement>('#own')!;
    box.value = `${HOSTILE}\n<script>window.__hacked=2</script>`;
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('input[value="clinic-0"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(sheetText(el)).to.include('<script>window.__hacked=2</script>');
    expect(textOf(part(el, 'questions'))).to.include(HOSTILE);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__hacked).to.equal(undefined);
  });

  it('names each wrong field of invalid clinic JSON, and refuses a javascript: address', async () => {
    const errors: Event[] = [];
    document.addEventListener('ketamine-error', (e) => errors.push(e), { once: true });
    const el = await withClinic({
      clinic: { name: 'A', url: 'javascript:alert(1)', email: 'not an email', fax: '1' },
    });
    const panel = textOf(part(el, 'error'));
    expect(panel).to.include('clinic.url').and.to.include('https://');
    expect(panel).to.include('clinic.email').and.to.include('care@example.org');
    expect(panel).to.include('clinic.fax');
    expect(part(el, 'qr')).to.equal(null);
    expect(root(el).querySelector('[href^="javascript"]')).to.equal(null);
    expect(errors.length).to.equal(1);
  });

  it('copies the summary as plain text, and shares the same text (an email link)', async () => {
    const el = await withClinic(CLINIC);
    root(el).querySelector<HTMLInputElement>('input[name="ratings-cost"][value="very"]')!.click();
    await el.updateComplete;
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      root(el).querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')).startsWith('Copied'), 'copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const text = copied[0]!;
    expect(text).to.include('How much it costs me: Very important');
    expect(text).to.include('Riverside Clinic').and.to.include('+1 555 0100');
    expect(text).to.include('[1]').and.to.include('not medical advice');
    expect(text).to.not.include('<');
    const href = root(el).querySelector<HTMLAnchorElement>('[data-action="share"]')!.getAttribute('href')!;
    expect(href.startsWith('mailto:?subject=')).to.equal(true);
    expect(decodeURIComponent(href.slice(href.indexOf('&body=') + 6))).to.equal(text);
  });

  it('says when the summary could not be copied (no clipboard)', async () => {
    const el = await withClinic(CLINIC);
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      root(el).querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')).startsWith('It could not'), 'told');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('keeps nothing: no storage, no cookie, no request and the same address while the patient answers', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const address = location.href;
    const requests = performance.getEntriesByType('resource').length;
    const el = await withClinic(CLINIC);
    const before = performance.getEntriesByType('resource').length;
    for (const input of root(el).querySelectorAll<HTMLInputElement>('input[value="very"], input[value="yes"]')) {
      input.click();
    }
    const box = root(el).querySelector<HTMLTextAreaElement>('#own')!;
    box.value = 'A private question';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.getEntriesByType('resource').length, 'no request while answering').to.equal(before);
    expect(before - requests, 'at most the validation chunks before').to.be.at.most(10);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(location.href).to.equal(address);
    // Leaving the page (and coming Back to it from the page cache) leaves nothing to see.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(root(el).querySelectorAll('input:checked').length, 'answers after pagehide').to.equal(0);
    expect(box.value, 'own question after pagehide').to.equal('');
    expect(sheetText(el)).to.not.include('A private question');
    // A new element (as after a reload) starts empty.
    el.remove();
    const again = await withClinic(CLINIC);
    expect(root(again).querySelectorAll('input:checked').length).to.equal(0);
    expect(root(again).querySelector<HTMLTextAreaElement>('#own')!.value).to.equal('');
  });

  it('prints only the summary sheet and the fine print', async () => {
    const el = await withClinic(CLINIC);
    await setMedia('print');
    try {
      expect(getComputedStyle(part(el, 'form')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'buttons')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'sheet')!).display).to.not.equal('none');
      expect((part(el, 'qr') as SVGElement).getBoundingClientRect().width).to.be.greaterThan(50);
      expect(getComputedStyle(part(el, 'disclaimer')!).display).to.not.equal('none');
    } finally {
      await setMedia('screen');
    }
  });

  it('mirrors in Arabic: right to left, translated, the date in Arabic', async () => {
    const el = await withClinic(CLINIC);
    await setLocale('ar');
    await el.updateComplete;
    const base = root(el).querySelector('.root')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(el, 'title'))).to.not.equal('Prepare for your visit');
    const options = [...root(el).querySelectorAll<HTMLElement>('fieldset.row .option')].slice(0, 2);
    expect(options[0]!.getBoundingClientRect().left).to.be.greaterThan(options[1]!.getBoundingClientRect().left);
    expect(sheetText(el)).to.include(formatDate(localToday()));
    await expect(el).to.be.accessible();
  });

  it('shows the clinic link of the actions slot after the summary, and passes axe in the dark theme', async () => {
    const el = await withClinic(CLINIC);
    await expectActionsSlot(el, part(el, 'summary')!);
    await expectAccessibleClosedAndOpenInDark(el);
  });
});
