// WCAG: 1.3.1, 1.4.3, 2.1.1, 4.1.2
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { KetamineEvidenceCard, KetamineTreatmentTimeline } from '../../src/index.js';
import { setMedia } from '../support/media.js';
import { settled, textOf } from '../support/helpers.js';

/**
 * The shared "What the words mean" disclosure (src/internal/glossary.ts): which
 * terms each widget's text uses, in the page's language, keyboard, axe and print.
 */

const glossaryOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="glossary"]');
const termsOf = (el: HTMLElement) =>
  [...glossaryOf(el)!.querySelectorAll('dt')].map((dt) => textOf(dt.querySelector('dfn')));

/** A unit's text as the translators' file has it: English is the source of every file. */
async function fromXliff(locale: string, id: string): Promise<string> {
  const xliff = await (await fetch(`/locales/${locale === 'en' ? 'es' : locale}.xlf`)).text();
  const unit = new DOMParser().parseFromString(xliff, 'application/xml').querySelector(`trans-unit[id="${id}"]`);
  return textOf(unit?.querySelector(locale === 'en' ? 'source' : 'target'));
}

async function card(study: string): Promise<KetamineEvidenceCard> {
  const el = await fixture<KetamineEvidenceCard>(
    html`<ketamine-evidence-card study=${study}></ketamine-evidence-card>`,
  );
  await settled(el);
  return el;
}

