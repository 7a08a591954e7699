import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ELEMENTS } from '../lib/widgets.js';
import { NOT_OFFERED, blockJson, wordpressCatalog } from './catalog.js';

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
