// The structured data of the server entry (structuredData, addStructuredData, jsonLdScript in src/server.ts;
// `ketamine-widgets render --json-ld`), run by `node --test scripts/lib/`. A JSON-LD processor (the `jsonld`
// package) reads it as a consumer would. No network: the test's document loader serves the one context the
// output names, https://schema.org, as a local minimal context `{"@vocab": "https://schema.org/"}` (the real
// context maps the same terms to the same IRIs; it is not fetched), and refuses every other URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import jsonld from 'jsonld';
import { parse, parseFragment } from 'parse5';
import { importTs } from './import-ts.js';

const root = new URL('../../', import.meta.url);
const server = await importTs(`
  export * from './src/server.ts';
  export { LAST_REVIEWED } from './src/content/review.ts';
  export { STUDY_CITATIONS } from './src/content/study-citations.ts';
`);
const { LAST_REVIEWED, STUDY_CITATIONS, jsonLdScript } = server;
const STUDY_IDS = Object.keys(STUDY_CITATIONS);
const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];

const SCHEMA = 'https://schema.org/';
const documentLoader = async (url) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in this test: ${url}`);
  return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } };
};
/** The nodes of the data, flattened by the JSON-LD processor (expanded IRIs), by id. */
async function nodesOf(data) {
  const nodes = await jsonld.flatten(data, null, { documentLoader });
  return new Map(nodes.map((node) => [node['@id'], node]));
}
const typesOf = (node) => (node['@type'] ?? []).map((type) => type.replace(SCHEMA, ''));
/** A property's values: literals as their value, node references and IRIs as the id. */
const values = (node, property) => (node[SCHEMA + property] ?? []).map((v) => v['@value'] ?? v['@id']);
const only = (list) => {
  assert.equal(list.length, 1, 'exactly one');
  return list[0];
};

/** Each built-in study once, one of them twice, and what shows no study (not in the data). */
const PAGE_WIDGETS = [
  ...STUDY_IDS.map((study) => ({ tag: 'ketamine-evidence-card', attributes: { study } })),
  { tag: 'ketamine-evidence-card', attributes: { study: ` ${STUDY_IDS[0]} `, compact: '' } },
  { tag: 'ketamine-evidence-card', attributes: { study: 'no-such-study' } },
  { tag: 'ketamine-evidence-card' },
  { tag: 'ketamine-safety-facts' },
  { tag: 'p' },
];

const fold = (text) => text.replace(/\s+/g, ' ').trim();
/** The text of the element with this `part` in a widget's pre-rendered shadow root, whitespace folded. */
function partText(html, part) {
  const find = (nodes) => {
    for (const node of nodes) {
      if (node.attrs?.some((a) => a.name === 'part' && a.value === part)) return node;
      const inner = find(node.tagName === 'template' ? node.content.childNodes : (node.childNodes ?? []));
      if (inner) return inner;
    }
    return undefined;
  };
  const text = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join(''));
  const element = find(parseFragment(html).childNodes);
  assert.ok(element, `part="${part}"`);
  return fold(text(element));
}

for (const locale of LOCALES) {
  test(`structured data in ${locale}: a MedicalWebPage citing each study's article, a MedicalTrial per study`, async () => {
    const data = await server.structuredData(PAGE_WIDGETS, { locale });
    const nodes = await nodesOf(data);
    const pages = [...nodes.values()].filter((node) => typesOf(node).includes('MedicalWebPage'));
    const page = only(pages);
    assert.equal(only(values(page, 'inLanguage')), locale);
    assert.equal(only(values(page, 'lastReviewed')), LAST_REVIEWED);

    // The citations: each study's article once, as the content module cites it.
    const citations = values(page, 'citation');
    assert.equal(citations.length, STUDY_IDS.length);
    citations.forEach((id, i) => {
      const cited = STUDY_CITATIONS[STUDY_IDS[i]];
      const article = nodes.get(id);
      assert.deepEqual(typesOf(article), ['MedicalScholarlyArticle']);
      assert.equal(id, `https://doi.org/${cited.doi}`);
      assert.equal(only(values(article, 'name')), cited.title);
      assert.equal(only(values(article, 'datePublished')), String(cited.year));
      assert.equal(only(values(nodes.get(only(values(article, 'isPartOf'))), 'name')), cited.journal);
      const identifiers = values(article, 'identifier').map((ref) => nodes.get(ref));
      assert.deepEqual(
        identifiers.map((node) => `${only(values(node, 'propertyID'))} ${only(values(node, 'value'))}`),
        [`DOI ${cited.doi}`, ...(cited.pmid ? [`PMID ${cited.pmid}`] : [])],
        'a PMID only where the content verifies it',
      );
      const authors = values(article, 'author').map((ref) => only(values(nodes.get(ref), 'name')));
      assert.ok(authors.length > 0 && authors.every((name) => cited.authors.includes(name) && name !== 'et al.'));
    });

    // The trials: one per study, in the card's own words in this locale, pointing at their article.
    const trials = [...nodes.values()].filter((node) => typesOf(node).includes('MedicalTrial'));
    assert.equal(trials.length, STUDY_IDS.length);
    assert.deepEqual(values(page, 'mentions').sort(), trials.map((trial) => trial['@id']).sort());
    for (const [i, study] of STUDY_IDS.entries()) {
      const trial = trials.find((node) => only(values(node, 'subjectOf')) === citations[i]);
      assert.ok(trial, `a trial reported by ${study}'s article`);
      const card = await server.renderWidget('ketamine-evidence-card', { study }, { locale });
      assert.equal(fold(only(values(trial, 'name'))), partText(card, 'headline'));
      const condition = nodes.get(only(values(trial, 'healthCondition')));
      assert.deepEqual(typesOf(condition), ['MedicalCondition']);
      assert.equal(fold(only(values(condition, 'name'))), partText(card, 'condition'));
    }
    const designOf = (study) => {
      const doi = `https://doi.org/${STUDY_CITATIONS[study].doi}`;
      const trial = trials.find((node) => only(values(node, 'subjectOf')) === doi);
      return values(trial, 'trialDesign').map((design) => design.replace(SCHEMA, ''));
    };
    // Randomized, double-blind, against a placebo (saline).
    assert.deepEqual(designOf('taylor-2018-sad'), ['RandomizedTrial', 'DoubleBlindedTrial', 'PlaceboControlledTrial']);
    // Open-label, no comparison group, not randomized.
    assert.deepEqual(designOf('glue-2017-dose'), ['OpenTrial']);
    // Randomized against midazolam; our summary does not say whether it was blinded: nothing more is claimed.
    assert.deepEqual(designOf('feder-2021-ptsd'), ['RandomizedTrial']);
    assert.doesNotMatch(JSON.stringify(data), /UNVERIFIED/i);
  });
}

