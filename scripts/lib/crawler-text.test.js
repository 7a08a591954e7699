// What a crawler reads (issue 22): for every widget and locale, every claim the widget shows
// (content/claims.json, in that locale) is text in its pre-rendered HTML, as parse5 reads it without running a
// script (scripts/lib/page-text.js). Each configuration a widget offers by attributes is rendered, in one
// process, with the server renderer (src/server.ts). Run by `node --test scripts/lib/`.
//
// Whose claim is whose: a msg() claim belongs to the widget whose folder holds it (the translation groups of
// scripts/split-messages.js); one of the shared group (the footer, the glossary) to every widget, so it must
// show in at least one; a data record's claim to the widget of its kind. A claim that belongs to no widget, or
// one that no configuration shows and that is not listed in NOT_BY_ATTRIBUTES with the reason, fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from './import-ts.js';
import { messageGroups, sourceFiles } from './messages.js';
import { ELEMENTS } from './widgets.js';
import { numbersIn } from './xliff.js';
import { LOCALES, fold, holdsPhrase, messageFragments, pageText } from './page-text.js';

const { claims } = JSON.parse(readFileSync(new URL('../../content/claims.json', import.meta.url), 'utf8'));
const lists = await importTs(`
  export { renderWidget } from './src/server.ts';
  export { STUDY_IDS } from './src/elements/evidence-card/studies.ts';
  export { THERAPY_IDS, CRITERION_IDS } from './src/elements/therapy-comparison/therapy-ids.ts';
  export { SECTION_IDS } from './src/elements/safety-facts/section-ids.ts';
  export { CONDITIONS } from './src/elements/evidence-summary/content.ts';
`);

/**
 * Per widget, the attribute values that choose what it shows, and the claims (id prefixes) each must show.
 * The other attributes only lay out, mark or open what is shown and choose no claim: `current` (the "You are
 * here" label), `orientation`, `compact`, `expanded`, `footer`, `theme`, `heading-level`, `clinic-review`.
 */
const CONFIGURATIONS = {
  'evidence-card': lists.STUDY_IDS.map((study) => ({
    attributes: { study },
    shows: [`study.${study}.`, `data.study.${study}.`],
  })),
  'treatment-timeline': [{ attributes: {}, shows: ['timeline.'] }],
  'therapy-comparison': [
    { attributes: {}, shows: ['comparison.'] },
    // The same claims under patients' questions: none may be lost in the regrouping.
    { attributes: { rows: 'questions' }, shows: ['comparison.'] },
    ...lists.THERAPY_IDS.map((id) => ({ attributes: { therapies: id }, shows: [`comparison.${id}.`] })),
    ...lists.CRITERION_IDS.map((id) => ({
      attributes: { criteria: id },
      shows: lists.THERAPY_IDS.map((therapy) => `comparison.${therapy}.${id}`),
    })),
  ],
  'how-it-works': [{ attributes: {}, shows: ['how-it-works.'] }],
  'safety-facts': [
    { attributes: {}, shows: ['safety-facts.'] },
    // The questions a patient may ask their clinic are not claims (scripts/lib/claims.js, NOT_CLAIMS).
    ...lists.SECTION_IDS.map((id) => ({
      attributes: { sections: id },
      shows: id === 'questions' ? [] : [`safety-facts.${id}.`],
    })),
  ],
  // Its form and labels are not claims; the safety facts' claims it repeats are shared (src/content/safety-shared.ts).
  'visit-prep': [{ attributes: {}, shows: [] }],
  'evidence-summary': [
    { attributes: {}, shows: lists.CONDITIONS.map((id) => `evidence-summary.${id}.`) },
    { attributes: { claims: '' }, shows: ['evidence-summary.claim.', 'evidence-summary.evidence.'] },
    ...lists.CONDITIONS.map((id) => ({ attributes: { conditions: id }, shows: [`evidence-summary.${id}.`] })),
  ],
};

/** Claims no configuration by attributes shows, each with the reason. */
const CLINIC_STUDY = 'for a clinic’s own study (clinic JSON, rendered by the browser): no built-in study';
const CLINIC_TEXT = 'in the glossary only when a clinic’s text uses the term: no built-in text it reads does';
const NOT_BY_ATTRIBUTES = {
  'evidence-summary.audit-note': 'shown only with a clinic’s own audit (clinic JSON, rendered by the browser)',
  'certainty.high': 'no study reaches it: rateEvidence caps one study at moderate',
  'certainty.high.meaning': 'no study reaches it: rateEvidence caps one study at moderate',
  'strength.single-study-cap': `${CLINIC_STUDY} is randomized, blinded, with 200 people or more and its main result`,
  'design.active': `${CLINIC_STUDY} with another drug for comparison leaves it unnamed (design.active-described)`,
  'design.crossover': `${CLINIC_STUDY} with a crossover leaves it undescribed (design.crossover-described)`,
  'design.single-blind': `${CLINIC_STUDY} is single-blind`,
  'route.intramuscular': `${CLINIC_STUDY} gave ketamine into a muscle`,
  'route.intranasal': `${CLINIC_STUDY} gave ketamine as a nasal spray`,
  'glossary.pcl-5': `${CLINIC_TEXT} (Abdallah 2022's PTSD scale is named only in its translators' notes)`,
  'glossary.pcl-5.definition': CLINIC_TEXT,
  'glossary.meta-analysis': `${CLINIC_TEXT} (the word is only in citation titles, which it skips)`,
  'glossary.meta-analysis.definition': CLINIC_TEXT,
  'icon-array.difference-chance':
    'no built-in comparison with an icon array is one its source reports as not significant (the rule of docs/evidence-rating.md waits for one; test/internal/natural-frequency.test.ts draws it)',
};