describe('glossary', () => {
  afterEach(async () => {
    await setLocale('en');
    await setMedia('screen');
  });

  it('defines the words a card uses, closed, before the footer', async () => {
    const el = await card('feder-2021-ptsd');
    const glossary = glossaryOf(el)!;
    expect(glossary.open).to.equal(false);
    const footer = el.shadowRoot!.querySelector('[part~="footer"]')!;
    expect(
      glossary.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING,
      'the footer comes after it',
    ).to.not.equal(0);
    expect(textOf(glossary.querySelector('summary'))).to.equal('What the words mean');
    // Result: CAPS-5, d = 1.13, midazolam; follow-up: median; design: randomized; the condition: PTSD.
    expect(termsOf(el)).to.have.members([
      'PTSD',
      'midazolam',
      'randomized',
      'median',
      'effect size',
      'CAPS-5',
      '95% range',
    ]);
    const placebo = [...glossary.querySelectorAll('dt')].find((dt) => textOf(dt) === 'midazolam')!;
    expect(textOf(placebo.nextElementSibling)).to.equal(await fromXliff('en', 'glossary.midazolam.definition'));
    // Each definition in the evidence file's words: the CAPS-5 is an interview a clinician gives.
    const definitionOf = (term: string) =>
      textOf([...glossary.querySelectorAll('dt')].find((dt) => textOf(dt) === term)!.nextElementSibling);
    expect(definitionOf('CAPS-5')).to.equal(
      'An interview for PTSD with set questions, which a clinician gives. It rates how bad the symptoms are.',
    );
  });

  it('finds a term by its sign when the word is not written (p = 0.95) and follows each card', async () => {
    const taylor = await card('taylor-2018-sad');
    expect(termsOf(taylor)).to.include.members(['placebo', 'p-value', 'crossover']);
    // Not "each person got both": in Feder 2014 (§B) the second infusion was given only if CAPS ≥ 50.
    const crossover = [...glossaryOf(taylor)!.querySelectorAll('dt')].find((dt) => textOf(dt) === 'crossover')!;
    expect(textOf(crossover.nextElementSibling)).to.equal(
      'A study in which each person is meant to get both treatments, one after the other.',
    );
    const glue = await card('glue-2018-maintenance');
    expect(termsOf(glue)).to.include.members(['mm Hg', 'dissociation']);
    expect(termsOf(glue)).not.to.include('p-value');
  });

  it('shows Spanish terms and definitions on a Spanish page, Arabic ones right to left', async () => {
    expect(await setLocale('es')).to.equal('es');
    const el = await card('feder-2021-ptsd');
    expect(termsOf(el)).to.include.members(['mediana', 'tamaño del efecto', 'CAPS-5']);
    const median = [...glossaryOf(el)!.querySelectorAll('dt')].find((dt) => textOf(dt) === 'mediana')!;
    expect(textOf(median.nextElementSibling)).to.equal(await fromXliff('es', 'glossary.median.definition'));
    expect(textOf(glossaryOf(el)!.querySelector('summary'))).to.equal(await fromXliff('es', 'glossary.title'));

    expect(await setLocale('ar')).to.equal('ar');
    const ar = await card('abdallah-2022-ptsd');
    expect(termsOf(ar)).to.include.members(['الدواء الوهمي', 'التفارق']);
    expect(getComputedStyle(glossaryOf(ar)!).direction).to.equal('rtl');
  });

  // Review 2, D10: each locale's open-label term is written as its card text writes it, so the glossary finds it.
  it('defines the open-label term of an open-label study in every language, as its text writes it', async () => {
    const terms: Record<string, string> = {
      es: 'estudio abierto',
      fr: 'en ouvert',
      de: 'open-label',
      'pt-BR': 'open-label',
      ar: 'مفتوحة التسمية',
    };
    for (const [locale, term] of Object.entries(terms)) {
      expect(await setLocale(locale)).to.equal(locale);
      expect(await fromXliff(locale, 'glossary.open-label'), locale).to.equal(term);
      const el = await card('glue-2020-r107');
      expect(termsOf(el), locale).to.include(term);
      const dt = [...glossaryOf(el)!.querySelectorAll('dt')].find((d) => textOf(d) === term)!;
      expect(textOf(dt.nextElementSibling), locale).to.equal(await fromXliff(locale, 'glossary.open-label.definition'));
    }
    // Spanish: "estudio abierto", not "etiqueta abierta" ("etiqueta" is a drug's label elsewhere).
    await setLocale('es');
    const es = await card('glue-2017-dose');
    expect(textOf(es.shadowRoot!.querySelector('[part~="facts"]'))).to.include('Estudio abierto:');
    expect(termsOf(es)).to.include('estudio abierto').and.not.include('etiqueta abierta');
  });

  it('opens from the keyboard and passes axe open, in light and dark', async () => {
    const el = await card('abdallah-2022-ptsd');
    // On a card, the glossary is one of the study details.
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="details"]')!.open = true;
    const glossary = glossaryOf(el)!;
    const summary = glossary.querySelector('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement === summary, 'focus on the summary').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(glossary.open).to.equal(true);
    expect(glossary.querySelector('dd')!.getClientRects().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    expect(glossary.open).to.equal(false);
  });

  it('prints open', async () => {
    const el = await card('feder-2021-ptsd');
    const dd = glossaryOf(el)!.querySelector('dd')!;
    expect(dd.checkVisibility(), 'closed on screen').to.equal(false);
    await setMedia('print');
    expect(dd.checkVisibility(), 'shown in print').to.equal(true);
  });

  it('is absent when the text uses none of the words', async () => {
    // Given before it connects, so the first content shown is the clinic's.
    const el = document.createElement('ketamine-treatment-timeline');
    el.steps = [{ id: 'visit', title: 'First visit', description: 'We talk about how you feel.' }];
    document.body.append(el);
    try {
      await settled(el);
      expect(textOf(el.shadowRoot!.querySelector('[part~="title"]'))).to.equal('First visit');
      expect(glossaryOf(el) === null, 'no glossary').to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('reads every widget: the timeline and the comparison define their words too', async () => {
    const timeline = await fixture<KetamineTreatmentTimeline>(
      html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
    );
    await settled(timeline);
    expect(termsOf(timeline)).to.include.members(['midazolam', 'median']);
    const comparison = await fixture(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
    await settled(comparison as HTMLElement);
    expect(termsOf(comparison as HTMLElement)).to.include.members(['Schedule III', 'boxed warning', 'randomized']);
  });

  // Review 3, D12: FDA and PTSD are spelled out once, in every widget that uses them, as each language abbreviates them.
  it('spells out FDA and PTSD in the safety facts and the timeline, in every language', async () => {
    const safety = await fixture<HTMLElement>(html`<ketamine-safety-facts></ketamine-safety-facts>`);
    await settled(safety);
    expect(termsOf(safety)).to.include.members(['FDA', 'PTSD']);
    const definitionOf = (el: HTMLElement, term: string) =>
      textOf([...glossaryOf(el)!.querySelectorAll('dt')].find((dt) => textOf(dt) === term)!.nextElementSibling);
    expect(definitionOf(safety, 'FDA')).to.equal(
      'The US Food and Drug Administration. It is the US agency that approves medicines.',
    );
    expect(definitionOf(safety, 'PTSD')).to.equal('Post-traumatic stress disorder.');
    const abbreviations: Record<string, string> = { es: 'TEPT', fr: 'TSPT', de: 'PTBS', 'pt-BR': 'TEPT', ar: 'PTSD' };
    for (const [locale, ptsd] of Object.entries(abbreviations)) {
      expect(await setLocale(locale)).to.equal(locale);
      expect(await fromXliff(locale, 'glossary.ptsd'), locale).to.equal(ptsd);
      const timeline = await fixture<KetamineTreatmentTimeline>(
        html`<ketamine-treatment-timeline></ketamine-treatment-timeline>`,
      );
      await settled(timeline);
      expect(termsOf(timeline), locale).to.include.members(['FDA', ptsd]);
      expect(definitionOf(timeline, ptsd), locale).to.equal(await fromXliff(locale, 'glossary.ptsd.definition'));
      expect(definitionOf(timeline, 'FDA'), locale).to.equal(await fromXliff(locale, 'glossary.fda.definition'));
    }
  });

  it('reads the built-in texts of the summary and the safety facts', async () => {
    const summary = await fixture<HTMLElement>(html`<ketamine-evidence-summary claims></ketamine-evidence-summary>`);
    await settled(summary);
    expect(termsOf(summary)).to.include.members(['odds ratio', 'bias', '95% range', 'placebo', 'dissociation']);
    // Its scores are explained in plain words ("one shared score"), with no "Hedges’ g" or "d =" left to define.
    expect(termsOf(summary)).not.to.include('effect size');
    const safety = await fixture<HTMLElement>(html`<ketamine-safety-facts></ketamine-safety-facts>`);
    await settled(safety);
    expect(termsOf(safety)).to.include.members(['dissociation', 'boxed warning', 'Schedule III', 'mm Hg']);
  });
});