test('no widget with built-in content: no structured data', async () => {
  assert.equal(await server.structuredData([]), undefined);
  assert.equal(
    await server.structuredData([
      { tag: 'ketamine-evidence-card', attributes: { study: 'no-such-study' } },
      { tag: 'div', attributes: { study: STUDY_IDS[0] } },
    ]),
    undefined,
  );
  // Widgets without an evidence card: the page and its review date, no trial and no citation.
  const data = await server.structuredData([{ tag: 'KETAMINE-HOW-IT-WORKS' }], { locale: 'de' });
  assert.deepEqual(data, {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: 'de',
    lastReviewed: LAST_REVIEWED,
  });
});

/** The page's `<script type="application/ld+json">` elements, read by an HTML parser. */
function jsonLdScripts(html) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'script' && child.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'))
        found.push(child);
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(parse(html));
  return found;
}
const scriptText = (script) => script.childNodes.map((node) => node.value).join('');

const HOSTILE = ['</script><script>alert(1)</script>', '</SCRIPT >', '<!--<script>', '<!-- -->', '"\u2028\u2029\\'];
test('no text in the data can close the script element or open a comment in it', async () => {
  const data = { '@context': 'https://schema.org', '@type': 'MedicalWebPage', name: HOSTILE.join(' ') };
  for (const html of [jsonLdScript(data), `<!doctype html><body>${jsonLdScript(data)}<p>after</p></body>`]) {
    const [script, ...more] = jsonLdScripts(html);
    assert.equal(more.length, 0, 'one script element');
    assert.deepEqual(JSON.parse(scriptText(script)), data, 'the script holds the data, whole');
    assert.doesNotMatch(html, /<\/script[^>]*>.*<\/script/is, 'one end tag');
    assert.doesNotMatch(scriptText(script), /<!--|<\/script/i);
  }
  const nodes = await nodesOf(data);
  assert.equal(only(values(only([...nodes.values()]), 'name')), HOSTILE.join(' '));
});

const PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Cétamine</title></head>
<body>
  <ketamine-evidence-card study="abdallah-2022-ptsd"></ketamine-evidence-card>
  <template><ketamine-evidence-card study="duek-2023-ptsd"></ketamine-evidence-card></template>
  <ketamine-treatment-timeline></ketamine-treatment-timeline>
</body>
</html>
`;
/** The page without the library's JSON-LD script: cut out by the parser's own offsets. */
function withoutJsonLd(page) {
  const html = parse(page, { sourceCodeLocationInfo: true });
  const cuts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'script' && child.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'))
        cuts.push(child.sourceCodeLocation);
      walk(child);
    }
  };
  walk(html);
  return cuts
    .sort((a, b) => b.startOffset - a.startOffset)
    .reduce((text, at) => text.slice(0, at.startOffset) + text.slice(at.endOffset), page);
}

test('a page gets the data of its shown widgets once, at the end of its head, in its language', async () => {
  const { page, added } = await server.addStructuredData(PAGE);
  assert.equal(added, true);
  assert.equal(withoutJsonLd(page), PAGE, 'every other byte as it was');
  const script = only(jsonLdScripts(page));
  assert.ok(page.indexOf('</title>') < page.indexOf('application/ld+json'));
  assert.ok(page.indexOf('application/ld+json') < page.indexOf('</head>'));
  assert.deepEqual(
    JSON.parse(scriptText(script)),
    await server.structuredData(
      [
        { tag: 'ketamine-evidence-card', attributes: { study: 'abdallah-2022-ptsd' } },
        { tag: 'ketamine-treatment-timeline' },
      ],
      { locale: 'fr' },
    ),
    'the card in the template is not shown, so not in the data',
  );
  const again = await server.addStructuredData(page);
  assert.deepEqual([again.page, again.added], [page, false], 'adding it again changes nothing');
});

test('a page without a head gets it just before its first widget; a page without widgets, not at all', async () => {
  const fragment = '<p>Intro</p>\n<ketamine-evidence-card study="glue-2017-dose"></ketamine-evidence-card>\n';
  const { page } = await server.addStructuredData(fragment);
  assert.ok(page.startsWith('<p>Intro</p>\n<script type="application/ld+json"'));
  assert.ok(page.endsWith('</script><ketamine-evidence-card study="glue-2017-dose"></ketamine-evidence-card>\n'));
  assert.equal(JSON.parse(scriptText(only(jsonLdScripts(page)))).inLanguage, 'en');
  const plain = '<!doctype html><html><head><title>x</title></head><body><p>No widget</p></body></html>';
  assert.deepEqual(await server.addStructuredData(plain), {
    page: plain,
    added: false,
    why: 'no widget shows built-in content',
  });
});

test('npx ketamine-widgets render --json-ld', () => {
  // The CLI runs the built server entry: `npm test` runs these tests after `npm run build`.
  assert.ok(
    existsSync(new URL('dist/lib/server.js', root)),
    'dist/lib/server.js is missing: run `npm run build` first',
  );
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-json-ld-'));
  writeFileSync(join(dir, 'in.html'), PAGE);
  const bin = new URL('bin/ketamine-widgets.js', root).pathname;
  const run = (...args) => execFileSync(process.execPath, [bin, 'render', ...args], { stdio: 'pipe' }).toString();
  run(join(dir, 'in.html'), '--json-ld', '-o', join(dir, 'out.html'));
  const page = readFileSync(join(dir, 'out.html'), 'utf8');
  const data = JSON.parse(scriptText(only(jsonLdScripts(page))));
  assert.equal(data.inLanguage, 'fr');
  assert.equal(data.mentions.length, 1);
  // renderPage fills the card in the template too (a script may stamp it); the data names only what shows.
  assert.equal(page.match(/shadowrootmode="open"/g)?.length, 3, 'the widgets are filled too');
  assert.equal(jsonLdScripts(run(join(dir, 'in.html'))).length, 0, 'without the flag, no structured data');
});
