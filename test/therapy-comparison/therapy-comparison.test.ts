// WCAG: 1.1.1, 1.3.1, 1.4.3, 2.1.1, 2.4.3, 2.4.4, 4.1.2
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { ComparisonInput, ContentIssue, KetamineTherapyComparison } from '../../src/index.js';
import { CRITERION_IDS, THERAPY_IDS } from '../../src/elements/therapy-comparison/therapies.js';
import { source } from '../../src/content/sources.js';
import { captureConsole, settled, textOf, withInlineJson } from '../support/helpers.js';
import { renderComparison } from '../support/comparison.js';
import { setMedia } from '../support/media.js';
import {
  disclosuresOf,
  expectActionsSlot,
  expectExpandedOpensAll,
  expectPrintOpensAll,
  summaryOf,
} from '../support/concise-first.js';

type El = KetamineTherapyComparison;

const clinicAdditions = (): ComparisonInput => ({
  therapies: [
    {
      id: 'tms',
      name: { en: 'TMS at Sunrise Clinic', es: 'EMT en la Clínica Sunrise' },
      cells: {
        administration: {
          text: {
            en: 'Fictional example: sessions at our clinic, 5 days a week.',
            es: 'Ejemplo ficticio: sesiones en nuestra clínica, 5 días a la semana.',
          },
          sources: ['sunrise-protocol'],
        },
        onset: { text: 'Fictional onset text only in English.' },
        'visit-length': { text: { en: 'About 20 minutes', es: 'Unos 20 minutos' }, sources: ['sunrise-protocol'] },
      },
    },
  ],
  criteria: [
    {
      id: 'visit-length',
      label: { en: 'Length of a visit', es: 'Duración de una visita' },
      cells: {
        ketamine: { text: 'About 2 hours at our clinic, including rest.', sources: ['sunrise-faq'] },
      },
    },
  ],
  sources: [
    { id: 'sunrise-protocol', citation: 'Sunrise Clinic. TMS protocol, 2025.', url: 'https://example.org/tms' },
    {
      id: 'sunrise-faq',
      citation: { en: 'Sunrise Clinic. Patient FAQ.', es: 'Clínica Sunrise. Preguntas frecuentes.' },
    },
  ],
});

const render = renderComparison;

const withJson = (json: string, attributes: Record<string, string> = {}): Promise<El> =>
  withInlineJson<El>('ketamine-therapy-comparison', json, attributes);

const root = (el: El) => el.shadowRoot!;
const columnIds = (el: El) =>
  [...root(el).querySelectorAll('thead th[scope="col"]')].map((th) => th.getAttribute('data-therapy'));
