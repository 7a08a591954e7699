import { expect } from '@open-wc/testing';
import {
  cardRows,
  comparisonModel,
  listedSources,
  questionsModel,
  select,
} from '../../src/elements/therapy-comparison/comparison-model.js';
import { CELLS, CRITERION_IDS, THERAPY_IDS } from '../../src/elements/therapy-comparison/therapies.js';
import type { Comparison } from '../../src/elements/therapy-comparison/comparison.schema.js';

/* The comparison's model as plain functions: no element, no DOM. */

const NONE = { therapies: undefined, criteria: undefined, highlight: undefined };
const clinic: Comparison = {
  therapies: [
    { id: 'tms', name: 'TMS', cells: { onset: { text: 'Weeks', sources: ['protocol'] }, price: { text: 'Covered' } } },
  ],
  criteria: [
    {
      id: 'price',
      label: 'Price',
      cells: { ketamine: { text: 'Ask us', sources: ['protocol', 'leaflet'] }, tms: { text: 'Not used' } },
    },
  ],
  sources: [
    { id: 'protocol', citation: 'Our protocol', url: 'https://example.org/p' },
    { id: 'leaflet', citation: { en: 'Leaflet', es: 'Folleto' } },
  ],
};

describe('comparison model', () => {
  it('select(): all ids by default, built-in first, then the clinic additions', () => {
    const s = select(clinic, NONE);
    expect(s.columnIds).to.deep.equal([...THERAPY_IDS, 'tms']);
    expect(s.rowIds).to.deep.equal([...CRITERION_IDS, 'price']);
    expect(s.highlighted).to.equal(undefined);
    expect(s.problems).to.deep.equal([]);
  });

  it('select(): keeps the order asked for, drops duplicates and unknown ids, and says which were ignored', () => {
    const s = select(clinic, { therapies: ' tms  ketamine tms nope ', criteria: 'price', highlight: 'tms' });
    expect(s.columnIds).to.deep.equal(['tms', 'ketamine']);
    expect(s.rowIds).to.deep.equal(['price']);
    expect(s.highlighted).to.equal('tms');
    expect(s.problems).to.deep.equal([
      {
        attribute: 'therapies',
        value: ' tms  ketamine tms nope ',
        allowed: [...THERAPY_IDS, 'tms'],
        ignored: ['nope'],
      },
    ]);
  });

  it('select(): nothing valid means everything, and an unknown highlight highlights nothing', () => {
    const s = select({}, { therapies: 'nope', criteria: undefined, highlight: 'tms' });
    expect(s.columnIds).to.deep.equal([...THERAPY_IDS]);
    expect(s.highlighted).to.equal(undefined);
    expect(s.problems.map((p) => [p.attribute, p.ignored])).to.deep.equal([
      ['therapies', undefined],
      ['highlight', undefined],
    ]);
  });

  it('merges clinic cells: a therapy cell, a criterion cell, built-in cells, and gaps as not covered', () => {
    const model = comparisonModel(clinic, { columnIds: ['ketamine', 'tms'], rowIds: ['onset', 'price', 'mechanism'] });
    expect(model.columns.map((c) => c.name)).to.deep.equal(['Ketamine', 'TMS']);
    expect(model.rows.map((r) => r.label)).to.deep.equal(['How fast it works', 'Price', 'How it works']);
    const [onset, price, mechanism] = model.grid;
    expect(onset![0]!.text).to.equal(CELLS.ketamine.onset!.text());
    expect(onset![1]).to.deep.equal({ text: 'Weeks', sources: ['clinic:protocol'] });
    expect(price![0]).to.deep.equal({ text: 'Ask us', sources: ['clinic:protocol', 'clinic:leaflet'] });
    // The therapy's own cell wins over the criterion's cell for the same pair.
    expect(price![1]).to.deep.equal({ text: 'Covered', sources: [] });
    expect(mechanism![1]).to.deep.equal({ text: undefined, sources: [] });
  });

  it('numbers footnotes by first appearance, row by row, and lists each source once', () => {
    const model = comparisonModel(clinic, { columnIds: ['tms', 'ketamine'], rowIds: ['price', 'onset'] });
    const keys = [...model.numbers.keys()];
    expect(keys.slice(0, 2)).to.deep.equal(['clinic:protocol', 'clinic:leaflet']);
    expect([...model.numbers.values()]).to.deep.equal(keys.map((_, i) => i + 1));
    const listed = listedSources(model.numbers, clinic);
    expect(listed.map((s) => s.n)).to.deep.equal(keys.map((_, i) => i + 1));
    expect(listed[0]).to.deep.include({
      key: 'clinic:protocol',
      citation: 'Our protocol',
      url: 'https://example.org/p',
    });
    expect(listed[1]).to.deep.include({ key: 'clinic:leaflet', citation: 'Leaflet' });
    const builtIn = listed.find((s) => s.key.startsWith('builtin:'))!;
    expect(builtIn.citation).to.be.a('string').and.not.equal('');
    expect(builtIn.doi ?? builtIn.pmid ?? builtIn.url).to.be.a('string');
  });

  it('questionsModel(): the chosen criteria regrouped under the questions, the others after them, renumbered', () => {
    const model = comparisonModel(clinic, {
      columnIds: ['ketamine', 'tms'],
      rowIds: ['price', 'duration', 'mechanism', 'onset'],
    });
    const questions = questionsModel(model);
    expect(questions.columns).to.equal(model.columns);
    expect(questions.rows.map((r) => [r.id, r.question ?? false])).to.deep.equal([
      ['how-soon', true],
      ['price', false],
      ['mechanism', false],
    ]);
    const [soon, price] = questions.grid;
    // The question's parts in its own order (onset, then duration), each the criterion's cell under its label.
    expect(soon![0]!.parts.map((p) => p.label)).to.deep.equal(['How fast it works', 'How long the benefit lasts']);
    expect(soon![0]!.parts[0]!.text).to.equal(CELLS.ketamine.onset!.text());
    expect(soon![1]!.parts).to.deep.equal([
      { label: 'How fast it works', text: 'Weeks', sources: ['clinic:protocol'] },
      { label: 'How long the benefit lasts', text: undefined, sources: [] },
    ]);
    expect(price![0]!.sources).to.deep.equal(['clinic:protocol', 'clinic:leaflet']);
    // Renumbered in this reading order: ketamine's onset sources come first now.
    expect(questions.numbers.get(soon![0]!.sources[0]!)).to.equal(1);
    expect([...questions.numbers.keys()].sort()).to.deep.equal([...model.numbers.keys()].sort());
  });

  it('questionsModel(): a question with only some of its criteria chosen gives way to them, each under its label', () => {
    const model = comparisonModel(clinic, { columnIds: ['ketamine'], rowIds: ['price', 'duration', 'risks'] });
    const questions = questionsModel(model);
    expect(questions.rows.map((r) => [r.id, r.question ?? false])).to.deep.equal([
      ['duration', false],
      ['what-feel', true],
      ['price', false],
    ]);
    expect(questions.grid[0]![0]!.parts.map((p) => [p.label, p.text])).to.deep.equal([
      ['How long the benefit lasts', CELLS.ketamine.duration!.text()],
    ]);
  });

  it('cardRows(): a card shows how fast, the evidence and the risks first, the rest in table order', () => {
    const rows = (ids: string[]) => ids.map((id) => ({ id, label: id }));
    const all = rows([...CRITERION_IDS]);
    const { first, more } = cardRows(all);
    expect(first.map((i) => all[i]!.id)).to.deep.equal(['onset', 'evidence', 'risks']);
    expect(more.map((i) => all[i]!.id)).to.deep.equal(['mechanism', 'administration', 'duration', 'regulation']);
    // The chosen order is kept; a clinic row never joins the first rows.
    const chosen = rows(['price', 'risks', 'mechanism', 'onset']);
    expect(cardRows(chosen)).to.deep.equal({ first: [1, 3], more: [0, 2] });
    // None of the key rows chosen: the first row.
    expect(cardRows(rows(['regulation', 'mechanism']))).to.deep.equal({ first: [0], more: [1] });
  });
});
