// WCAG: 1.1.1, 1.3.1, 1.4.3, 2.4.4, 4.1.2
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/defined.js';
import { getLocale, setLocale } from '../../src/index.js';
import { STUDY_IDS } from '../../src/elements/evidence-card/studies.js';
import type { KetamineEvidenceCard, StudyInput } from '../../src/index.js';
import { captureConsole, settled, textOf, withInlineJson } from '../support/helpers.js';

const clinicStudy = (): StudyInput => ({
  id: 'sunrise-2025-pilot',
  headline: { en: 'Our first patients', es: 'Nuestros primeros pacientes' },
  condition: 'Social anxiety disorder',
  design: { randomized: false, blinding: 'open-label', control: 'none' },
  participants: 10,
  dose: '0.5 mg/kg',
  route: 'intravenous',
  outcome: 'improved',
  result: 'Fictional result for a test.',
  limitations: 'Fictional data.',
  citation: {
    authors: 'Sunrise Clinic',
    title: 'Internal audit',
    journal: 'Clinic report',
    year: 2025,
    url: 'https://example.org/pilot',
  },
});

const cardWithJson = (json: string): Promise<KetamineEvidenceCard> =>
  withInlineJson<KetamineEvidenceCard>('ketamine-evidence-card', json);

/**
 * Each built-in study's certainty, worked out by hand from the GRADE rule in
 * evidence-strength.ts and the study's design and size in studies.ts
 * (randomized and controlled: high; controlled only: low; uncontrolled: very low;
 * open-label or blinding not stated: down one; result a secondary outcome: down one;
 * under 50 participants: down two, under 200: down one; at most moderate). Not computed by the library's code, so it can disagree with it.
 */
const CERTAINTY: Record<string, 'very-low' | 'low' | 'moderate'> = {
  'taylor-2018-sad': 'low', // randomized, placebo, double-blind, 18
  'glue-2017-dose': 'very-low', // uncontrolled, open-label, 12
  'glue-2018-maintenance': 'very-low', // uncontrolled, open-label, 20
  'glue-2020-replication': 'very-low', // active control, not randomized, 12
  'glue-2020-r107': 'very-low', // uncontrolled, open-label, 7
  'feder-2014-ptsd': 'low', // randomized, active control, 41
  'feder-2021-ptsd': 'very-low', // randomized, active control, blinding not stated, 30
  'abdallah-2022-ptsd': 'moderate', // randomized, placebo, double-blind, 158
  'duek-2023-ptsd': 'very-low', // randomized, active control, blinding not stated, secondary outcome, 27
};