const rowIds = (el: El) => [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-criterion'));
const cell = (el: El, therapy: string, criterion: string) =>
  root(el).querySelector(`tbody tr[data-criterion="${criterion}"] td[data-therapy="${therapy}"]`)!;
const displayed = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
/** Shown: not `display: none` nor inside a closed disclosure (whose content keeps its boxes in Chromium). */
const rendered = (node: Element | null | undefined): boolean => !!node && node.checkVisibility();
const narrowComparison = (expanded = false) =>
  render(
    html`<div style="inline-size: 320px">
      <ketamine-therapy-comparison highlight="ketamine" ?expanded=${expanded}></ketamine-therapy-comparison>
    </div>`,
  );
const shownRows = (card: Element) =>
  [...card.querySelectorAll<HTMLElement>('.fact')].filter(rendered).map((f) => f.dataset['criterion']);
/** A cell's prose, without its footnote links. */
const proseOf = (node: Element) => {
  const prose = node.cloneNode(true) as Element;
  for (const link of prose.querySelectorAll('a.footnote')) link.remove();
  return textOf(prose);
};
/** Words (tokens with a letter) in a cell's prose. */
const wordsIn = (node: Element) =>
  proseOf(node)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
/** Words in the cell's longest sentence (or clause before a colon). */
const longestSentence = (node: Element) =>
  Math.max(
    ...proseOf(node)
      .split(/(?<=[.:])\s+/)
      .map((s) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length),
  );

/** Renders invalid clinic input and returns the issues from the event and the error panel text. */
async function expectError(json: string): Promise<{ paths: string[]; panel: string }> {
  const el = document.createElement('ketamine-therapy-comparison');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  const event = oneEvent(el, 'ketamine-error');
  const errors = await captureConsole('error', async () => {
    document.body.append(el);
    await event;
  });
  const { detail } = await event;
  const panel = await settled(el, '[part~="error"]');
  expect(root(el).querySelector('table'), 'no part of the table is shown').to.be.null;
  expect(root(el).querySelector('[part~="base"]')).to.be.null;
  expect(errors, 'logged once').to.have.length(1);
  await expect(el).to.be.accessible();
  return { paths: (detail.issues as ContentIssue[]).map((i) => i.path), panel: textOf(panel) };
}

describe('<ketamine-therapy-comparison>', () => {
  afterEach(async () => {
    document.querySelectorAll('body > ketamine-therapy-comparison').forEach((el) => el.remove());
    await setLocale('en');
  });

  describe('table', () => {
    it('renders a captioned table with column and row headers in the default order, and passes axe', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const table = root(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Anxiety treatments compared');
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols).to.have.length(4);
      cols.forEach((th) => expect(th.getAttribute('scope')).to.equal('col'));
      expect(columnIds(el)).to.deep.equal([...THERAPY_IDS]);
      expect(cols.map((th) => textOf(th))).to.deep.equal([
        'Ketamine',
        'SSRIs (a common type of medicine for anxiety)',
        'Benzodiazepines',
        'Cognitive behavioral therapy (CBT)',
      ]);
      const rows = [...table.querySelectorAll('tbody th')];
      expect(rows).to.have.length(CRITERION_IDS.length);
      rows.forEach((th) => expect(th.getAttribute('scope')).to.equal('row'));
      expect(rowIds(el)).to.deep.equal([...CRITERION_IDS]);
      expect(rows.map((th) => textOf(th))[1]).to.equal('How fast it works');
      expect(textOf(root(el))).to.include('Ketamine is not FDA-approved for anxiety disorders or PTSD');
      await expect(el).to.be.accessible();
    });

    it('has no cost row, no unverified CBT session count and shows uncovered questions as such', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      expect(textOf(root(el)).toLowerCase()).not.to.include('cost');
      expect(textOf(cell(el, 'cbt', 'onset'))).to.equal('Not covered by our sources');
      expect(cell(el, 'cbt', 'onset').querySelector('a')).to.be.null;
      expect(textOf(cell(el, 'ssri', 'mechanism'))).to.equal('Not covered by our sources');
      // Only the counts the evidence file verifies (NHS Wales; NICE's guided self-help), never NICE's "12–15".
      const cbt = textOf(cell(el, 'cbt', 'administration'));
      expect(cbt).to.include('one-hour session every week for 3 to 4 months');
      expect(cbt).to.include('5 to 7 sessions of 20 to 30 minutes');
      expect(cbt).not.to.match(/12\s*(–|-|to)\s*15/);
    });

    it('fills the comparator cells the evidence file supports, without unverified rates', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      expect(textOf(cell(el, 'ssri', 'onset')))
        .to.include('several weeks')
        .and.include('12 weeks');
      const ssriRisks = textOf(cell(el, 'ssri', 'risks'));
      expect(ssriRisks).to.include('feeling agitated, shaky or anxious').and.include('Sexual problems can last');
      expect(ssriRisks, 'side-effect rates are UNVERIFIED').not.to.match(/\d+\s*%/);
      expect(textOf(cell(el, 'ssri', 'regulation')))
        .to.include('NICE')
        .and.include('sertraline');
      expect(textOf(cell(el, 'benzodiazepine', 'regulation'))).to.include('except for a short time during a crisis');
      expect(textOf(cell(el, 'cbt', 'regulation'))).to.include('one-to-one CBT');
    });

    it('says how ketamine might work, and keeps every FDA risk', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      expect(textOf(cell(el, 'ketamine', 'mechanism'))).to.include('how ketamine might ease anxiety');
      const risks = textOf(cell(el, 'ketamine', 'risks'));
      for (const risk of ['abuse and misuse', 'psychiatric', 'raised blood pressure', 'slowed breathing', 'bladder']) {
        expect(risks).to.include(risk);
      }
      expect(textOf(cell(el, 'ketamine', 'onset'))).to.include('shot under the skin');
      // The anesthetic label's warning on other sedating drugs (evidence.md §I, ketalar-label), cited to it.
      expect(risks)
        .to.include('Ketamine’s anesthetic label warns')
        .and.include(
          'drugs that make you sleepy, like benzodiazepines (some anxiety medicines) or opioids (strong painkillers)',
        )
        .and.include('may cause very deep sleep, slowed breathing, coma or death')
        .and.include('Tell your clinic about all your medicines');
      const cited = [...cell(el, 'ketamine', 'risks').querySelectorAll('a.footnote')].map((a) =>
        textOf(root(el).getElementById(a.getAttribute('href')!.slice(1))),
      );
      expect(cited.join(' ')).to.include(source('ketalar-label').citation);
    });

    it('gives the one approved form’s label warnings, as warnings of the nasal spray only', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const citedIn = (criterion: string) =>
        [...cell(el, 'ketamine', criterion).querySelectorAll('a.footnote')].map((a) =>
          textOf(root(el).getElementById(a.getAttribute('href')!.slice(1))),
        );
      // Like the SSRI and benzodiazepine columns, ketamine's names the Boxed Warning (evidence.md §I spravato-label).
      const regulation = textOf(cell(el, 'ketamine', 'regulation'));
      expect(regulation).to.include(
        'esketamine (Spravato) nasal spray. It is approved only for some types of depression. Its 2019 label has a Boxed Warning about sleepiness, dissociation (feeling detached), abuse and misuse, and suicidal thoughts and behaviors',
      );
      expect(citedIn('regulation').join(' ')).to.include(source('spravato-label').citation);
      // Who must not have it, pregnancy and the cautions, in a table embedded alone (evidence.md §I spravato-label).
      const risks = textOf(cell(el, 'ketamine', 'risks'));
      expect(risks)
        .to.include('The approved nasal spray has a Boxed Warning')
        // Review 7, D3: each of the spray's rules names the spray, not only a pronoun.
        .and.include('The nasal spray may harm an unborn baby')
        .and.include(
          'People with a bulging or tangled blood vessel, past brain bleeding or an allergy to it must not use the spray',
        )
        .and.include(
          'The spray needs extra care with psychosis (losing touch with what is real) or past drug problems',
        );
      expect(citedIn('risks').join(' ')).to.include(source('spravato-label').citation);
      // Review 4, D3: like the SSRI column, the risks row names its Boxed Warning's topics, suicidal thoughts included,
      // so a phone (where the regulation row waits behind "More about") sees them; and the spray's sleepiness and
      // passing out, 48% to 61% and 0.3% to 0.4% in its depression trials (evidence.md §I spravato-label).
      expect(risks)
        .to.include(
          'The approved nasal spray has a Boxed Warning about sleepiness, feeling detached, abuse and misuse, and suicidal thoughts and behaviors',
        )
        .and.include('In its depression studies, about 5 to 6 in 10 became sleepy and 3 or 4 in 1,000 passed out');
      // The psychosis-like effects of the largest PTSD trial (evidence.md §B abdallah-2022-ptsd), cited to it.
      expect(risks)
        .to.include('feeling detached (dissociation), odd thoughts (psychosis-like effects)')
        .and.include('In the largest PTSD trial (158 people), the first two were gone within 2 hours');
      expect(citedIn('risks').join(' ')).to.include(source('abdallah-2022-ptsd').citation);
      // The same plain bladder words as the safety facts.
      expect(risks).to.include('severe inflammation of the bladder wall, with sores (ulcerative cystitis)');
      // The interaction warning of the anesthetic label (§I ketalar-label) and the FDA's listed risks (§D).
      expect(risks)
        .to.include(
          'Ketamine’s anesthetic label warns: with drugs that make you sleepy, like benzodiazepines (some anxiety medicines) or opioids (strong painkillers), it may cause very deep sleep, slowed breathing, coma or death',
        )
        .and.include(
          'The FDA lists abuse and misuse, mental health (psychiatric) problems, raised blood pressure, slowed breathing, and bladder and urinary problems',
        );
      // Short sentences, and no longer than its safety facts need (every one above is kept). Review 4, D3 added the
      // Boxed Warning's four topics and the sleepiness and passing-out rates (26 words); other sentences gave back 8,
      // so the cap rose from 185 to 200. Review 7, D3 named the spray in each of its three rules instead of "it"
      // (4 words), so the cap is 204.
      expect(wordsIn(cell(el, 'ketamine', 'risks'))).to.be.at.most(204);
      expect(longestSentence(cell(el, 'ketamine', 'risks'))).to.be.at.most(30);
    });

    it('keeps the ketamine onset and evidence cells short, in short sentences', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      // 140: review 6 (D2) added that the small studies mixed generalized and social anxiety, and the tablet study's mood
      // results; 155: review 15 (D2) gave the doctors' response beside the patients' own (§A taylor-2018-sad), 149 words.
      for (const criterion of ['onset', 'evidence']) {
        expect(wordsIn(cell(el, 'ketamine', criterion)), criterion).to.be.at.most(155);
        expect(longestSentence(cell(el, 'ketamine', criterion)), criterion).to.be.at.most(25);
      }
    });

    it('gives the ketamine onset its caveat: weak comparisons, about a week, never compared with the others', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const onset = textOf(cell(el, 'ketamine', 'onset'));
      expect(onset).to.match(/^Fast in two small studies, but neither had a good comparison group\./);
      expect(onset).to.include('One study had no comparison group');
      // Review 15, H3: the design in plain words (evidence.md §A glue-2020-replication).
      expect(onset).to.include('The other slipped one dose of a calming drug (midazolam) in among the ketamine doses');
      expect(onset).to.include('Everyone got the ketamine doses in the same order');
      expect(onset).to.include('lasted up to about a week');
      expect(onset).to.include('No study we checked put ketamine side by side with SSRIs or benzodiazepines');
      // The review's effect was against a placebo, and most of its trials were at high risk of bias (§C hartland-2023-ma),
      // said in plain words (review 4, H1).
      expect(onset)
        .to.include('found that anxiety fell more than with a placebo (a dummy treatment)')
        .and.include('The effect was biggest in the first 12 hours')
        .and.include('But 11 of the 14 trials had flaws that could skew their results');
      expect(onset).not.to.include('risk of bias');
      // The same caveat in the card view, where onset is among the first rows.
      const card = root(el).querySelector('.card[data-therapy="ketamine"] .fact[data-criterion="onset"]')!;
      expect(textOf(card)).to.include('neither had a good comparison group');
    });

    it('keeps the nuance: null PTSD results, sample sizes and off-label status', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const evidence = textOf(cell(el, 'ketamine', 'evidence'));
      expect(evidence).to.include('could have been due to chance');
      expect(evidence).not.to.include('pooled');
      expect(evidence).to.include('158 people');
      expect(evidence).to.include('found no effect on PTSD symptoms');
      expect(evidence).to.include('ketamine did better than a calming drug (midazolam)');
      // Review 6, D2: the small "generalized anxiety" studies mixed GAD and SAD; the tablet study reported mood.
      expect(evidence).to.include('mixed people with generalized and social anxiety');
      // Review 7, D2: evidence.md §A glue-2020-r107 gives only "mood ratings" as its results.
      expect(evidence).to.include('reported mood results only').and.not.to.include('measured mood');
      expect(evidence).to.include('only one small trial (18 people) compared ketamine with a placebo');
      // Review 15, D2: the doctors' response first (§A taylor-2018-sad: LSAS 33.33% vs 0%).
      expect(evidence).to.include(
        'Doctors rated anxiety as better: it fell by 35% or more in about 3 in 10 on ketamine and in none on placebo.',
      );
      // Taylor 2018 (§A): the overall self-rated scores did not differ, but more met the self-rated response goal.
      expect(evidence).to.include('Patients’ overall self-rated anxiety scores did not differ');
      expect(evidence).to.include(
        'anxiety fell by half or more in about 9 in 10 on ketamine and about 5 in 10 on placebo',
      );
      expect(evidence).not.to.include('own ratings did not differ');
      expect(evidence).to.include('no randomized trial in this condition alone');
      expect(evidence).to.include('and had no good comparison group');
      expect(evidence).to.include('A tablet study (7 people with depression and anxiety) reported mood results only');
      // Short enough for a table cell (the reviewer counted 196 words; Taylor 2018's self-rated response rates, added
      // so the null overall self-rating does not hide them, cost about 20, and review 6's scope of the small studies
      // about 6 more); footnote links are not words.
      const prose = cell(el, 'ketamine', 'evidence').cloneNode(true) as Element;
      for (const link of prose.querySelectorAll('a.footnote')) link.remove();
      expect(
        textOf(prose)
          .split(/\s+/)
          .filter((w) => /\p{L}/u.test(w)).length,
      ).to.be.within(80, 155);
      expect(evidence).not.to.include('small studies of 12 people');
      // Not collecting CBT's numbers is not a verdict on its evidence.
      const cbt = textOf(cell(el, 'cbt', 'evidence'));
      expect(cbt).to.include('We did not collect trial numbers').and.include('This does not mean its evidence is weak');
      expect(cbt).not.to.include('cannot rate');
      expect(textOf(cell(el, 'ketamine', 'duration'))).to.include('we do not know if the benefit lasted longer');
      expect(textOf(cell(el, 'ketamine', 'regulation'))).to.include('off-label');
      // Review 14, D2: as the approval says (evidence.md §D fda-2019-spravato), not all depression.
      expect(textOf(cell(el, 'ketamine', 'regulation'))).to.include('approved only for some types of depression');
      // The nasal spray's rules are said to be its own, not those of IV ketamine; review 14, D1: and no label sets
      // rules for the other forms, so the cell does not read as "no watching needed" (§I ketalar-label, §K).
      expect(textOf(cell(el, 'ketamine', 'regulation'))).to.include(
        'These rules are for the nasal spray. No FDA label sets rules for ketamine by drip, shot or tablet in mental health: ask your clinic.',
      );
      // The question asks "approved or recommended": no guideline in our sources recommends it (§D, §J).
      expect(textOf(cell(el, 'ketamine', 'regulation'))).to.include(
        'Our sources include no guideline that recommends ketamine for anxiety or PTSD.',
      );
    });

    it('every fact cell has a footnote', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      for (const td of root(el).querySelectorAll('tbody td')) {
        const covered = !td.querySelector('.not-covered');
        expect(td.querySelectorAll('a.footnote').length > 0, `${textOf(td).slice(0, 40)}…`).to.equal(covered);
      }
    });

    it('the table region is keyboard focusable and named by the caption', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const region = root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      const caption = root(el).getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(caption.localName).to.equal('caption');
      region.focus();
      expect(root(el).activeElement).to.equal(region);
    });

    it('keeps the header row sticky on screen and static in print', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const th = root(el).querySelector('thead th')!;
      expect(getComputedStyle(th).position).to.equal('sticky');
      try {
        await setMedia('print');
        expect(getComputedStyle(th).position).to.equal('static');
        expect(displayed(root(el).querySelector('.scroller'))).to.be.true;
        expect(displayed(root(el).querySelector('.cards'))).to.be.false;
      } finally {
        await setMedia('screen');
      }
    });
  });

  describe('attributes', () => {
    it('therapies and criteria choose and order the columns and rows', async () => {
      const el = await render(
        html`<ketamine-therapy-comparison
          therapies="cbt ketamine"
          criteria="risks onset"
        ></ketamine-therapy-comparison>`,
      );
      expect(columnIds(el)).to.deep.equal(['cbt', 'ketamine']);
      expect(rowIds(el)).to.deep.equal(['risks', 'onset']);
      el.setAttribute('therapies', 'ssri benzodiazepine ssri');
      await el.updateComplete;
      expect(columnIds(el), 'duplicates dropped').to.deep.equal(['ssri', 'benzodiazepine']);
      await expect(el).to.be.accessible();
    });

    it('highlight marks the column with a border and a written label', async () => {
      const el = await render(html`<ketamine-therapy-comparison highlight="ketamine"></ketamine-therapy-comparison>`);
      const th = root(el).querySelector('thead th[data-therapy="ketamine"]')!;
      expect(th.hasAttribute('data-highlighted')).to.be.true;
      expect(th.getAttribute('part')).to.include('highlighted');
      expect(textOf(th.querySelector('[part~="marker"]'))).to.equal('Highlighted');
      expect(getComputedStyle(th).borderInlineStartWidth).to.equal('3px');
      const otherTh = root(el).querySelector('thead th[data-therapy="ssri"]')!;
      expect(otherTh.hasAttribute('data-highlighted')).to.be.false;
      expect(otherTh.querySelector('[part~="marker"]')).to.be.null;
      for (const td of root(el).querySelectorAll('tbody td[data-therapy="ketamine"]')) {
        expect(td.hasAttribute('data-highlighted')).to.be.true;
      }
      expect(root(el).querySelectorAll('td[data-highlighted]')).to.have.length(CRITERION_IDS.length);
      const card = root(el).querySelector('.card[data-therapy="ketamine"]')!;
      expect(card.hasAttribute('data-highlighted')).to.be.true;
      expect(textOf(card.querySelector('[part~="card-heading"]'))).to.include('Highlighted');
      await expect(el).to.be.accessible();
    });

    it('unknown ids warn once, naming the attribute and the allowed ids, and are ignored', async () => {
      let el!: El;
      const warnings = await captureConsole('warn', async () => {
        el = await render(
          html`<ketamine-therapy-comparison
            therapies="ketamine cost ssri"
            criteria="price onset"
            highlight="nope"
          ></ketamine-therapy-comparison>`,
        );
        await setLocale('es');
        await el.updateComplete;
      });
      const messages = warnings.map((args) => String(args[0]));
      expect(messages).to.have.length(3);
      expect(messages.find((m) => m.includes('therapies="ketamine cost ssri"')))
        .to.include('"cost"')
        .and.include('"benzodiazepine"');
      expect(messages.find((m) => m.includes('criteria="price onset"')))
        .to.include('"price"')
        .and.include('"regulation"');
      expect(messages.find((m) => m.includes('highlight="nope"'))).to.include('"cbt"');
      expect(columnIds(el)).to.deep.equal(['ketamine', 'ssri']);
      expect(rowIds(el)).to.deep.equal(['onset']);
      expect(root(el).querySelector('[data-highlighted]')).to.be.null;
    });

    it('falls back to the default when nothing valid is left', async () => {
      let el!: El;
      const warnings = await captureConsole('warn', async () => {
        el = await render(html`<ketamine-therapy-comparison therapies="cost"></ketamine-therapy-comparison>`);
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('therapies="cost"').and.include('"ketamine"');
      expect(columnIds(el)).to.deep.equal([...THERAPY_IDS]);
    });
  });

  describe('footnotes', () => {
    it('every footnote link resolves to a source in the footer, and each source links back', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const footer = root(el).querySelector('[part~="footer"]')!;
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('table a.footnote')];
      expect(links.length).to.be.greaterThan(20);
      for (const link of links) {
        const id = link.getAttribute('href')!.slice(1);
        const target = root(el).getElementById(id);
        expect(target, id).to.exist;
        expect(footer.contains(target)).to.be.true;
        expect(link.getAttribute('data-source')).to.equal(id.replace('source-', ''));
      }
      for (const back of footer.querySelectorAll<HTMLAnchorElement>('a.back')) {
        const ref = root(el).getElementById(back.getAttribute('href')!.slice(1));
        expect(ref, back.getAttribute('href')!).to.exist;
        expect(ref!.closest('table')).to.exist;
      }
    });

    it('points each cell to the right source', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const citedIn = (therapy: string, criterion: string) =>
        [...cell(el, therapy, criterion).querySelectorAll('a.footnote')].map((a) =>
          textOf(root(el).getElementById(a.getAttribute('href')!.slice(1))),
        );
      expect(citedIn('benzodiazepine', 'risks')).to.have.length(1);
      expect(citedIn('benzodiazepine', 'risks')[0]).to.include(source('fda-2020-benzodiazepines').citation);
      expect(citedIn('benzodiazepine', 'regulation').join(' ')).to.include(
        'Boxed Warning required on all benzodiazepines',
      );
      expect(citedIn('ketamine', 'regulation').join(' ')).to.include(source('fda-2023-compounded-ketamine').citation);
      expect(citedIn('ketamine', 'regulation').join(' ')).to.include('Spravato');
      expect(citedIn('ssri', 'onset').join(' ')).to.include('Jakubovski');
      expect(citedIn('ketamine', 'risks').join(' ')).to.include('Shahani');
      expect(citedIn('cbt', 'evidence').join(' ')).to.include('CG113').and.include('CG159');
      expect(citedIn('cbt', 'administration').join(' ')).to.include('NHS 111 Wales').and.include('CG113');
      expect(citedIn('ssri', 'risks').join(' ')).to.include('hse.ie');
      expect(citedIn('benzodiazepine', 'regulation').join(' ')).to.include('CG113');
      const doiLinks = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="source"] a[part~="link"]')];
      expect(doiLinks.some((a) => a.href === 'https://doi.org/10.1017/S1092852924000142')).to.be.true;
    });

    it('numbers sources 1..N in order of first appearance in the shown table', async () => {
      for (const attrs of [{}, { therapies: 'cbt benzodiazepine ketamine', criteria: 'regulation risks' }]) {
        const el = document.createElement('ketamine-therapy-comparison');
        Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
        document.body.append(el);
        await settled(el);
        await el.updateComplete;
        const numbers = [...root(el).querySelectorAll('table a.footnote')].map((a) =>
          Number(a.getAttribute('data-source')),
        );
        const firsts = numbers.filter((n, i) => numbers.indexOf(n) === i);
        expect(firsts).to.deep.equal(firsts.map((_, i) => i + 1));
        const items = [...root(el).querySelectorAll('[part~="sources"] > li')];
        expect(items.map((li) => li.id)).to.deep.equal(firsts.map((n) => `source-${n}`));
        // The visible numbers match the ordered list's numbering.
        const first = root(el).querySelector('table a.footnote')!;
        expect(first.querySelector('[aria-hidden]')!.textContent).to.equal('1');
        el.remove();
      }
    });

    it('the regulation row alone numbers its own sources from 1, in citing order', async () => {
      const el = await render(
        html`<ketamine-therapy-comparison
          therapies="benzodiazepine"
          criteria="regulation"
        ></ketamine-therapy-comparison>`,
      );
      const items = [...root(el).querySelectorAll('[part~="sources"] > li')];
      expect(items).to.have.length(2);
      expect(textOf(items[0])).to.include('Boxed Warning required on all benzodiazepines');
      expect(textOf(items[1])).to.include('CG113');
    });

    it('following a footnote focuses its source, and the back link returns to the footnote', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const link = root(el).querySelector<HTMLAnchorElement>('table a.footnote')!;
      link.click();
      expect(root(el).activeElement?.id).to.equal('source-1');
      root(el).querySelector<HTMLAnchorElement>('#source-1 a.back')!.click();
      expect(root(el).activeElement).to.equal(link);
    });
  });

  describe('narrow container', () => {
    it('shows one card per therapy below 40rem, and the table at 1000px', async () => {
      const narrow = await render(
        html`<div style="inline-size: 320px">
          <ketamine-therapy-comparison highlight="cbt"></ketamine-therapy-comparison>
        </div>`,
      );
      expect(displayed(root(narrow).querySelector('.cards'))).to.be.true;
      expect(displayed(root(narrow).querySelector('.scroller')), 'the wide table is display:none').to.be.false;
      const cards = [...root(narrow).querySelectorAll('[part~="card"]')];
      expect(cards.map((c) => c.getAttribute('data-therapy'))).to.deep.equal([...THERAPY_IDS]);
      const firstCard = cards[0]!;
      expect(firstCard.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect([...firstCard.querySelectorAll('dt')].map((dt) => textOf(dt))).to.have.length(CRITERION_IDS.length);
      await expect(narrow).to.be.accessible();

      // In the card view the back link returns to the footnote in the card, which is the one displayed.
      root(narrow).querySelector<HTMLAnchorElement>('#source-1 a.back')!.click();
      expect(root(narrow).activeElement?.id).to.equal('ref-cards-1');

      const wide = await render(
        html`<div style="inline-size: 1000px"><ketamine-therapy-comparison></ketamine-therapy-comparison></div>`,
      );
      expect(displayed(root(wide).querySelector('.scroller'))).to.be.true;
      expect(displayed(root(wide).querySelector('table'))).to.be.true;
      expect(displayed(root(wide).querySelector('.cards'))).to.be.false;
    });

    it('works right to left, narrow and wide', async () => {
      for (const width of ['320px', '1000px']) {
        const el = await render(
          html`<div dir="rtl" style="inline-size: ${width}">
            <ketamine-therapy-comparison highlight="ketamine"></ketamine-therapy-comparison>
          </div>`,
        );
        // The widget's direction follows its locale (no right-to-left locale ships yet): force it to check the layout.
        root(el).querySelector<HTMLElement>('.root')!.dir = 'rtl';
        if (width === '1000px') {
          const [first, second] = [...root(el).querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
          expect(first!.left, 'the first column is on the right').to.be.greaterThan(second!.left);
          const rowHeader = root(el).querySelector('tbody th')!.getBoundingClientRect();
          expect(rowHeader.left).to.be.greaterThan(first!.left);
        } else {
          expect(displayed(root(el).querySelector('.cards'))).to.be.true;
        }
        await expect(el).to.be.accessible();
      }
    });

    it('passes axe in dark theme', async () => {
      const el = await render(
        html`<ketamine-therapy-comparison theme="dark" highlight="ssri"></ketamine-therapy-comparison>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('concise first view', () => {
    it('each card shows how fast, the evidence and the risks; its other rows wait, in the DOM, behind "More about"', async () => {
      const el = await narrowComparison();
      const cards = [...root(el).querySelectorAll('[part~="card"]')];
      expect(cards).to.have.length(THERAPY_IDS.length);
      for (const card of cards) {
        expect(rendered(card.querySelector('[part~="card-heading"]'))).to.be.true;
        expect(shownRows(card)).to.deep.equal(['onset', 'evidence', 'risks']);
        const details = card.querySelector<HTMLDetailsElement>('details[part="details"]')!;
        expect(details.open).to.be.false;
        expect([...details.querySelectorAll<HTMLElement>('.fact')].map((f) => f.dataset['criterion'])).to.deep.equal([
          'mechanism',
          'administration',
          'duration',
          'regulation',
        ]);
      }
      const ketamine = root(el).querySelector('[part~="card"][data-therapy="ketamine"]')!;
      expect(rendered(ketamine.querySelector('[part~="marker"]')), 'the highlighted card keeps its label').to.be.true;
      expect(textOf(ketamine.querySelector('summary'))).to.equal('More about Ketamine');
      // The null PTSD results and the risks (FDA list, interaction warning, the spray's label) stay in the first view.
      expect(textOf(ketamine.querySelector('[data-criterion="evidence"]'))).to.include('found no effect on PTSD');
      const risks = ketamine.querySelector('[data-criterion="risks"]')!;
      expect(rendered(risks)).to.be.true;
      expect(textOf(risks))
        .to.include('bladder')
        .and.include('coma or death')
        .and.include('The approved nasal spray has a Boxed Warning about sleepiness')
        .and.include('suicidal thoughts and behaviors');
      // A card with no risks in our sources says so in its first view rather than hiding the row.
      const cbtRisks = root(el).querySelector('[part~="card"][data-therapy="cbt"] [data-criterion="risks"]')!;
      expect(rendered(cbtRisks)).to.be.true;
      expect(textOf(cbtRisks)).to.include('Not covered by our sources');
      const regulation = ketamine.querySelector('[data-criterion="regulation"]')!;
      expect(textOf(regulation)).to.include('not approved');
      expect(rendered(regulation)).to.be.false;
      expect(rendered(root(el).querySelector('[part~="sources"]'))).to.be.false;
    });

    it('shows the first chosen row when neither key row is chosen, and no disclosure when nothing is left', async () => {
      const el = await narrowComparison();
      el.criteria = 'mechanism regulation';
      await el.updateComplete;
      const card = root(el).querySelector('[part~="card"]')!;
      expect(shownRows(card)).to.deep.equal(['mechanism']);
      el.criteria = 'evidence onset';
      await el.updateComplete;
      expect(shownRows(card)).to.deep.equal(['evidence', 'onset']);
      expect(card.querySelector('details')).to.equal(null);
    });

    it('a source’s back link opens the closed card that cites it and focuses the footnote', async () => {
      const el = await narrowComparison();
      const hidden = [...root(el).querySelectorAll<HTMLElement>('[id^="ref-cards-"]')].find((a) => !rendered(a))!;
      const n = hidden.dataset['source']!;
      root(el).querySelector<HTMLAnchorElement>(`#source-${n} a.back`)!.click();
      expect(hidden.closest('details')!.open).to.be.true;
      expect(root(el).activeElement).to.equal(hidden);
      // And from there, the footnote goes back to its source, opening the source list if closed.
      root(el).querySelector<HTMLDetailsElement>('details.sources')!.open = false;
      hidden.click();
      expect(root(el).querySelector<HTMLDetailsElement>('details.sources')!.open).to.be.true;
      expect(root(el).activeElement?.id).to.equal(`source-${n}`);
    });

    it('a footnote in the table opens "Sources (N)" and focuses its source; the back link returns', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      const sources = root(el).querySelector<HTMLDetailsElement>('details.sources')!;
      expect(sources.open).to.be.false;
      expect(textOf(root(el).querySelector('[part="sources-toggle"]'))).to.match(/^Sources \(\d+\)$/);
      const link = root(el).querySelector<HTMLAnchorElement>('table a.footnote[data-source="2"]')!;
      link.click();
      expect(sources.open).to.be.true;
      expect(root(el).activeElement?.id).to.equal('source-2');
      root(el).querySelector<HTMLAnchorElement>('#source-2 a.back')!.click();
      expect(root(el).activeElement).to.equal(link);
    });

    it('opens every card and the sources with expanded, also when set after the first render', async () => {
      const el = await narrowComparison();
      await expectExpandedOpensAll(el);
      const open = await narrowComparison(true);
      expect(disclosuresOf(open).every((d) => d.open)).to.be.true;
      expect(rendered(root(open).querySelector('[data-therapy="ketamine"] [data-criterion="risks"]'))).to.be.true;
    });

    it('opens every disclosure for print and restores them afterwards', async () => {
      const el = await narrowComparison();
      await expectPrintOpensAll(el, disclosuresOf(el)[0]!);
    });

    it('opens a card with Enter and closes it with Space; the sources toggle too', async () => {
      const el = await narrowComparison();
      for (const details of [root(el).querySelector('[part~="card"] details')!, root(el).querySelector('.sources')!]) {
        const toggle = summaryOf(details as HTMLDetailsElement);
        expect(toggle.getBoundingClientRect().height).to.be.at.least(24);
        toggle.focus();
        await sendKeys({ press: 'Enter' });
        expect((details as HTMLDetailsElement).open, textOf(toggle)).to.be.true;
        expect(getComputedStyle(toggle).outlineStyle, 'focus ring').not.to.equal('none');
        await sendKeys({ press: ' ' });
        expect((details as HTMLDetailsElement).open).to.be.false;
      }
    });

    it('names each card’s disclosure in the page’s language, right to left in Arabic', async () => {
      const el = await narrowComparison();
      await setLocale('ar');
      await el.updateComplete;
      expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      const summary = root(el).querySelector<HTMLElement>('[data-therapy="ketamine"] summary')!;
      expect(textOf(summary)).to.equal('المزيد عن الكيتامين');
      const card = summary.closest('[part~="card"]')!.getBoundingClientRect();
      expect(card.right - summary.getBoundingClientRect().right, 'starts at the right edge').to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('passes axe narrow, closed and open, light and dark', async () => {
      const el = await narrowComparison();
      await expect(el).to.be.accessible();
      el.expanded = true;
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('puts the clinic action after the comparison and before the fine print, and takes no room without one', async () => {
      for (const width of ['320px', '1000px']) {
        const host = await fixture<HTMLElement>(
          html`<div style="inline-size: ${width}"><ketamine-therapy-comparison></ketamine-therapy-comparison></div>`,
        );
        const el = host.firstElementChild as El;
        await settled(el);
        const view = root(el).querySelector(width === '320px' ? '[part~="cards"]' : '[part~="scroller"]')!;
        await expectActionsSlot(el, root(el).querySelector('[part~="glossary"]') ?? view);
        expect(view.querySelector('slot'), 'never inside the sourced facts').to.equal(null);
      }
      const withAction = await render(
        html`<ketamine-therapy-comparison
          ><a slot="actions" href="#book">Book a consultation</a></ketamine-therapy-comparison
        >`,
      );
      expect(rendered(root(withAction).querySelector('[part="actions"]'))).to.be.true;
    });
  });

  describe('clinic additions', () => {
    it('adds a clinic column and row from inline JSON, with their own footnotes, and passes axe', async () => {
      const el = await withJson(JSON.stringify(clinicAdditions()), { highlight: 'tms' });
      expect(columnIds(el)).to.deep.equal([...THERAPY_IDS, 'tms']);
      expect(rowIds(el)).to.deep.equal([...CRITERION_IDS, 'visit-length']);
      expect(textOf(root(el).querySelector('thead th[data-therapy="tms"]'))).to.include('TMS at Sunrise Clinic');
      expect(textOf(cell(el, 'tms', 'administration'))).to.include('sessions at our clinic');
      expect(textOf(cell(el, 'tms', 'mechanism'))).to.equal('Not covered by our sources');
      expect(textOf(cell(el, 'ketamine', 'visit-length'))).to.include('About 2 hours');
      expect(textOf(cell(el, 'tms', 'visit-length'))).to.include('About 20 minutes');
      expect(textOf(cell(el, 'ssri', 'visit-length'))).to.equal('Not covered by our sources');
      const ref = cell(el, 'tms', 'administration').querySelector('a.footnote')!;
      const target = root(el).getElementById(ref.getAttribute('href')!.slice(1))!;
      expect(textOf(target)).to.include('Sunrise Clinic. TMS protocol, 2025.');
      expect(target.querySelector<HTMLAnchorElement>('a[part~="link"]')!.href).to.equal('https://example.org/tms');
      await expect(el).to.be.accessible();
    });

    it('clinic ids work in the attributes', async () => {
      const el = await withJson(JSON.stringify(clinicAdditions()), {
        therapies: 'tms ketamine',
        criteria: 'visit-length onset',
      });
      expect(columnIds(el)).to.deep.equal(['tms', 'ketamine']);
      expect(rowIds(el)).to.deep.equal(['visit-length', 'onset']);
    });

    it('picks the Spanish clinic text after setLocale("es"), falling back to English', async () => {
      const el = await withJson(JSON.stringify(clinicAdditions()));
      await setLocale('es');
      await el.updateComplete;
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('es');
      expect(textOf(root(el).querySelector('thead th[data-therapy="tms"]'))).to.include('EMT en la Clínica Sunrise');
      expect(textOf(cell(el, 'tms', 'administration'))).to.include('sesiones en nuestra clínica');
      expect(textOf(cell(el, 'tms', 'onset'))).to.include('Fictional onset text only in English.');
      expect(textOf(root(el).querySelector('tbody tr[data-criterion="visit-length"] th'))).to.equal(
        'Duración de una visita',
      );
      expect(textOf(root(el).querySelector('[part~="sources"]'))).to.include('Clínica Sunrise. Preguntas frecuentes.');
      await setLocale('en');
      await el.updateComplete;
      expect(textOf(cell(el, 'tms', 'administration'))).to.include('sessions at our clinic');
    });

    it('accepts the additions property, which wins over the JSON child', async () => {
      let el!: El;
      await captureConsole('error', async () => {
        el = await withJson('{ "broken"');
      });
      expect(root(el).querySelector('[part~="error"]')).to.exist;
      el.additions = clinicAdditions();
      await waitUntil(() => root(el).querySelector('table'), 'table shown');
      expect(columnIds(el)).to.include('tms');
    });

    it('shows clinic text as text, never as HTML', async () => {
      const additions = clinicAdditions();
      additions.therapies![0]!.name = '<img src=x onerror="window.__pwned=1"><b>TMS</b>';
      const el = document.createElement('ketamine-therapy-comparison');
      el.additions = additions;
      document.body.append(el);
      await settled(el);
      await el.updateComplete;
      expect(root(el).querySelector('img, b')).to.be.null;
      expect(textOf(root(el).querySelector('thead th[data-therapy="tms"]'))).to.include('<img src=x');
    });

    it('re-reads the JSON child when it changes', async () => {
      const el = await withJson(JSON.stringify({ therapies: [] }));
      expect(columnIds(el)).to.deep.equal([...THERAPY_IDS]);
      el.querySelector('script')!.textContent = JSON.stringify(clinicAdditions());
      await waitUntil(() => columnIds(el).includes('tms'), 'clinic column added');
    });

    const invalid: [string, string, string][] = [
      ['broken JSON', '{ "therapies": [', ''],
      ['a missing field', JSON.stringify({ therapies: [{ id: 'tms', cells: {} }] }), 'therapies[0].name'],
      ['a wrong type', JSON.stringify({ therapies: 'tms' }), 'therapies'],
      [
        'a duplicate id',
        JSON.stringify({
          therapies: [
            { id: 'tms', name: 'A', cells: {} },
            { id: 'tms', name: 'B', cells: {} },
          ],
        }),
        'therapies[1].id',
      ],
      [
        'a built-in id reused',
        JSON.stringify({ criteria: [{ id: 'onset', label: 'Onset', cells: {} }] }),
        'criteria[0].id',
      ],
      [
        'a footnote to an undeclared source',
        JSON.stringify({
          therapies: [{ id: 'tms', name: 'TMS', cells: { onset: { text: 'x', sources: ['nope'] } } }],
          sources: [{ id: 'sunrise', citation: 'S' }],
        }),
        'therapies[0].cells.onset.sources[0]',
      ],
      [
        'a cell keyed by an unknown row',
        JSON.stringify({ therapies: [{ id: 'tms', name: 'TMS', cells: { cost: { text: '$' } } }] }),
        'therapies[0].cells.cost',
      ],
      [
        'a javascript: url',
        JSON.stringify({ sources: [{ id: 's', citation: 'S', url: 'javascript:alert(1)' }] }),
        'sources[0].url',
      ],
      [
        'an unknown field',
        JSON.stringify({ therapies: [{ id: 'tms', name: 'TMS', cells: {}, colour: 'red' }] }),
        'therapies[0].colour',
      ],
      [
        'a per-locale text without English',
        JSON.stringify({ therapies: [{ id: 'tms', name: { es: 'EMT' }, cells: {} }] }),
        'therapies[0].name',
      ],
    ];
    for (const [what, json, path] of invalid) {
      it(`shows the error panel for ${what}, naming the path`, async () => {
        const { paths, panel } = await expectError(json);
        expect(paths).to.include(path);
        expect(panel).to.include('This comparison table could not be shown');
        if (path) expect(panel).to.include(path);
      });
    }

    it('names the declared sources when a footnote points elsewhere', async () => {
      const { panel } = await expectError(
        JSON.stringify({
          therapies: [{ id: 'tms', name: 'TMS', cells: { onset: { text: 'x', sources: ['nope'] } } }],
          sources: [{ id: 'sunrise', citation: 'S' }],
        }),
      );
      expect(panel).to.include('sunrise').and.include('"nope"');
    });
  });

  describe('locale', () => {
    it('re-renders on a locale switch', async () => {
      const el = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
      await setLocale('es');
      await el.updateComplete;
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('es');
      expect(textOf(root(el).querySelector('[part~="disclaimer"]'))).to.include(
        'La ketamina no está aprobada por la FDA',
      );
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(textOf(root(el).querySelector('[part~="disclaimer"]'))).to.include('Ketamine is not FDA-approved');
    });
  });
});
