import { expect, html, oneEvent } from '@open-wc/testing';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import type { ComparisonInput, KetamineTherapyComparison } from '../../src/index.js';
import {
  CELLS,
  CRITERION_LABELS,
  THERAPY_IDS,
  type TherapyId,
} from '../../src/elements/therapy-comparison/therapies.js';
import { QUESTIONS } from '../../src/elements/therapy-comparison/questions.js';
import { captureConsole, textOf, withInlineJson } from '../support/helpers.js';
import { renderComparison } from '../support/comparison.js';
import { setMedia } from '../support/media.js';
import { disclosuresOf, expectExpandedOpensAll } from '../support/concise-first.js';

/* rows="questions": the comparison's cells under patients' questions (issue 23, part 3). */

type El = KetamineTherapyComparison;

const QUESTION_IDS = QUESTIONS.map((q) => q.id);
const NOT_COVERED = 'Not covered by our sources';

const render = renderComparison;
const questions = (attributes = '') =>
  render(
    html`<div style="inline-size: 1000px">
      <ketamine-therapy-comparison rows="questions" criteria=${attributes}></ketamine-therapy-comparison>
    </div>`,
  );
const narrowQuestions = (expanded = false) =>
  render(
    html`<div style="inline-size: 320px">
      <ketamine-therapy-comparison
        rows="questions"
        highlight="ketamine"
        ?expanded=${expanded}
      ></ketamine-therapy-comparison>
    </div>`,
  );

const root = (el: El) => el.shadowRoot!;
/** Each body row's id: a question's, or a criterion's (a row of its own). */
const rowIds = (el: El) =>
  [...root(el).querySelectorAll<HTMLElement>('tbody tr')].map(
    (tr) => tr.dataset['question'] ?? `criterion:${tr.dataset['criterion']}`,
  );
const answer = (el: El, question: string, therapy: string) =>
  root(el).querySelector(`tbody tr[data-question="${question}"] td[data-therapy="${therapy}"]`)!;
/** An answer's prose, without its footnotes and the therapy's name it is printed under. */
const proseOf = (node: Element) => {
  const prose = node.cloneNode(true) as Element;
  for (const extra of prose.querySelectorAll('.refs, .printed-name')) extra.remove();
  return textOf(prose);
};
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const displayed = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

const clinicAdditions = (): ComparisonInput => ({
  therapies: [
    {
      id: 'tms',
      name: 'TMS at Sunrise Clinic',
      cells: {
        onset: { text: 'Fictional example: a few weeks.', sources: ['sunrise-protocol'] },
        'visit-length': { text: 'About 20 minutes', sources: ['sunrise-protocol'] },
      },
    },
  ],
  criteria: [
    {
      id: 'visit-length',
      label: 'Length of a visit',
      cells: { ketamine: { text: 'About 2 hours at our clinic, including rest.', sources: ['sunrise-faq'] } },
    },
  ],
  sources: [
    { id: 'sunrise-protocol', citation: 'Sunrise Clinic. TMS protocol, 2025.', url: 'https://example.org/tms' },
    { id: 'sunrise-faq', citation: 'Sunrise Clinic. Patient FAQ.' },
  ],
});

