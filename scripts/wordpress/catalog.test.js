import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ELEMENTS } from '../lib/widgets.js';
import { NOT_OFFERED, blockJson, wordpressCatalog } from './catalog.js';
import { optionLabels } from './option-labels.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

test('every registered widget and every attribute in custom-elements.json (but those not offered) has a block and a shortcode', async () => {
  const catalog = await wordpressCatalog();
  assert.deepEqual(
    catalog.map((widget) => widget.name),
    ELEMENTS,
  );
  for (const widget of catalog) {
    const declared = declarations
      .find((d) => d.tagName === widget.tag)
      .attributes.map((a) => a.name)
      .filter((name) => !NOT_OFFERED.has(name));
    assert.deepEqual(Object.keys(widget.attributes), declared, widget.tag);
    assert.deepEqual(Object.keys(blockJson(widget, '1.0.0').attributes), declared, `${widget.tag} block.json`);
    assert.equal(widget.shortcode, widget.tag.replaceAll('-', '_'));
  }
});

test('fixed values come from the manifest, ids from the widgets', async () => {
  const card = (await wordpressCatalog()).find((widget) => widget.name === 'evidence-card');
  assert.deepEqual(card.attributes.theme, { kind: 'one', values: ['auto', 'light', 'dark'], default: 'auto' });
  assert.deepEqual(card.attributes.compact, { kind: 'boolean' });
  assert.ok(card.attributes.study.values.includes('feder-2021-ptsd'));
  assert.deepEqual(blockJson(card, '1.0.0').attributes.study.enum, card.attributes.study.values);
});

test('an attribute with neither fixed values nor a list of ids stops the build, naming it', async (t) => {
  const changed = structuredClone(manifest);
  const timeline = changed.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === 'ketamine-treatment-timeline');
  timeline.attributes.push({ name: 'accent', type: { text: 'string | undefined' } });
  const folder = mkdtempSync(join(tmpdir(), 'ketamine-catalog-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const path = join(folder, 'custom-elements.json');
  writeFileSync(path, JSON.stringify(changed));
  await assert.rejects(wordpressCatalog(path), /<ketamine-treatment-timeline> attribute "accent"/);
});

test("every built-in id has a name in every locale, from the widgets' content; the study's is its condition, headline and byline", async () => {
  const catalog = await wordpressCatalog();
  const labels = await optionLabels(catalog);
  assert.deepEqual(Object.keys(labels), ['en', 'ar', 'de', 'es', 'fr', 'pt-BR']);
  const idAttributes = catalog.flatMap((widget) =>
    Object.entries(widget.attributes)
      .filter(([, spec]) => spec.ids)
      .map(([name, spec]) => [widget.name, name, spec.values]),
  );
  assert.ok(idAttributes.length >= 7, `${idAttributes.length} id attributes`);
  for (const [locale, named] of Object.entries(labels)) {
    for (const [widget, name, ids] of idAttributes) {
      assert.deepEqual(Object.keys(named[widget][name]), ids, `${locale} ${widget} ${name}`);
      for (const id of ids) assert.ok(named[widget][name][id] && named[widget][name][id] !== id, `${locale} ${id}`);
    }
  }
  assert.equal(
    labels.en['evidence-card'].study['feder-2021-ptsd'],
    'Chronic post-traumatic stress disorder (PTSD) · Six ketamine drips vs. another drug (midazolam) for long-term PTSD · Feder et al., 2021',
  );
  assert.match(
    labels.es['evidence-card'].study['feder-2021-ptsd'],
    /^Trastorno de estrés postraumático .* · Feder et al\., 2021$/,
  );
  assert.notEqual(
    labels.es['treatment-timeline'].current.monitoring,
    labels.en['treatment-timeline'].current.monitoring,
  );
});

test('an id list the editor cannot name stops the build, naming it', async () => {
  const catalog = structuredClone(await wordpressCatalog());
  catalog[0].attributes.study.ids = 'CLINIC_IDS';
  await assert.rejects(optionLabels(catalog), /<ketamine-evidence-card> study: no names for CLINIC_IDS/);
});

test("each block's example (the inserter's preview) is the registry's example", async () => {
  for (const widget of await wordpressCatalog()) {
    const { example } = blockJson(widget, '1.0.0');
    assert.deepEqual(Object.keys(example.attributes), Object.keys(widget.example), widget.name);
  }
  const card = (await wordpressCatalog()).find((widget) => widget.name === 'evidence-card');
  assert.deepEqual(blockJson(card, '1.0.0').example, { attributes: { study: 'feder-2021-ptsd' } });
  assert.equal(card.attributes.study.required, true);
});