/** The widget of each kind of data record (scripts/lib/claims.js, recordClaims). */
const DATA_OWNER = { study: 'evidence-card', 'evidence-summary': 'evidence-summary' };
const groups = messageGroups(sourceFiles('src'), ELEMENTS);
/** The widget a claim belongs to, `shared` (every widget), or `undefined` (none: a new kind of claim). */
const ownerOf = (id) => {
  const data = /^data\.([^.]+)\./.exec(id);
  return data ? DATA_OWNER[data[1]] : groups.get(id)?.group;
};

/**
 * What to look for, for a claim in `locale`; `undefined` for a data code (`double-blind`, `ptsd`, `true`): the
 * widget shows it in words, which are claims of their own (design., route., outcome., condition.).
 */
function lookFor(id, fragments) {
  if (!id.startsWith('data.')) return { text: fragments.get(id) };
  const value = claims[id];
  if (id.endsWith('.pmid')) return { href: `https://pubmed.ncbi.nlm.nih.gov/${value}/` };
  if (/^-?\d+(\.\d+)?$/.test(value)) return { number: String(Math.abs(Number(value))) };
  if (/^([a-z][a-z0-9-]*|true|false)$/.test(value)) return undefined;
  return { text: [fold(value)] };
}
const shownIn =
  ({ text, hrefs }) =>
  (wanted) =>
    wanted.text?.every((fragment) => holdsPhrase(text, fragment)) ??
    (wanted.href ? hrefs.has(wanted.href) : numbersIn(text).has(wanted.number));

const CLAIM_IDS = Object.keys(claims).filter((id) => !Object.hasOwn(NOT_BY_ATTRIBUTES, id));
const startsWithAny = (prefixes) => (id) => prefixes.some((prefix) => id.startsWith(prefix));

test('every claim belongs to a widget or to all of them, and every listed exception is a claim', () => {
  assert.deepEqual(
    Object.keys(claims).filter((id) => ownerOf(id) === undefined),
    [],
    'claims of no widget',
  );
  assert.deepEqual(
    Object.keys(NOT_BY_ATTRIBUTES).filter((id) => !Object.hasOwn(claims, id)),
    [],
    'exceptions that are no claim',
  );
  for (const [name, configurations] of Object.entries(CONFIGURATIONS)) {
    assert.ok(ELEMENTS.includes(name), `${name} is a widget`);
    for (const { shows } of configurations)
      assert.ok(!shows.length || CLAIM_IDS.some(startsWithAny(shows)), `${name}: ${shows.join(', ')} name claims`);
  }
  assert.deepEqual(Object.keys(CONFIGURATIONS).sort(), [...ELEMENTS].sort(), 'every widget is rendered');
});

const timing = { renders: 0, ms: 0 };
for (const locale of LOCALES) {
  const fragments = messageFragments(locale);
  /** Every render of this locale, for the shared claims. */
  const all = [];
  const missingIn = (read, ids) =>
    ids.filter((id) => {
      const wanted = lookFor(id, fragments);
      return wanted !== undefined && !shownIn(read)(wanted);
    });

  for (const [name, configurations] of Object.entries(CONFIGURATIONS)) {
    test(`<ketamine-${name}> in ${locale}: each configuration shows its claims as text, all of them together every claim of the widget`, async () => {
      const reads = [];
      const missing = [];
      for (const { attributes, shows } of configurations) {
        const started = performance.now();
        const html = await lists.renderWidget(`ketamine-${name}`, attributes, { locale });
        timing.ms += performance.now() - started;
        timing.renders += 1;
        assert.match(html, /<template shadowroot(mode)?="open"/, `${JSON.stringify(attributes)} is pre-rendered`);
        const read = pageText(html);
        reads.push(read);
        const label =
          Object.entries(attributes)
            .map(([key, value]) => `${key}="${value}"`)
            .join(' ') || '(default)';
        missing.push(...missingIn(read, CLAIM_IDS.filter(startsWithAny(shows))).map((id) => `${label}: ${id}`));
      }
      all.push(...reads);
      const together = {
        text: reads.map((read) => read.text).join(' '),
        hrefs: new Set(reads.flatMap((r) => [...r.hrefs])),
      };
      const ids = CLAIM_IDS.filter((id) => ownerOf(id) === name);
      missing.push(...missingIn(together, ids).map((id) => `in no configuration: ${id}`));
      assert.deepEqual(missing, [], `claims of <ketamine-${name}> not in its pre-rendered HTML in ${locale}`);
    });
  }

  test(`${locale}: every shared claim (footer, glossary) is text in some widget`, (t) => {
    const read = { text: all.map((r) => r.text).join(' '), hrefs: new Set() };
    const shared = CLAIM_IDS.filter((id) => ownerOf(id) === 'shared');
    if (locale === LOCALES.at(-1))
      t.diagnostic(
        `${timing.renders} renders in ${Math.round(timing.ms)} ms (${Math.round(timing.ms / timing.renders)} ms each)`,
      );
    assert.ok(shared.length > 10);
    assert.deepEqual(missingIn(read, shared), [], `shared claims in no widget's pre-rendered HTML in ${locale}`);
  });
}
