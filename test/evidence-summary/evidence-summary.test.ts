// WCAG: 1.1.1, 1.3.1, 1.4.3, 2.1.1, 2.4.4, 2.4.7, 2.5.8, 4.1.2
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { KetamineEvidenceSummary } from '../../src/elements/evidence-summary/evidence-summary.js';
import type { KetamineErrorDetail } from '../../src/internal/ketamine-element.js';
import { captureConsole, settled, textOf } from '../support/helpers.js';
import { setMedia } from '../support/media.js';
import {
  disclosuresOf,
  expectAccessibleClosedAndOpenInDark,
  expectActionsSlot,
  expectExpandedOpensAll,
  expectPrintOpensAll,
  summaryOf,
} from '../support/concise-first.js';

const all = (el: HTMLElement, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: HTMLElement, selector: string): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** Shown: not `display: none` nor inside a closed disclosure (whose content keeps its boxes in Chromium). */
const rendered = (node: Element | null | undefined): boolean => !!node && node.checkVisibility();
const rowTexts = (el: HTMLElement, measure: string): string[] =>
  all(el, `[data-measure="${measure}"] [part="estimate"] .value`).map(textOf);

async function summary(template = html`<ketamine-evidence-summary></ketamine-evidence-summary>`) {
  const el = await fixture<KetamineEvidenceSummary>(template);
  await settled(el);
  return el;
}

/** Opens the chart's disclosure, as a reader does. */
async function openChart(el: KetamineEvidenceSummary): Promise<void> {
  one(el, '.chart-details').querySelector('summary')!.click();
  await waitUntil(() => rendered(one(el, '[part="chart"]')), 'the chart opens');
}