/** The disclaimer as the translators' files have it: the English source, or the locale's target. */
async function disclaimerFromXliff(locale: string): Promise<string> {
  // English has no XLIFF of its own: its text is the source in every locale's file.
  const xliff = await (await fetch(`/locales/${locale === 'en' ? 'es' : locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(xliff, 'application/xml');
  const unit = doc.querySelector('trans-unit[id="footer.disclaimer"]');
  return textOf(unit?.querySelector(locale === 'en' ? 'source' : 'target'));
}

/**
 * Changes `<html lang>` and resolves once a MutationObserver made now has seen
 * the change: observers are called in the order they were made, so by then
 * the library's observer (made when it loaded) has handled it.
 */
function changeLang(lang: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    document.documentElement.lang = lang;
  });
}

/** Renders invalid input and returns the issues from the event and the error panel text. */
async function expectError(el: KetamineEvidenceCard, attach: () => void) {
  const event = oneEvent(el, 'ketamine-error');
  const errors = await captureConsole('error', async () => {
    attach();
    await event;
  });
  const { detail } = await event;
  const panel = await settled(el, '[part~="error"]');
  expect(el.shadowRoot!.querySelector('[part~="base"]'), 'no part of an invalid study is shown').to.be.null;
  expect(errors, 'logged once').to.have.length(1);
  await expect(el).to.be.accessible();
  return { issues: detail.issues, panel: textOf(panel) };
}

/** A card inside a plain container of the given width, attached to the page. */
function inContainer(width: string, study: string): KetamineEvidenceCard {
  const container = document.createElement('div');
  container.className = 'test-container';
  container.style.width = width;
  const el = document.createElement('ketamine-evidence-card');
  el.study = study;
  container.append(el);
  document.body.append(container);
  return el;
}

/**
 * What a built-in study's card shows with every disclosure closed (its header and its outcome with the result),
 * after checking that nothing is open and that the result is not inside "Study details".
 */
async function firstView(id: string): Promise<string> {
  const el = await fixture<KetamineEvidenceCard>(html`<ketamine-evidence-card study=${id}></ketamine-evidence-card>`);
  await settled(el);
  const root = el.shadowRoot!;
  expect(
    [...root.querySelectorAll('details')].some((d) => d.open),
    id,
  ).to.be.false;
  const details = root.querySelector('[part~="details"]')!;
  expect(details.contains(root.querySelector('[part~="outcome"]')), `${id}: the result is outside the details`).to.be
    .false;
  return [root.querySelector('[part~="header"]'), root.querySelector('[part~="outcome"]')].map(textOf).join(' ');
}

describe('<ketamine-evidence-card>', () => {
  afterEach(async () => {
    document.querySelectorAll('body > ketamine-evidence-card, .test-container').forEach((el) => el.remove());
    await setLocale('en');
  });

  it('has a hand-worked certainty for every built-in study', () => {
    expect(Object.keys(CERTAINTY)).to.have.members([...STUDY_IDS]);
  });

  for (const locale of ['en', 'es']) {
    for (const id of STUDY_IDS) {
      it(`renders ${id} in ${locale} with every section and passes axe`, async () => {
        expect(await setLocale(locale), 'the page is in the locale under test').to.equal(locale);
        const el = await fixture<KetamineEvidenceCard>(
          html`<ketamine-evidence-card study=${id}></ketamine-evidence-card>`,
        );
        await settled(el);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="headline"]')!.getAttribute('role')).to.equal('heading');
        // Eight facts, and the exact numbers first where the study has them.
        const hasNumbers = ['taylor-2018-sad', 'feder-2021-ptsd'].includes(id);
        expect(root.querySelectorAll('[part~="facts"] dt')).to.have.length(hasNumbers ? 9 : 8);
        expect(root.querySelector('[part~="badge"]')!.getAttribute('data-certainty')).to.equal(CERTAINTY[id]);
        expect(getLocale()).to.equal(locale);
        expect(root.querySelector('.root')!.getAttribute('lang')).to.equal(locale);
        const doi = root.querySelector<HTMLAnchorElement>('a[href^="https://doi.org/10."]');
        expect(doi, 'DOI link').to.exist;
        const disclaimer = await disclaimerFromXliff(locale);
        expect(disclaimer, 'the disclaimer in the XLIFF').to.include('FDA');
        expect(textOf(root.querySelector('[part~="disclaimer"]'))).to.equal(disclaimer);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('states a null result as plainly as a positive one', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="abdallah-2022-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('[part~="outcome"]'))).to.include('No better than the comparison');
  });

  it('gives Feder 2014 its own crossover line: the second infusion only if symptoms were still high', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="feder-2014-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const points = [...el.shadowRoot!.querySelectorAll('[part~="facts"] .points li')].map(textOf);
    expect(points).to.include(
      'Crossover: each person was to get both, 2 weeks apart. But the second drip was given only if PTSD symptoms were still high (a score of 50 or more on the CAPS, a PTSD scale that a clinician gives).',
    );
    expect(points.join(' ')).not.to.include('each person got both treatments');
    // Taylor 2018 (§A: crossover, 28-day washout) says what was planned, not that everyone got both.
    const taylor = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="taylor-2018-sad"></ketamine-evidence-card>`,
    );
    await settled(taylor);
    const taylorPoints = textOf(taylor.shadowRoot!.querySelector('[part~="facts"] .points'));
    expect(taylorPoints).to.include('Crossover: each person was meant to get both drips, 28 days apart.');
    expect(taylorPoints).not.to.include('got both');
  });

  it('says only that each person was meant to get both treatments in a clinic study without its own crossover line', async () => {
    const study: StudyInput = { ...clinicStudy(), design: { ...clinicStudy().design, crossover: true } };
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card .study=${study}></ketamine-evidence-card>`,
    );
    await settled(el);
    const points = textOf(el.shadowRoot!.querySelector('[part~="facts"] .points'));
    expect(points).to.include('Crossover: each person was meant to get both treatments, one after the other.');
    expect(points).not.to.include('got both');
  });

  it('says in the first view of the Glue cards that ketamine was a shot under the skin, and what rose with the dose', async () => {
    for (const id of ['glue-2017-dose', 'glue-2020-replication']) {
      const first = await firstView(id);
      expect(first, id).to.include('shot under the skin (not a drip into a vein)');
      expect(first, id).to.match(/blood pressure and heart rate/);
    }
  });

  // Review 2, D5 and D6: what the first view (everything outside the closed disclosures) must say.
  it('says in the first view what the details say: Taylor 2018’s self-rated result, the tablet pilot’s design', async () => {
    // §A taylor-2018-sad: self-rated VAS-Anxiety no different overall (p = 0.95); VAS response 88.89% vs 52.94%.
    const taylor = await firstView('taylor-2018-sad');
    expect(taylor)
      .to.include('the overall scores patients gave their own anxiety did not differ between ketamine and placebo')
      .and.include('more people responded after ketamine (about 9 in 10) than after placebo (about 5 in 10)')
      .and.include('So many people also improved on placebo.');
    expect(taylor).not.to.include('showed no difference');
    // §A glue-2020-r107: "7 patients who had improved with subcutaneous ketamine before"; open-label.
    expect(await firstView('glue-2020-r107')).to.include(
      'All 7 had improved on ketamine shots before, and everyone knew they got ketamine.',
    );
    // Review 3, D3: §A glue-2018-maintenance, "uncontrolled, open-label … 20 responders from the ascending-dose study".
    expect(await firstView('glue-2018-maintenance')).to.include(
      'All 20 had already done well on ketamine shots, and everyone knew they got ketamine. One hour after each dose',
    );
    // Review 3, D4: the participant count is only in the closed details, so each result opens with who took part
    // (§A–B), and Glue 2020 says how weak its comparison was.
    const opens: Record<string, string> = {
      'taylor-2018-sad': 'In 18 adults with social anxiety',
      'glue-2017-dose': '12 people with hard-to-treat anxiety took part. ',
      'glue-2018-maintenance': 'All 20 had already done well on ketamine shots',
      'glue-2020-replication': '12 people with hard-to-treat anxiety took part. ',
      'glue-2020-r107': 'Mood improved slowly over 96 hours (4 days). All 7 people',
      'feder-2014-ptsd': '41 adults with long-term PTSD took part. ',
      'feder-2021-ptsd': '30 people with long-term PTSD took part. ',
      'abdallah-2022-ptsd': '158 veterans and service members took part. Antidepressants had not helped their PTSD.',
      'duek-2023-ptsd':
        '27 people with PTSD took part. Each drip (ketamine or midazolam) was followed by 4 days of trauma therapy.',
    };
    for (const [id, start] of Object.entries(opens)) {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study=${id}></ketamine-evidence-card>`,
      );
      await settled(el);
      const result = textOf(el.shadowRoot!.querySelector('[part~="outcome"] .result'));
      expect(result.startsWith(start), `${id}: ${result}`).to.be.true;
    }
    expect(await firstView('glue-2020-replication')).to.include(
      'But there was only one dose of the comparison drug, and the ketamine doses were not given in random order.',
    );
  });

  // Review 4, D1: a card's first view (every disclosure closed) names the harms its details list (§A–B).
  it('names each study’s main harms in the first view, as its side effects do', async () => {
    // §A glue-2018-maintenance, Adverse effects: blood pressure about 10 mm Hg higher at 30 min; CADSS 20 at week 1,
    // 8.8 at week 14 (two points, not a peak).
    expect(await firstView('glue-2018-maintenance'))
      .to.include('Blood pressure rose about 10 mm Hg 30 minutes after a dose.')
      .and.include(
        'People felt detached or unreal after doses; by week 14 this was less than half what it was in week 1.',
      );
    // §B feder-2014-ptsd, Adverse effects: "transient dissociation and haemodynamic changes in some patients".
    expect(await firstView('feder-2014-ptsd')).to.include(
      'Some people briefly felt detached or unreal, or had changes in blood pressure or heart rate.',
    );
    // §B abdallah-2022-ptsd: "dissociative and psychosis-like effects rose with dose, returned to baseline within 2 h".
    expect(await firstView('abdallah-2022-ptsd')).to.include(
      'Feeling detached and odd thoughts rose with the dose and were gone within 2 hours.',
    );
    // §A glue-2020-r107: "one brief report of dissociation".
    expect(await firstView('glue-2020-r107')).to.include('Feeling detached or unreal was reported once, briefly.');
  });

  it('qualifies a small study’s safety claim, and explains its scales in plain words', async () => {
    const facts = async (id: string) => {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study=${id}></ketamine-evidence-card>`,
      );
      await settled(el);
      return textOf(el.shadowRoot!.querySelector('[part~="facts"]'));
    };
    // Review 2, D7: §A glue-2017-dose, 12 patients, single weekly doses, no control group.
    expect(await facts('glue-2017-dose')).to.include(
      'safe and well tolerated in this study of 12 people. A study this small and short cannot show that ketamine is safe.',
    );
    // Review 2, H1: the scales named in plain words, with no range the evidence file does not give.
    const taylor = await facts('taylor-2018-sad');
    expect(taylor)
      .to.include('The doctors’ social anxiety scale (LSAS): better with ketamine (p = 0.01).')
      .and.include('The patients’ own anxiety scale (VAS): overall scores did not differ (p = 0.95).');
    expect(taylor).not.to.match(/0[- ]to[- ]100/);
    // Review 2, H6: §A glue-2020-r107 says only "no change in vital signs".
    // Review 7, D4: a study this small cannot show safety (§F; §I sanacora-2017-consensus).
    expect(await facts('glue-2020-r107')).to.include(
      'No change in vital signs (body measures such as blood pressure and heart rate). Dissociation was reported once, briefly. A study this small (7 people) cannot show that ketamine is safe.',
    );
    expect(await facts('feder-2021-ptsd')).to.include(
      'No serious side effects were reported. A study this small (30 people) cannot show that ketamine is safe.',
    );
  });

  it('shows plain words first and the exact numbers in the study details', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const root = el.shadowRoot!;
    const outcome = textOf(root.querySelector('[part~="outcome"]'));
    // Review 3, D17: the wide interval in plain words.
    expect(outcome).to.include('But because the study was small, the true difference could be small or very large.');
    expect(outcome).to.include('About 7 in 10 people responded to ketamine, and 2 in 10 to midazolam.');
    // Review 5, D2: the first view says what "responded" meant and that the benefit faded (evidence.md §B
    // feder-2021-ptsd: response = ≥30% reduction; median time to loss of response 27.5 days), as the details do.
    expect(outcome)
      .to.include('“Responded” meant symptoms fell by at least 30%.')
      .and.include(
        'In those helped, the benefit faded: half had lost it by about 4 weeks (27.5 days) after the last drip.',
      );
    const first = root.querySelector('[part~="facts"] .fact')!;
    expect(textOf(first.querySelector('dt'))).to.equal('The exact numbers');
    // Review 4, H5: what d and its range are, in plain words beside the numbers.
    expect(textOf(first.querySelector('dd'))).to.include(
      'How big the difference was: d = 1.13 on a shared scale (95% range: likely between 0.36 and 1.91).',
    );
    expect(first.closest('details'), 'one step away').to.equal(root.querySelector('[part~="details"]'));
  });

  it('puts Abdallah 2022’s null PTSD result first, and says its depression result was secondary', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="abdallah-2022-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const result = textOf(el.shadowRoot!.querySelector('[part~="outcome"] .result'));
    expect(result).to.match(
      /^158 veterans and service members took part\. Antidepressants had not helped their PTSD\. PTSD symptoms, the main question, did not improve more with ketamine than with placebo/,
    );
    expect(result).to.include('In a secondary result (not the main question), the 0.5 mg per kg dose eased depression');
  });

  it('names the badge for what it rates, adapted from GRADE, with its sources', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="abdallah-2022-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const strength = el.shadowRoot!.querySelector('[part~="strength"]')!;
    expect(textOf(strength.querySelector('[part~="badge"]'))).to.equal('How sure we can be of this result: Moderate');
    expect(textOf(strength)).to.include('adapted from GRADE').and.include('It does not say if ketamine works');
    // GRADE's meaning of the level, so "Moderate" on a null result cannot read as "ketamine works".
    expect(textOf(strength)).to.include('likely close to what this study found, but it could be quite different');
    for (const doi of ['10.1136/bmj.39489.470347.AD', '10.1016/j.jclinepi.2010.07.015']) {
      expect(strength.querySelector(`a[href="https://doi.org/${doi}"]`), doi).to.exist;
    }
  });

  it('rates Duek 2023 down for unstated blinding and for a secondary outcome', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="duek-2023-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const reasons = textOf(el.shadowRoot!.querySelector('[part~="strength"] ul'));
    expect(reasons).to.include('does not say if people knew who got which drug');
    expect(reasons).to.include('not the main question of the study');
  });

  it('links PubMed only where the PMID is verified', async () => {
    const verified = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="abdallah-2022-ptsd"></ketamine-evidence-card>`,
    );
    await settled(verified);
    expect(verified.shadowRoot!.querySelector('a[href="https://pubmed.ncbi.nlm.nih.gov/35046508/"]')).to.exist;
    const unverified = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="taylor-2018-sad"></ketamine-evidence-card>`,
    );
    await settled(unverified);
    expect(unverified.shadowRoot!.querySelector('a[href*="pubmed"]')).to.be.null;
  });

  it('re-renders on setLocale() without a reload, and follows <html lang>', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    expect(textOf(el.shadowRoot)).to.include('Main result');
    await setLocale('es');
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.include('Resultado principal');
    await setLocale('en');
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.include('Main result');

    // With no locale pinned, the widgets follow <html lang>.
    const before = document.documentElement.lang;
    await setLocale(null);
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => getLocale() === 'es', 'es-MX should resolve to es');
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.include('Resultado principal');
    document.documentElement.lang = before;
    await waitUntil(() => getLocale() === 'en');
  });

  it('lets an explicit setLocale() win over <html lang>', async () => {
    const before = document.documentElement.lang;
    const switches: string[] = [];
    const onStatus = (e: Event) => switches.push((e as CustomEvent<{ status: string }>).detail.status);
    window.addEventListener('lit-localize-status', onStatus);
    try {
      await setLocale('es');
      switches.length = 0;
      await changeLang('en');
      expect(switches, 'locale switches after <html lang> changed').to.deep.equal([]);
      // Still so once a widget has rendered after the change: in Spanish.
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>`,
      );
      await settled(el);
      expect(switches, 'locale switches while a widget rendered').to.deep.equal([]);
      expect(getLocale()).to.equal('es');
      expect(textOf(el.shadowRoot?.querySelector('[part~="outcome"]'))).to.include('Resultado principal');

      // The control: not pinned, the same kind of change starts a switch at once, so the check above could see one.
      await setLocale(null);
      switches.length = 0;
      await changeLang('es');
      expect(switches, 'locale switches after <html lang> changed, not pinned').to.include('loading');
    } finally {
      window.removeEventListener('lit-localize-status', onStatus);
      document.documentElement.lang = before;
    }
  });

  it('falls back to English for an unknown locale, never a mix', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>`,
    );
    await settled(el);
    const english = textOf(el.shadowRoot);
    expect(await setLocale('ES')).to.equal('es');
    await el.updateComplete;
    expect(textOf(el.shadowRoot), 'Spanish first, so the fallback below is a change').not.to.equal(english);
    for (const unknown of ['ja-JP', 'xx']) {
      expect(await setLocale(unknown)).to.equal('en');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(textOf(el.shadowRoot), `all English after setLocale('${unknown}')`).to.equal(english);
      await setLocale('es');
      await el.updateComplete;
    }
  });

  it('shows a clinic study from an inline JSON child, in the right locale', async () => {
    const el = await cardWithJson(JSON.stringify(clinicStudy()));
    expect(textOf(el.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Our first patients');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://example.org/pilot"]')).to.exist;
    await setLocale('es');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part~="headline"]'))).to.equal('Nuestros primeros pacientes');
    // A text without a Spanish entry falls back to the plain string.
    expect(textOf(el.shadowRoot!.querySelector('[part~="outcome"]'))).to.include('Fictional result');
    await expect(el).to.be.accessible();
  });

  it('shows a clinic study given as the .study property', async () => {
    const el = await fixture<KetamineEvidenceCard>(
      html`<ketamine-evidence-card .study=${clinicStudy()}></ketamine-evidence-card>`,
    );
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('[part~="byline"]'))).to.equal('Sunrise Clinic, 2025');
    expect(el.shadowRoot!.querySelector('[part~="badge"]')!.getAttribute('data-certainty')).to.equal('very-low');
  });

  it('updates when the inline JSON is edited', async () => {
    const el = await cardWithJson(JSON.stringify(clinicStudy()));
    const edited = { ...clinicStudy(), headline: 'Edited headline' };
    el.querySelector('script')!.textContent = JSON.stringify(edited);
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="headline"]')) === 'Edited headline');
  });

  it('shows HTML inside a text field as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const el = await cardWithJson(JSON.stringify({ ...clinicStudy(), result: payload }));
    const outcome = el.shadowRoot!.querySelector('[part~="outcome"]')!;
    expect(outcome.querySelector('img, b')).to.be.null;
    expect(outcome.textContent).to.include(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  describe('error panel', () => {
    it('names an unknown study id', async () => {
      const el = document.createElement('ketamine-evidence-card');
      const { issues, panel } = await expectError(el, () => {
        el.setAttribute('study', 'nope-1999');
        document.body.append(el);
      });
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ path: 'study', found: '"nope-1999"' });
      // What is expected: every built-in study id, each named.
      const named = issues[0]!.expected.match(/[a-z]+-\d{4}-[a-z0-9-]+/g) ?? [];
      expect(named).to.have.members([...STUDY_IDS]);
      expect(panel).to.include('This evidence card could not be shown');
      expect(panel).to.include('"nope-1999"');
    });

    it('reports broken JSON', async () => {
      const el = document.createElement('ketamine-evidence-card');
      const { issues, panel } = await expectError(el, () => {
        el.innerHTML = '<script type="application/json">{"id": "x",</script>';
        document.body.append(el);
      });
      expect(issues).to.have.length(1);
      expect(issues[0]!.expected).to.equal('valid JSON');
      expect(panel).to.include('valid JSON');
    });

    it('reports a missing field with its path', async () => {
      const { citation: _omit, ...noCitation } = clinicStudy();
      const el = document.createElement('ketamine-evidence-card');
      const { issues } = await expectError(el, () => {
        el.study = noCitation as StudyInput;
        document.body.append(el);
      });
      expect(issues).to.deep.equal([{ path: 'citation', expected: 'object', found: 'nothing (the field is missing)' }]);
    });

    it('reports a wrong type with what was found', async () => {
      const el = document.createElement('ketamine-evidence-card');
      const { issues, panel } = await expectError(el, () => {
        el.study = { ...clinicStudy(), participants: 'eighteen' } as unknown as StudyInput;
        document.body.append(el);
      });
      expect(issues).to.deep.equal([{ path: 'participants', expected: 'number', found: '"eighteen"' }]);
      expect(panel).to.include('participants');
    });

    it('refuses a javascript: URL', async () => {
      const study = clinicStudy();
      study.citation.url = 'javascript:alert(1)';
      const el = document.createElement('ketamine-evidence-card');
      const { issues } = await expectError(el, () => {
        el.study = study;
        document.body.append(el);
      });
      expect(issues[0]!.path).to.equal('citation.url');
      expect(issues[0]!.expected).to.include('https://');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.be.null;
    });

    it('names an unknown field (a typo)', async () => {
      const el = document.createElement('ketamine-evidence-card');
      const { issues } = await expectError(el, () => {
        el.study = { ...clinicStudy(), follow_up: '2 weeks' } as unknown as StudyInput;
        document.body.append(el);
      });
      expect(issues[0]!.path).to.equal('follow_up');
    });

    it('reports a card with no study at all', async () => {
      const el = document.createElement('ketamine-evidence-card');
      const { issues } = await expectError(el, () => document.body.append(el));
      expect(issues[0]!.path).to.equal('study');
    });

    it('recovers when the input is fixed', async () => {
      const el = document.createElement('ketamine-evidence-card');
      await expectError(el, () => {
        el.setAttribute('study', 'nope');
        document.body.append(el);
      });
      el.setAttribute('study', 'taylor-2018-sad');
      await settled(el, '[part~="base"]');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
    });
  });

  describe('attributes', () => {
    it('sets the heading level, and falls back to 3 with a warning for a bad value', async () => {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study="taylor-2018-sad" heading-level="2"></ketamine-evidence-card>`,
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="headline"]')!.getAttribute('aria-level')).to.equal('2');
      const warnings = await captureConsole('warn', async () => {
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('[part~="headline"]')!.getAttribute('aria-level')).to.equal('3');
      expect(String(warnings[0]?.[0])).to.include('heading-level="9"');
    });

    it('warns and falls back for an unknown theme', async () => {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study="taylor-2018-sad"></ketamine-evidence-card>`,
      );
      const warnings = await captureConsole('warn', async () => {
        el.setAttribute('theme', 'neon');
        await el.updateComplete;
        await el.updateComplete;
      });
      expect(el.theme).to.equal('auto');
      expect(String(warnings[0]?.[0])).to.include('"light"');
    });

    it('applies the dark theme through tokens', async () => {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card study="taylor-2018-sad" theme="dark"></ketamine-evidence-card>`,
      );
      await settled(el);
      const bg = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
      expect(bg).to.equal('rgb(20, 32, 36)');
      await expect(el).to.be.accessible();
    });

    it('takes branding from --ketamine-* custom properties', async () => {
      const el = await fixture<KetamineEvidenceCard>(
        html`<ketamine-evidence-card
          study="taylor-2018-sad"
          style="--ketamine-color-background: rgb(1, 2, 3); --ketamine-color-text: rgb(250, 250, 250)"
        ></ketamine-evidence-card>`,
      );
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal(
        'rgb(1, 2, 3)',
      );
    });

    it('keeps its layout readable in a 280 px sidebar (compact)', async () => {
      const el = inContainer('280px', 'feder-2021-ptsd');
      el.compact = true;
      await settled(el);
      const card = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      const fact = el.shadowRoot!.querySelector('.fact')!;
      expect(getComputedStyle(fact).display).to.equal('block');
      await expect(el).to.be.accessible();
    });

    it('puts labels beside values in a wide container', async () => {
      const el = inContainer('900px', 'feder-2021-ptsd');
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.fact')!).display).to.equal('grid');
    });
  });
});
