// The server renderer (src/server.ts, `ketamine-widgets/server`) and the page filler of the CLI, run by
// `node --test scripts/lib/` (part of `npm test`). No script of the output runs: parse5 reads it as a crawler
// would. Every widget in every locale: the output holds a declarative shadow root in that language and
// direction (that its text holds each claim of the widget: crawler-text.test.js). A clinic's inline JSON
// renders as text, hostile strings escaped and `javascript:` links refused; invalid content is refused with the
// message the browser's console gives. The CLI fills a page and leaves every other byte as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, parseFragment } from 'parse5';
import { importTs } from './import-ts.js';
import { LOCALES, fold, messageFragments, readNode } from './page-text.js';

const root = new URL('../../', import.meta.url);
const server = await importTs(`
  export * from './src/server.ts';
  export { WIDGETS } from './src/widgets.ts';
  export { validateContent } from './src/schema/validate.ts';
  export { invalidContentMessage } from './src/schema/content-issue.ts';
  export { INLINE_JSON_DOC, VALID_DOCS, URL_PAYLOADS, hostileTextDoc } from './test/support/robustness-arbitraries.ts';
  export { default as fc } from 'fast-check';
`);

for (const [name, widget] of Object.entries(server.WIDGETS)) {
  for (const locale of LOCALES) {
    test(`<ketamine-${name}> in ${locale}: a declarative shadow root in that language and direction`, async () => {
      const html = await server.renderWidget(`ketamine-${name}`, widget.example, { locale });
      assert.match(html, /<template shadowroot="open" shadowrootmode="open">|<template shadowrootmode="open"/);
      // No hydration, so none of Lit's hydration markers (a third of the bytes).
      assert.doesNotMatch(html, /<!--\/?lit-|<\?>/);
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

test('the icon arrays are in the pre-rendered HTML, drawn without script: filled people as the words say', async () => {
  const count = (html, state) => html.split(`data-state="${state}"`).length - 1;
  const feder = await server.renderWidget('ketamine-evidence-card', { study: 'feder-2021-ptsd' }, { locale: 'de' });
  assert.equal(feder.split('part="icon-array"').length - 1, 1);
  assert.match(feder, /Ketamin: etwa 7 von 10/);
  assert.match(feder, /Midazolam: 2 von 10/);
  assert.equal(count(feder, 'filled'), 7 + 2);
  assert.equal(count(feder, 'empty'), 3 + 8);
  const glue = await server.renderWidget('ketamine-evidence-card', { study: 'glue-2017-dose' });
  assert.match(glue, /Ketamine: 10 of 12/);
  assert.equal(count(glue, 'filled'), 10);
  assert.equal(count(glue, 'empty'), 2);
  const safety = await server.renderWidget('ketamine-safety-facts', {});
  assert.equal(safety.split('part="icon-array"').length - 1, 3);
  // Feeling detached 6 to 8 in 10, blood pressure 8 to 19 and 1 to 4 in 100, sleepiness 5 to 6 in 10.
  assert.equal(count(safety, 'filled'), 6 + 8 + 1 + 5);
  assert.equal(count(safety, 'range'), 2 + 11 + 3 + 1);
});

test('what the browser would show as an error panel is refused with its console message', async () => {
  await assert.rejects(server.renderWidget('ketamine-evidence-card', { study: 'no-such-study' }), {
    name: 'KetamineContentError',
    message:
      /^<ketamine-evidence-card>: invalid content\.\n {2}study: expected a built-in study id: .*found "no-such-study"$/,
  });
  await assert.rejects(server.renderShadowRoot('ketamine-evidence-card', {}), { name: 'KetamineContentError' });
  await assert.rejects(server.renderWidget('ketamine-nothing', {}), TypeError);
});

/** The host, its shadow root and its light-DOM children, from renderWidget's HTML read by parse5. */
function hostOf(html, tag) {
  const host = parseFragment(html).childNodes.find((node) => node.tagName === tag);
  const [shadow, ...light] = host.childNodes.filter((node) => node.tagName);
  assert.equal(shadow.tagName, 'template');
  return { host, shadow, light };
}
/** Every element of a tree, template contents included. */
const allElements = (node) =>
  (node.childNodes ?? []).flatMap((child) =>
    child.tagName ? [child, ...allElements(child.tagName === 'template' ? child.content : child)] : [],
  );
/** What clinic text could have put into the shadow root: elements, handlers and links no widget writes. */
const injected = (shadow) =>
  allElements(shadow.content)
    .filter((element) => !(element.tagName === 'style' && shadow.content.childNodes.includes(element)))
    .flatMap((element) => [
      ...(['script', 'img', 'iframe', 'object', 'embed', 'base', 'math', 'style', 'template'].includes(element.tagName)
        ? [`<${element.tagName}>`]
        : []),
      ...element.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${a.name}=`),
      ...element.attrs
        .filter((a) => a.name === 'href' && !/^(https?:\/\/|#|tel:)/.test(a.value))
        .map((a) => `href=${a.value}`),
    ]);
/** Text as HTML can carry it (no NUL, no lone surrogate: a parser drops the one, UTF-8 replaces the other). */
const readable = (text) => fold(text.replaceAll('\0', '').toWellFormed());
/** The paths of a document's `url` fields. */
const urlPaths = (value, path = []) =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) =>
        key === 'url' ? [[...path, key]] : urlPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
      )
    : [];
const withValue = (doc, path, value) => {
  const copy = structuredClone(doc);
  path.slice(0, -1).reduce((node, key) => node[key], copy)[path.at(-1)] = value;
  return copy;
};

for (const [name, kind] of Object.entries(server.INLINE_JSON_DOC)) {
  const tag = `ketamine-${name}`;
  const [clinicDoc] = server.VALID_DOCS[kind];
  test(`<${tag}> with a clinic's inline JSON: its text renders as text, and the JSON child stays`, async () => {
    // Payloads (<script>, </template>, " onerror=…, javascript: in text) in each text the document shows.
    const cases = server.fc.sample(server.hostileTextDoc(kind), { seed: 22, numRuns: 12 });
    for (const { value, shows, note } of [{ value: clinicDoc, note: 'the README example' }, ...cases]) {
      const json = JSON.stringify(value);
      const html = await server.renderWidget(tag, {}, { json });
      const { shadow, light } = hostOf(html, tag);
      assert.deepEqual(injected(shadow), [], note);
      if (shows) assert.ok(readable(readNode(shadow.content).text).includes(readable(shows)), `${note}: ${shows}`);
      assert.equal(light.length, 1, note);
      assert.deepEqual(JSON.parse(light[0].childNodes[0].value), value, `${note}: the JSON child reads the same`);
      assert.equal(
        await server.renderShadowRoot(tag, {}, { json }),
        html.slice(html.indexOf('<template'), html.indexOf('</template>') + 11),
      );
    }
  });

  test(`<${tag}> with invalid inline JSON: refused with the message of the browser's own validation`, async () => {
    const schema = await server.WIDGETS[name].content.schema();
    const url = urlPaths(clinicDoc)[0];
    const invalid = [
      '{"unclosed": ',
      JSON.stringify([clinicDoc]),
      ...(url ? ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>'] : []).map(
        (link) => JSON.stringify(withValue(clinicDoc, url, link)),
      ),
    ];
    for (const json of invalid) {
      const checked = server.validateContent(schema, { json });
      assert.equal(checked.ok, false, json);
      const message = server.invalidContentMessage(tag, checked.issues);
      for (const locale of ['en', 'fr']) {
        await assert.rejects(server.renderWidget(tag, {}, { json, locale }), (error) => {
          if (locale === 'en') assert.equal(error.message, message);
          else assert.match(error.message, new RegExp(`^<${tag}>: invalid content\\.\\n {2}\\S`));
          assert.ok(error.issues.length >= 1);
          return true;
        });
      }
      await assert.rejects(server.renderShadowRoot(tag, {}, { json }), { message });
    }
  });

  const link = urlPaths(clinicDoc)[0];
  if (link)
    test(`<${tag}>: a web link with markup in it stays one escaped href`, async () => {
      const hostile = 'https://example.org/"><img src=x onerror=alert(1)>';
      const json = JSON.stringify(withValue(clinicDoc, link, hostile));
      const { shadow } = hostOf(await server.renderWidget(tag, {}, { json }), tag);
      assert.deepEqual(injected(shadow), []);
      const hrefs = allElements(shadow.content).flatMap((e) => e.attrs.filter((a) => a.name === 'href'));
      assert.ok(
        hrefs.some((a) => a.value === new URL(hostile).href),
        'the link, as the URL parser writes it',
      );
    });
}

test('a JSON text that would close its script is written back with \\u003c', async () => {
  const value = { note: '</script><script>alert(1)</script><!--' };
  const html = await server.renderWidget('ketamine-how-it-works', {}, { json: JSON.stringify(value) });
  assert.doesNotMatch(html.slice(html.indexOf('<script')), /<\/script>[^]*<\/script>/i);
  const { light } = hostOf(html, 'ketamine-how-it-works');
  assert.deepEqual(JSON.parse(light[0].childNodes[0].value), value);
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
  <ketamine-how-it-works><script type="APPLICATION/JSON">{"note": "Llámenos: <i>ya</i> &amp; \\u003c/p>"}</script></ketamine-how-it-works>
  <ketamine-how-it-works><script type="application/json">{"note": 3}</script></ketamine-how-it-works>
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
    report.map((r) => [r.tag, r.line, r.filled]),
    [
      ['ketamine-evidence-card', 7, true],
      ['ketamine-evidence-card', 8, false],
      ['ketamine-treatment-timeline', 9, true],
      ['ketamine-safety-facts', 10, true],
      ['ketamine-how-it-works', 11, true],
      ['ketamine-how-it-works', 12, false],
    ],
  );
  assert.match(report[1].error, /^<ketamine-evidence-card>: invalid content\.\n {2}study: .*found "no-such"$/);
  assert.match(report[5].error, /^<ketamine-how-it-works>: invalid content\.\n {2}note: .*; found 3$/);
  // The JSON children stay as written, in the light DOM.
  assert.equal(withoutShadowRoots(page), PAGE);
  const note = parse(page)
    .childNodes[1].childNodes[2].childNodes.filter((n) => n.tagName === 'ketamine-how-it-works')[0]
    .childNodes.find((n) => n.tagName === 'template');
  assert.ok(readNode(note.content).text.includes('Llámenos: <i>ya</i> &amp; </p>'), 'the note, as text');
  const card = parse(page).childNodes[1].childNodes[2].childNodes.find((n) => n.tagName === 'ketamine-evidence-card');
  const { text } = readNode(card);
  assert.ok(text.includes(messageFragments('es').get('card.strength-intro')[0]), 'the card is in Spanish');
  assert.ok(text.includes('Pedir cita'), "the page's own link stays in the tag");
  // The actions slot's wrapper shows (no `hidden`), since the page fills it.
  assert.doesNotMatch(page.slice(page.indexOf('part="actions"'), page.indexOf('part="actions"') + 60), /hidden/);
  // Filling again changes nothing.
  assert.equal((await server.renderPage(page)).page, page);
});

/** The CLI runs the built server entry: `npm test` runs these tests after `npm run build`. */
const assertBuilt = () =>
  assert.ok(
    existsSync(new URL('dist/lib/server.js', root)),
    'dist/lib/server.js is missing: run `npm run build` first',
  );

test('npx ketamine-widgets render writes the filled page', () => {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-render-'));
  writeFileSync(join(dir, 'in.html'), PAGE);
  const bin = new URL('bin/ketamine-widgets.js', root).pathname;
  const input = join(dir, 'in.html');
  const run = spawnSync(process.execPath, [bin, 'render', input, '-o', join(dir, 'out.html')], { encoding: 'utf8' });
  // Invalid content fails the build, after the page is written with those tags as they were.
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, new RegExp(`^${input}:8: <ketamine-evidence-card>: invalid content\\.$`, 'm'));
  assert.match(run.stderr, new RegExp(`^${input}:12: <ketamine-how-it-works>: invalid content\\.\\n {2}note: `, 'm'));
  const page = readFileSync(join(dir, 'out.html'), 'utf8');
  assert.equal(withoutShadowRoots(page), PAGE);
  assert.equal(page.match(/shadowrootmode="open"/g)?.length, 4);
});

test('the CLI renders a fragment without <html lang> in the language --lang names, and refuses unknown options', () => {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-render-'));
  const input = join(dir, 'snippet.html');
  writeFileSync(input, '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>\n');
  const bin = new URL('bin/ketamine-widgets.js', root).pathname;
  const run = spawnSync(process.execPath, [bin, 'render', input, '--lang', 'es'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /filled 1 of 1 widget tags in es \(--lang es\)/);
  const { text } = readNode(parseFragment(run.stdout));
  assert.ok(text.includes(messageFragments('es').get('card.strength-intro')[0]), 'the card is in Spanish');
  const wrong = spawnSync(process.execPath, [bin, 'render', input, '--langs', 'es'], { encoding: 'utf8' });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /Usage: ketamine-widgets render/);
});
