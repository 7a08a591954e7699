// The server renderer (src/server.ts, `ketamine-widgets/server`) and the page filler of the CLI, run by
// `node --test scripts/lib/` (part of `npm test`). No script of the output runs: parse5 reads it as a crawler
// would. Every widget in every locale: the output holds a declarative shadow root in that language and
// direction (that its text holds each claim of the widget: crawler-text.test.js). The CLI fills a page and
// leaves every other byte as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse, parseFragment } from 'parse5';
import { importTs } from './import-ts.js';
import { LOCALES, messageFragments, readNode } from './page-text.js';

const root = new URL('../../', import.meta.url);
const server = await importTs(`export * from './src/server.ts'; export { WIDGETS } from './src/widgets.ts';`);

for (const [name, widget] of Object.entries(server.WIDGETS)) {
  for (const locale of LOCALES) {
    test(`<ketamine-${name}> in ${locale}: a declarative shadow root in that language and direction`, async () => {
      const html = await server.renderWidget(`ketamine-${name}`, widget.example, { locale });
      assert.match(html, /<template shadowroot="open" shadowrootmode="open">|<template shadowrootmode="open"/);
      const host = parseFragment(html).childNodes.find((node) => node.tagName === `ketamine-${name}`);
      assert.ok(host, 'the widget tag is there');
      const shadow = host.childNodes.find((node) => node.tagName === 'template');
      assert.equal(shadow?.attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open');
      const wrapper = shadow.content.childNodes.find((node) => node.attrs?.some((a) => a.value === 'root'));
      const attr = (key) => wrapper?.attrs.find((a) => a.name === key)?.value;
      assert.equal(attr('lang'), locale);
      assert.equal(attr('dir'), locale === 'ar' ? 'rtl' : 'ltr');
    });
  }
}

test('what needs the browser comes back as the plain tag', async () => {
  assert.equal(
    await server.renderWidget('ketamine-evidence-card', { study: 'no-such-study' }),
    '<ketamine-evidence-card study="no-such-study"></ketamine-evidence-card>',
  );
  assert.equal(await server.renderShadowRoot('ketamine-evidence-card', {}), undefined);
  await assert.rejects(server.renderWidget('ketamine-nothing', {}), TypeError);
});

test('renders at the same time in different locales keep each its own language', async () => {
  const [es, de] = await Promise.all(
    ['es', 'de'].map((locale) => server.renderWidget('ketamine-safety-facts', {}, { locale })),
  );
  assert.match(es, /lang="es"/);
  assert.doesNotMatch(es, /lang="de"/);
  assert.match(de, /lang="de"/);
});

const PAGE = `<!doctype html>
<html lang="es-MX">
<head><meta charset="utf-8"><title>Prueba</title>
<script type="module" src="https://cdn.example/ketamine-widgets.js"></script></head>
<body>
  <h1>Página   con   espacios &amp; entidades</h1>
  <ketamine-evidence-card study="feder-2021-ptsd" heading-level=2><a slot="actions" href="/cita">Pedir cita</a></ketamine-evidence-card>
  <ketamine-evidence-card study="no-such"></ketamine-evidence-card>
  <KETAMINE-TREATMENT-TIMELINE current='monitoring'></KETAMINE-TREATMENT-TIMELINE>
  <ketamine-safety-facts><script type="application/json">{"sections": {}}</script></ketamine-safety-facts>
  <p>Fin</p><!-- <ketamine-how-it-works></ketamine-how-it-works> -->
</body>
</html>
`;

/** The page without the shadow roots the filler put in: cut out by parse5's own offsets. */
function withoutShadowRoots(page) {
  const cuts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (server.WIDGET_TAGS.includes(child.tagName)) {
        const template = child.childNodes.find((c) => c.tagName === 'template');
        if (template) cuts.push(template.sourceCodeLocation);
      }
      walk(child);
    }
  };
  walk(parse(page, { sourceCodeLocationInfo: true }));
  return cuts
    .sort((a, b) => b.startOffset - a.startOffset)
    .reduce((text, at) => text.slice(0, at.startOffset) + text.slice(at.endOffset), page);
}

test('the page filler fills each widget tag it can and leaves every other byte as it was', async () => {
  const { page, locale, report } = await server.renderPage(PAGE);
  assert.equal(locale, 'es-MX');
  assert.deepEqual(
    report.map((r) => [r.tag, r.filled]),
    [
      ['ketamine-evidence-card', true],
      ['ketamine-evidence-card', false],
      ['ketamine-treatment-timeline', true],
      ['ketamine-safety-facts', false],
    ],
  );
  assert.equal(withoutShadowRoots(page), PAGE);
  const card = parse(page).childNodes[1].childNodes[2].childNodes.find((n) => n.tagName === 'ketamine-evidence-card');
  const { text } = readNode(card);
  assert.ok(text.includes(messageFragments('es').get('card.strength-intro')[0]), 'the card is in Spanish');
  assert.ok(text.includes('Pedir cita'), "the page's own link stays in the tag");
  // The actions slot's wrapper shows (no `hidden`), since the page fills it.
  assert.doesNotMatch(page.slice(page.indexOf('part="actions"'), page.indexOf('part="actions"') + 60), /hidden/);
  // Filling again changes nothing.
  assert.equal((await server.renderPage(page)).page, page);
});

const built = existsSync(new URL('dist/lib/server.js', root));
test('npx ketamine-widgets render writes the filled page', { skip: !built && 'run npm run build first' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-render-'));
  writeFileSync(join(dir, 'in.html'), PAGE);
  const bin = new URL('bin/ketamine-widgets.js', root).pathname;
  execFileSync(process.execPath, [bin, 'render', join(dir, 'in.html'), '-o', join(dir, 'out.html')], { stdio: 'pipe' });
  const page = readFileSync(join(dir, 'out.html'), 'utf8');
  assert.equal(withoutShadowRoots(page), PAGE);
  assert.equal(page.match(/shadowrootmode="open"/g)?.length, 2);
});