describe('<ketamine-therapy-comparison rows="questions">', () => {
  afterEach(async () => {
    document.querySelectorAll('body > ketamine-therapy-comparison').forEach((el) => el.remove());
    await setLocale('en');
  });

  it('rows are the questions in order, then "How it works" as a row of its own, with row and column headers; axe passes', async () => {
    const el = await questions();
    const table = root(el).querySelector('table')!;
    expect(rowIds(el)).to.deep.equal([...QUESTION_IDS, 'criterion:mechanism']);
    const rowHeaders = [...table.querySelectorAll('tbody th')];
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).to.deep.equal(rowHeaders.map(() => 'row'));
    expect(rowHeaders.map((th) => textOf(th))).to.deep.equal([
      'How soon might I feel better, and for how long?',
      'How is it given, and how often?',
      'What might I feel, and what are the risks?',
      'What does the research show, and how strong is it?',
      'Is it approved or recommended, and for which conditions?',
      'How it works',
    ]);
    const columns = [...table.querySelectorAll('thead th')];
    expect(columns.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(columns.map((th) => th.getAttribute('data-therapy'))).to.deep.equal([...THERAPY_IDS]);
    expect(el.getAttribute('rows'), 'reflected').to.equal('questions');
    await expect(el).to.be.accessible();
  });

  it('every answer is the existing sourced cell text: two criteria under their names, or one alone, or "not covered" once', async () => {
    const el = await questions();
    for (const question of QUESTIONS) {
      for (const therapy of THERAPY_IDS) {
        const td = answer(el, question.id, therapy);
        const cells = question.criteria.map((criterion) => CELLS[therapy as TherapyId][criterion]);
        const where = `${question.id} × ${therapy}`;
        if (cells.every((c) => c === undefined)) {
          expect(proseOf(td), where).to.equal(NOT_COVERED);
          continue;
        }
        const prose = proseOf(td);
        for (const c of cells) if (c) expect(prose.includes(fold(c.text())), where).to.equal(true);
        const labels = [...td.querySelectorAll('.parts dt')].map((dt) => textOf(dt));
        expect(labels, where).to.deep.equal(
          question.criteria.length > 1 ? question.criteria.map((criterion) => CRITERION_LABELS[criterion]()) : [],
        );
        // A gathered criterion our sources do not cover says so under its own name.
        const uncovered = cells.filter((c) => c === undefined).length;
        expect(td.querySelectorAll('[part~="not-covered"]').length, where).to.equal(uncovered);
      }
    }
    expect(textOf(answer(el, 'how-soon', 'ssri'))).to.include('How long the benefit lasts ' + NOT_COVERED);
  });

  it('every answer with text has a footnote, and every footnote resolves to a listed source', async () => {
    const el = await questions();
    const footer = root(el).querySelector('[part~="footer"]')!;
    const answers = [...root(el).querySelectorAll('tbody td')];
    expect(answers.length).to.equal(6 * THERAPY_IDS.length);
    let footnoted = 0;
    for (const td of answers) {
      for (const part of td.querySelectorAll('.parts dd').length ? td.querySelectorAll('.parts dd') : [td]) {
        if (proseOf(part) === NOT_COVERED) continue;
        const links = [...part.querySelectorAll<HTMLAnchorElement>('a.footnote')];
        expect(links.length, proseOf(part).slice(0, 60)).to.be.greaterThan(0);
        for (const link of links) {
          const target = root(el).getElementById(link.getAttribute('href')!.slice(1));
          expect(!!target && footer.contains(target) && target.matches('[part~="source"]'), link.href).to.equal(true);
        }
        footnoted += 1;
      }
    }
    expect(footnoted, 'answers and parts with text').to.equal(18);
    // Numbered 1..N in this layout's reading order: the first answer cites source 1.
    expect(answer(el, 'how-soon', 'ketamine').querySelector('a.footnote')!.getAttribute('data-source')).to.equal('1');
  });

  it('criteria still choose: a question shows when all its criteria do; one of two keeps its own row, label and place', async () => {
    const el = await questions('risks onset mechanism');
    // "How soon … and for how long?" without the duration would promise an answer it cannot give.
    expect(rowIds(el)).to.deep.equal(['criterion:onset', 'what-feel', 'criterion:mechanism']);
    const onset = root(el).querySelector('tbody tr[data-criterion="onset"]')!;
    expect(textOf(onset.querySelector('th'))).to.equal(CRITERION_LABELS.onset());
    const cell = onset.querySelector('td[data-therapy="ketamine"]')!;
    expect(cell.querySelector('.parts')).to.equal(null);
    expect(proseOf(cell)).to.equal(fold(CELLS.ketamine.onset!.text()));
    expect(rowIds(await questions('duration onset'))).to.deep.equal(['how-soon']);
  });

  it('an unknown value warns once, naming the allowed values, and keeps the criteria rows', async () => {
    let el!: El;
    const warnings = await captureConsole('warn', async () => {
      el = await render(html`<ketamine-therapy-comparison rows="faq"></ketamine-therapy-comparison>`);
    });
    const about = warnings.map((args) => String(args[0])).filter((text) => text.includes('rows="faq"'));
    expect(about.length).to.equal(1);
    expect(about[0]).to.include('"criteria"').and.include('"questions"');
    expect(root(el).querySelector('tbody tr')!.getAttribute('data-criterion')).to.equal('mechanism');
  });

  it('adds the clinic’s therapy as a column and its criterion as a row of its own after the questions', async () => {
    const el = await withInlineJson<El>('ketamine-therapy-comparison', JSON.stringify(clinicAdditions()), {
      rows: 'questions',
    });
    expect(rowIds(el)).to.deep.equal([...QUESTION_IDS, 'criterion:mechanism', 'criterion:visit-length']);
    expect(textOf(root(el).querySelector('tbody tr[data-criterion="visit-length"] th'))).to.equal('Length of a visit');
    expect(proseOf(answer(el, 'how-soon', 'tms'))).to.include('Fictional example: a few weeks.');
    const clinicRow = root(el).querySelector('tbody tr[data-criterion="visit-length"]')!;
    expect(textOf(clinicRow.querySelector('td[data-therapy="ketamine"]'))).to.include('About 2 hours');
    const ref = clinicRow.querySelector<HTMLAnchorElement>('td[data-therapy="ketamine"] a.footnote')!;
    expect(textOf(root(el).getElementById(ref.getAttribute('href')!.slice(1)))).to.include(
      'Sunrise Clinic. Patient FAQ.',
    );
    await expect(el).to.be.accessible();
  });

  describe('narrow container', () => {
    it('one closed card per question, named by the question; opening shows every therapy’s answer; axe passes', async () => {
      const el = await narrowQuestions();
      expect(displayed(root(el).querySelector('.cards'))).to.equal(true);
      expect(displayed(root(el).querySelector('.scroller'))).to.equal(false);
      const cards = [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];
      expect(cards.map((card) => card.dataset['question'] ?? card.dataset['criterion'])).to.deep.equal([
        ...QUESTION_IDS,
        'mechanism',
      ]);
      const details = cards.map((card) => card.querySelector<HTMLDetailsElement>('details[part="details"]')!);
      expect(details.map((d) => d.open)).to.deep.equal(details.map(() => false));
      expect(textOf(details[2]!.querySelector('summary'))).to.equal('What might I feel, and what are the risks?');
      await expect(el).to.be.accessible();
      details[2]!.open = true;
      const facts = [...details[2]!.querySelectorAll<HTMLElement>('.fact')];
      expect(facts.map((f) => f.dataset['therapy'])).to.deep.equal([...THERAPY_IDS]);
      expect(facts.map((f) => f.checkVisibility())).to.deep.equal(facts.map(() => true));
      expect(textOf(facts[0]!)).to.include('Highlighted').and.include('coma or death');
      expect(textOf(facts[3]!)).to.include(NOT_COVERED);
      await expect(el).to.be.accessible();
    });

    it('a reader opening a question fires ketamine-toggle with the question’s id', async () => {
      const el = await narrowQuestions();
      const toggled = oneEvent(el, 'ketamine-toggle');
      root(el).querySelector<HTMLElement>('[data-question="how-sure"] summary')!.click();
      const { detail } = await toggled;
      expect(JSON.stringify(detail)).to.equal(
        JSON.stringify({ widget: 'ketamine-therapy-comparison', section: 'how-sure', open: true }),
      );
    });

    it('a source’s back link opens the question that cites it; expanded opens every question', async () => {
      const el = await narrowQuestions();
      root(el).querySelector<HTMLAnchorElement>('#source-1 a.back')!.click();
      expect(root(el).activeElement?.id).to.equal('ref-cards-1');
      expect(root(el).querySelector<HTMLDetailsElement>('[data-question="how-soon"] details')!.open).to.equal(true);
      const fresh = await narrowQuestions();
      await expectExpandedOpensAll(fresh);
      const open = await narrowQuestions(true);
      expect(disclosuresOf(open).every((d) => d.open)).to.equal(true);
    });
  });

  it('right to left, narrow and wide, light and dark: mirrored and accessible', async () => {
    for (const [width, theme] of [
      ['320px', 'light'],
      ['1000px', 'dark'],
    ]) {
      const el = await render(
        html`<div dir="rtl" style="inline-size: ${width}">
          <ketamine-therapy-comparison rows="questions" theme=${theme}></ketamine-therapy-comparison>
        </div>`,
      );
      await setLocale('ar');
      await el.updateComplete;
      expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      if (width === '1000px') {
        const rowHeader = root(el).querySelector('tbody th')!.getBoundingClientRect();
        const firstColumn = root(el).querySelector('thead th')!.getBoundingClientRect();
        expect(rowHeader.left > firstColumn.left, 'the questions are on the right').to.equal(true);
        expect(textOf(root(el).querySelector('tbody th'))).to.equal('متى قد أشعر بالتحسن، وإلى متى يستمر ذلك؟');
      } else {
        expect(displayed(root(el).querySelector('.cards'))).to.equal(true);
      }
      await expect(el).to.be.accessible();
      el.remove();
      await setLocale('en');
    }
  });

  it('prints as text: no column headings, each answer under its therapy’s name, which the screen leaves out', async () => {
    const el = await questions();
    const name = answer(el, 'how-sure', 'cbt').querySelector('.printed-name')!;
    expect(textOf(name)).to.equal('Cognitive behavioral therapy (CBT)');
    expect(name.getAttribute('aria-hidden')).to.equal('true');
    expect(displayed(name), 'not on screen').to.equal(false);
    await setMedia('print');
    try {
      expect(displayed(root(el).querySelector('thead'))).to.equal(false);
      expect(getComputedStyle(answer(el, 'how-sure', 'cbt')).display).to.equal('block');
      expect(displayed(name), 'printed').to.equal(true);
    } finally {
      await setMedia('screen');
    }
    expect(displayed(root(el).querySelector('thead'))).to.equal(true);
    const table = await render(html`<ketamine-therapy-comparison></ketamine-therapy-comparison>`);
    expect(root(table).querySelectorAll('.printed-name').length, 'only the questions print names').to.equal(0);
  });
});