describe('<ketamine-evidence-summary>', () => {
  afterEach(() => setLocale('en'));

  it('first shows, per condition, the short finding and how sure we can be, null results as plainly', async () => {
    const el = await summary();
    // Review 3, D7 (§C: the social anxiety pool rests on 2 trials; §E: no trial in generalized anxiety alone).
    expect(textOf(one(el, '[part="heading"]'))).to.equal('Does ketamine work? What reviews of trials found');
    expect(textOf(one(el, '[part="heading"]'))).not.to.include('many');
    const conditions = all(el, '[part="condition"]');
    expect(conditions.map((c) => c.dataset['condition'])).to.deep.equal(['sad', 'gad', 'ptsd']);
    const findings = all(el, '[part="finding"]');
    const certainties = all(el, '[part="certainty"]');
    expect(findings.map(textOf)).to.deep.equal([
      '2 small trials with 59 people in all. More people responded to ketamine than to the comparison treatment. But in the only trial against a placebo (Taylor 2018), the overall scores patients gave their own anxiety did not differ. On that scale, more people met the goal for a response after ketamine (about 9 in 10) than after placebo (about 5 in 10). So many also improved on placebo.',
      'No review we checked combined trials of generalized anxiety alone. In 14 trials of mood, anxiety or pain problems, anxiety fell more with ketamine than with a placebo (a dummy treatment). It fell most in the first 12 hours, and less after 1 to 2 weeks.',
      '6 trials with 221 people. Ketamine did a little better than the comparison treatment. When the researchers adjusted the results for possible flaws (bias), the difference was too small to be sure it is real.',
    ]);
    // Review 4, H1: the bias correction and the risk of bias in plain words, the first view and the details alike.
    expect(textOf(certainties[2])).to.include('does not hold up when the results are adjusted for possible flaws');
    // Every condition has a verdict first, then its reasons; generalized anxiety's are indirectness and bias.
    // Social anxiety rests on the fewest people (59), so its verdict is never milder than the others'.
    expect(certainties.map((c) => textOf(c).replace('How sure can we be? ', '').split('.')[0])).to.deep.equal([
      'Not sure',
      'Not sure',
      'Not sure',
    ]);
    expect(textOf(certainties[1]))
      .to.include('These trials were not only about anxiety disorders.')
      .and.include('No randomized trial has tested generalized anxiety alone.')
      .and.include('11 of the 14 trials had flaws. These could make their results look better or worse than they are.');
    for (const line of [...findings, ...certainties]) {
      expect(textOf(line)).not.to.match(/correction for bias|risk of bias/);
    }
    // The null and missing results are in the first view, the same size as the positive ones.
    for (const line of [...findings, ...certainties]) {
      expect(rendered(line), textOf(line).slice(0, 40)).to.be.true;
      expect(getComputedStyle(line).fontSize).to.equal(getComputedStyle(findings[0]!).fontSize);
    }
    expect(rendered(one(el, '[part="disclaimer"]'))).to.be.true;
    expect(textOf(one(el, '[part="disclaimer"]'))).to.include('not medical advice');
    // Review 7, D6: the reviews are about benefit, so the first view also names the harms, cited by author and year
    // like the findings (evidence.md §A glue-2017-dose, §B abdallah-2022-ptsd, §D short-2018-sr), and the three
    // sources are in the source list.
    const harms = one(el, '.harms');
    expect(rendered(harms)).to.be.true;
    expect(textOf(harms)).to.equal(
      'These results are about benefit. In studies, ketamine also caused a feeling of being detached, odd thoughts and higher blood pressure, more so at higher doses (Glue 2017, Abdallah 2022). Little is known about its long-term safety (Short 2018).',
    );
    const sources = textOf(one(el, '[part="sources"]'));
    expect(sources).to.include('Glue P').and.include('Abdallah CG').and.include('Short B');
  });

  it('keeps the longer texts, the chart and the sources in the DOM behind closed disclosures', async () => {
    const el = await summary();
    const closed = disclosuresOf(el);
    // Three conditions, the chart, the glossary and the sources.
    expect(closed).to.have.length(6);
    expect(closed.some((d) => d.open)).to.be.false;
    const more = one(el, '[data-condition="ptsd"] [part="details"]');
    expect(textOf(more.querySelector('summary'))).to.equal('More about these results');
    expect(textOf(more)).to.include('Compared with another real drug, there was no clear difference at 24 hours');
    // Review 3, D1 and D16 (§C whittaker-2021-ma: its PTSD pool is 3 of its 6 trials; almeida-2024-ma: authors
    // UNVERIFIED): the review's PTSD trials are named as such, and no journal stands in for an author.
    expect(textOf(more))
      .to.include('Another review combined the 3 PTSD trials it found. It found no clear difference in who responded')
      .and.include('Another 2024 review, of 10 studies, found a benefit only at the end of the treatment course');
    expect(textOf(more)).not.to.include('active drug').and.not.to.include('Clin Neuropsychiatry');
    expect(rendered(more.querySelector('p'))).to.be.false;
    expect(textOf(one(el, '[data-condition="gad"] [part="details"]'))).to.include('(Hartland 2023)');
    expect(textOf(one(el, '.chart-details summary'))).to.equal('See the chart');
    expect(all(el, '[part="estimate"]')).to.have.length(9);
    expect(rendered(one(el, '[part="chart"]'))).to.be.false;
    // Six reviews and trials for the findings, and the three sources of the harms line (review 7, D6).
    expect(textOf(one(el, '[part="sources-toggle"]'))).to.equal('Sources (9)');
    expect(rendered(one(el, '[part="sources"]'))).to.be.false;
    expect(textOf(one(el, '[part="sources"]'))).to.include('Borgogna NC');
  });

  it('opens a disclosure with Enter and closes it with Space, with a focus ring and a 24 px target', async () => {
    const el = await summary();
    for (const details of disclosuresOf(el)) {
      const toggle = summaryOf(details);
      expect(toggle.getBoundingClientRect().height).to.be.at.least(24);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open, textOf(toggle)).to.be.true;
      expect(getComputedStyle(toggle).outlineStyle, 'focus ring').not.to.equal('none');
      await sendKeys({ press: ' ' });
      expect(details.open).to.be.false;
    }
  });

  it('opens every disclosure, the chart table included, with expanded (also set later)', async () => {
    const el = await summary(html`<ketamine-evidence-summary claims></ketamine-evidence-summary>`);
    await expectExpandedOpensAll(el);
    const open = await summary(html`<ketamine-evidence-summary expanded claims></ketamine-evidence-summary>`);
    expect(disclosuresOf(open).every((d) => d.open)).to.be.true;
    expect(rendered(one(open, '[part="table"]'))).to.be.true;
    expect(rendered(one(open, '[part="claims"] dl'))).to.be.true;
    one(open, '[part="table-toggle"]').click();
    await open.updateComplete;
    expect(rendered(one(open, '[part="table"]')), 'the toggle still hides the table').to.be.false;
  });

  it('opens every disclosure for print and restores them afterwards', async () => {
    const el = await summary(html`<ketamine-evidence-summary claims></ketamine-evidence-summary>`);
    await expectPrintOpensAll(el, one(el, '[data-condition="gad"] [part="details"]') as HTMLDetailsElement);
  });

  it('puts the clinic action after the content and before the fine print, and takes no room without one', async () => {
    const el = await summary(html`<ketamine-evidence-summary claims></ketamine-evidence-summary>`);
    await expectActionsSlot(el, one(el, '[part="glossary"]'));
    for (const part of ['condition', 'chart', 'claims']) {
      expect(one(el, `[part="${part}"] slot`), part).to.equal(null);
    }
    const withAction = await summary(
      html`<ketamine-evidence-summary
        ><a slot="actions" href="#book">Book a consultation</a></ketamine-evidence-summary
      >`,
    );
    expect(rendered(one(withAction, '[part="actions"]'))).to.be.true;
  });

  it('explains the odds ratio as a comparison of chances that looks large with few people, never "times more likely"', async () => {
    const el = await summary();
    const whittaker = textOf(one(el, '[data-measure="whittaker"]'));
    expect(whittaker).to.include('compares the chances of responding').and.include('called an odds ratio');
    expect(whittaker).to.include('can look very large, but it is very unsure').and.include('go 1, 10, 100');
    expect(whittaker).to.include('This does not mean 29 times as likely to respond.');
    expect(whittaker).not.to.include('more likely');
    // The longer text says it plainly; the exact numbers stay one step away, in the chart and its table.
    const found = textOf(one(el, '[data-condition="sad"] [part="details"]'));
    expect(found)
      .to.include('The chance of responding looked much higher with ketamine, but this number is very unsure.')
      .and.include('With so few people, the true effect could be small or very large.');
    expect(found).to.include('The exact numbers are in the chart.');
    expect(found).not.to.include('much more likely').and.not.to.include('times as likely');
    // Review 2, D5 (§A taylor-2018-sad): the self-rated null is the overall scores; the self-rated response differed
    // (88.89% vs 52.94%). The first view and the details both say so. Review 3, D15: no p-values in the sentences.
    expect(found)
      .to.include('The overall scores patients gave their own anxiety did not differ.')
      .and.include('(about 9 in 10) than after placebo (about 5 in 10).');
    expect(found).not.to.match(/p = 0/);
    const finding = textOf(one(el, '[data-condition="sad"] [part="finding"]'));
    expect(rendered(one(el, '[data-condition="sad"] [part="finding"]')), 'in the first view').to.be.true;
    expect(finding)
      .to.include('overall scores patients gave their own anxiety did not differ')
      .and.include('after ketamine (about 9 in 10) than after placebo (about 5 in 10)');
    for (const text of [finding, found]) expect(text).not.to.include('showed no difference');
  });

  it('plots every combined value of section C on its own axis, with the published numbers', async () => {
    const el = await summary();
    // Hartland reported ketamine's benefit below 0: shown with the sign flipped, and as reported beside it.
    expect(rowTexts(el, 'hartland')).to.deep.equal([
      '1.17 (0.44 to 1.89)',
      '0.44 (0.22 to 0.65)',
      '0.40 (0.17 to 0.63)',
    ]);
    expect(all(el, '[data-measure="hartland"] .reported').map(textOf)).to.deep.equal([
      'As the review reported it: -1.17 (-1.89 to -0.44)',
      'As the review reported it: -0.44 (-0.65 to -0.22)',
      'As the review reported it: -0.40 (-0.63 to -0.17)',
    ]);
    expect(all(el, '[data-measure="borgogna"] .reported, [data-measure="whittaker"] .reported')).to.have.length(0);
    expect(rowTexts(el, 'borgogna')).to.deep.equal([
      '0.27 (0.03 to 0.51)',
      '0.20 (-0.08 to 0.48)',
      '0.24 (-0.30 to 0.78)',
      '0.24 (0.00 to 0.48)',
    ]);
    expect(rowTexts(el, 'whittaker')).to.deep.equal(['28.94 (3.45 to 242.57)', '2.03 (0.67 to 6.15)']);
    expect(textOf(one(el, '[data-measure="whittaker"]'))).to.include('Only 59 people');
    // A filled dot only where the whole interval favours ketamine; bias-corrected and active-control PTSD stay open.
    const open = all(el, '[data-measure="borgogna"] .dot').map((dot) => dot.classList.contains('open'));
    expect(open).to.deep.equal([false, true, true, true]);
    expect(all(el, '[data-measure="hartland"] .dot.open')).to.have.length(0);
  });

  it('explains each score in plain words, says "combined", never "pooled", and keeps the exact numbers', async () => {
    const el = await summary(html`<ketamine-evidence-summary expanded claims></ketamine-evidence-summary>`);
    const shared = 'turned into one shared score';
    expect(textOf(one(el, '[data-measure="hartland"]'))).to.include(`so the results were ${shared}`);
    expect(textOf(one(el, '[data-measure="borgogna"]'))).to.include(`different tests were ${shared}`);
    const text = textOf(el.shadowRoot!.querySelector('section'));
    for (const hard of ['pooled', 'Pooled', 'Hedges', 'SMD', 'standardized']) expect(text).not.to.include(hard);
    expect(text).to.include('The combined results in a chart').and.include('The combined results as a table');
    expect(text).to.include('One review combined 6 trials with 221 people (Borgogna 2024).');
    // The exact figures stay one step away, in the table.
    const table = textOf(one(el, '[part="table"]'));
    expect(table).to.include('28.94 (3.45 to 242.57)').and.include('0.27 (0.03 to 0.51)');
  });

  it('says under the Hartland panel what its trials were, and that its signs were flipped', async () => {
    const el = await summary();
    await openChart(el);
    const notes = all(el, '[data-measure="hartland"] .measure-note').map(textOf);
    expect(notes).to.deep.equal([
      'These trials were not only about anxiety disorders. The 14 trials were in people with mood, anxiety or chronic pain problems. 11 of them had flaws that could make their results look better or worse than they are.',
      'The review gave these results as minus numbers. We show them as plus numbers, so that ketamine’s side is the same in every panel.',
    ]);
    for (const note of all(el, '[data-measure="hartland"] .measure-note')) expect(rendered(note)).to.be.true;
    expect(all(el, '[data-measure="borgogna"] .measure-note, [data-measure="whittaker"] .measure-note')).to.have.length(
      0,
    );
  });

  it('puts "favours ketamine" on the same side of every panel, and every filled dot there, mirrored right to left', async () => {
    const el = await summary();
    await openChart(el);
    const measures = ['hartland', 'borgogna', 'whittaker'];
    /** Per panel: where the ketamine label is, and on which side of the no-difference line each filled dot lies. */
    const layout = () =>
      measures.map((measure) => {
        const panel = one(el, `[data-measure="${measure}"]`);
        const [comparison, ketamine] = all(el, `[data-measure="${measure}"] .sides span`);
        const none = parseFloat(panel.querySelector('.rows .none')!.getAttribute('x1')!);
        const dots = [...panel.querySelectorAll('.dot:not(.open)')].map((d) => parseFloat(d.getAttribute('cx')!));
        return {
          measure,
          labels: [textOf(comparison), textOf(ketamine)],
          ketamineRight: ketamine!.getBoundingClientRect().left > comparison!.getBoundingClientRect().left,
          dotsRight: dots.length > 0 && dots.every((cx) => cx > none),
          dotsLeft: dots.length > 0 && dots.every((cx) => cx < none),
        };
      });
    for (const panel of layout()) {
      expect(panel, panel.measure).to.deep.equal({
        measure: panel.measure,
        labels: ['Favours the comparison', 'Favours ketamine'],
        ketamineRight: true,
        dotsRight: true,
        dotsLeft: false,
      });
    }
    await setLocale('ar');
    await el.updateComplete;
    expect(one(el, '.root').getAttribute('dir')).to.equal('rtl');
    expect(textOf(one(el, '.chart-details summary'))).to.equal('عرض الرسم البياني');
    expect(textOf(one(el, '[data-condition="ptsd"] [part="finding"]'))).to.include('221');
    for (const panel of layout()) {
      expect([panel.ketamineRight, panel.dotsRight, panel.dotsLeft], panel.measure).to.deep.equal([false, false, true]);
    }
    const [start] = all(el, '[data-measure="hartland"] .sides span');
    expect(start!.getBoundingClientRect().left).to.be.greaterThan(el.getBoundingClientRect().width / 2);
  });

  it('formats the numbers for the locale', async () => {
    const el = await summary();
    await setLocale('de');
    await el.updateComplete;
    expect(rowTexts(el, 'borgogna')[1]).to.equal('0,20 (-0,08 bis 0,48)');
  });

  it('shows one condition, with only its rows, when asked', async () => {
    const el = await summary(html`<ketamine-evidence-summary conditions="ptsd"></ketamine-evidence-summary>`);
    expect(all(el, '[part="condition"]').map((c) => c.dataset['condition'])).to.deep.equal(['ptsd']);
    expect(all(el, '[part="measure"]').map((m) => m.dataset['measure'])).to.deep.equal(['borgogna', 'whittaker']);
    expect(rowTexts(el, 'whittaker')).to.deep.equal(['2.03 (0.67 to 6.15)']);
    const warnings = await captureConsole('warn', async () => {
      el.conditions = 'ocd';
      await el.updateComplete;
    });
    expect(String(warnings[0]?.[0])).to.include('conditions="ocd"');
    expect(all(el, '[part="condition"]')).to.have.length(3);
  });

  it('lets the keyboard reach each point of the opened chart, which then shows what it means', async () => {
    const el = await summary();
    await openChart(el);
    const first = all(el, '[part="estimate"]')[0]!;
    const reading = first.querySelector('.reading')!;
    expect(reading.getBoundingClientRect().width).to.be.at.most(1);
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(reading.getBoundingClientRect().width).to.be.greaterThan(10);
    expect(textOf(reading)).to.equal('The whole range favours ketamine.');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part="estimate"]')[1]);
  });

  it('has a real table of the numbers behind a toggle, and prints it with the chart', async () => {
    const el = await summary();
    const toggle = one(el, '[part="table-toggle"]');
    const table = one(el, '[part="table"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.getClientRects()).to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    await setMedia('print');
    try {
      expect(rendered(one(el, '[part="chart"]')), 'the chart prints').to.be.true;
      expect(table.getClientRects().length).to.be.greaterThan(0);
      expect(toggle.getClientRects()).to.have.length(0);
    } finally {
      await setMedia('screen');
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(rendered(one(el, '[part="chart"]')), 'closed again after printing').to.be.false;
    await openChart(el);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(all(el, 'table tbody th[scope="row"]')).to.have.length(9);
    expect(textOf(table)).to.include('0.20 (-0.08 to 0.48)');
    // The table shows the numbers as the chart does, with the published ones and the flip note beside them.
    const hartland = all(el, 'table tbody')[0]!;
    expect(textOf(hartland)).to.include('We show them as plus numbers').and.include('not only about anxiety disorders');
    // The group's header is its title alone: a screen reader reads it with every cell of the group.
    expect(textOf(hartland.querySelector('th[scope="rowgroup"]'))).to.equal(
      'Anxiety in 14 trials of mood, anxiety or pain problems (Hartland 2023)',
    );
    const cell = hartland.querySelector('td:has(bdi)')!;
    expect(textOf(cell.querySelector('bdi'))).to.equal('1.17 (0.44 to 1.89)');
    expect(textOf(cell.querySelector('.note'))).to.equal('As the review reported it: -1.17 (-1.89 to -0.44)');
  });

  it('shows the claims section only with the claims attribute, with its sources', async () => {
    const el = await summary();
    expect(one(el, '[part="claims"]')).to.equal(null);
    el.claims = true;
    await el.updateComplete;
    expect(all(el, '[part="claims"] dt')).to.have.length(3);
    const claims = textOf(one(el, '[part="claims"]'));
    expect(claims).to.include('one small trial of 18 people');
    // Review 2, D5: the self-rated null is the overall scores, and the self-rated response difference is not hidden.
    expect(claims)
      .to.include('On the patients’ own rating, the overall scores did not differ.')
      .and.include('about 9 in 10 did after ketamine, and about 5 in 10 after placebo');
    expect(claims).not.to.include('but not on the patients’ own rating');
    // Review 2, H6: plain words, and no "2020a" (the summary cites one Glue 2020 study).
    expect(claims).to.include('(Glue 2017, Glue 2020). They were open-label, or the comparison was weak.');
    expect(claims).not.to.include('2020a');
    expect(textOf(one(el, '[part="sources"]'))).to.include('Taylor JH');
  });

  it('links each review to its DOI, and to PubMed only where the PMID is verified', async () => {
    const el = await summary();
    const hrefs = all(el, '[part="source"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://doi.org/10.1177/20451253211056743');
    expect(hrefs).to.include('https://pubmed.ncbi.nlm.nih.gov/37005739/');
    // Three reviews, and Glue 2017 and Abdallah 2022 (cited by the harms line), whose PMIDs are tagged [PM].
    expect(hrefs).to.include('https://pubmed.ncbi.nlm.nih.gov/28441895/');
    expect(hrefs).to.include('https://pubmed.ncbi.nlm.nih.gov/35046508/');
    expect(hrefs.filter((h) => h!.includes('pubmed'))).to.have.length(5);
  });

  it('passes axe in light and dark, with claims, closed and open', async () => {
    const el = await summary(html`<ketamine-evidence-summary claims></ketamine-evidence-summary>`);
    await expect(el).to.be.accessible();
    await expectAccessibleClosedAndOpenInDark(el);
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  // Forced colours: test/system-settings/forced-colors.system-forced-colors-test.ts (browsers launched with them).

  describe('single trials on the same page', () => {
    it('links to evidence cards of the same condition: by id, or by focusing the card', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <ketamine-evidence-card id="card-abdallah" study="abdallah-2022-ptsd"></ketamine-evidence-card>
          <ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>
          <ketamine-evidence-card study="taylor-2018-sad"></ketamine-evidence-card>
          <ketamine-evidence-summary conditions="ptsd gad"></ketamine-evidence-summary>
        </div>`,
      );
      const el = page.querySelector('ketamine-evidence-summary')!;
      await settled(el);
      const links = all(el, '[data-condition="ptsd"] [part="trials"] a');
      expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([
        ['Abdallah 2022', '#card-abdallah'],
        ['Feder 2021', '#'],
      ]);
      expect(one(el, '[data-condition="gad"] [part="trials"]')).to.equal(null);
      links[1]!.click();
      expect(document.activeElement).to.equal(page.querySelector('[study="feder-2021-ptsd"]'));
    });

    it('names the Glue replication study "Glue 2020", as the claims section does', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <ketamine-evidence-card study="glue-2020-replication"></ketamine-evidence-card>
          <ketamine-evidence-card study="glue-2020-r107"></ketamine-evidence-card>
          <ketamine-evidence-summary conditions="gad"></ketamine-evidence-summary>
        </div>`,
      );
      const el = page.querySelector('ketamine-evidence-summary')!;
      await settled(el);
      // The tablet pilot (depression and anxiety) is not linked, so "Glue 2020" names one study only.
      expect(all(el, '[data-condition="gad"] [part="trials"] a').map(textOf)).to.deep.equal(['Glue 2020']);
    });

    it('renders no links when no card is on the page', async () => {
      const el = await summary();
      expect(all(el, '[part="trials"]')).to.have.length(0);
    });
  });

  describe('clinic audit', () => {
    it('shows it in its own marked section, never on the chart', async () => {
      const el = await summary(
        html`<ketamine-evidence-summary
          ><script type="application/json">
            {
              "title": { "en": "Our patients", "de": "Unsere Patienten" },
              "text": "<b>Fictional</b> audit.",
              "numbers": [{ "label": "Patients", "value": 1234 }],
              "sources": [{ "citation": "Clinic audit 2025", "url": "https://example.org/audit" }]
            }
          </script></ketamine-evidence-summary
        >`,
      );
      await waitUntil(() => one(el, '[part="audit"]'), 'the audit shows', { timeout: 10000 });
      const audit = one(el, '[part="audit"]');
      expect(textOf(audit)).to.include('Not part of the published reviews above');
      expect(textOf(audit)).to.include('<b>Fictional</b> audit.');
      expect(audit.querySelector('b')).to.equal(null);
      expect(textOf(audit.querySelector('.numbers'))).to.include('1,234');
      expect(audit.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/audit');
      expect(all(el, '[part="estimate"]')).to.have.length(9);
      await setLocale('de');
      await el.updateComplete;
      expect(textOf(audit)).to.include('Unsere Patienten');
      expect(textOf(audit.querySelector('.numbers'))).to.include('1.234');
    });

    it('names each wrong field, refuses javascript: links and fires ketamine-error', async () => {
      const el = document.createElement('ketamine-evidence-summary');
      const error = oneEvent(el, 'ketamine-error');
      el.audit = {
        title: 'Audit',
        numbers: [{ label: 'Patients', value: 'ten' }],
        sources: [{ citation: 'x', url: 'javascript:alert(1)' }],
      } as never;
      await captureConsole('error', async () => {
        await fixture(html`<div></div>`).then((div) => div.append(el));
        const { detail } = (await error) as CustomEvent<KetamineErrorDetail>;
        const paths = detail.issues.map((i) => i.path);
        expect(paths).to.include.members(['text', 'numbers[0].value', 'sources[0].url']);
      });
      await settled(el);
      const panel = textOf(one(el, '[part~="error"]'));
      expect(panel).to.include('This evidence summary could not be shown');
      expect(panel).to.include('javascript:alert(1)');
      expect(all(el, '[part="base"]')).to.have.length(0);
    });
  });
});
