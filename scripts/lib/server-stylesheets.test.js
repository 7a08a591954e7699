// The renderer's `stylesheets` option and the stylesheet files of the build (run by `node --test scripts/lib/`):
// a shadow root links its widget's stylesheet instead of holding a <style>, for pages whose Content-Security-Policy
// refuses inline styles, and each dist/cdn/ketamine-<name>.css is exactly the text the built renderer inlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './import-ts.js';

const root = new URL('../../', import.meta.url);
const server = await importTs(`export * from './src/server.ts';`);

test('with stylesheets, every widget links its stylesheet and holds no <style> or style attribute', async () => {
  for (const tag of server.WIDGET_TAGS) {
    const attributes = tag === 'ketamine-evidence-card' ? { study: 'feder-2021-ptsd' } : {};
    const inline = await server.renderShadowRoot(tag, attributes, { locale: 'ar' });
    const linked = await server.renderShadowRoot(tag, attributes, { locale: 'ar', stylesheets: '/assets/kw' });
    assert.match(inline, new RegExp(`^<template shadowroot="open" shadowrootmode="open"><style>`));
    assert.equal((linked.match(/<link /g) ?? []).length, 1, tag);
    assert.ok(linked.includes(`<link rel="stylesheet" href="/assets/kw/${tag}.css">`), tag);
    assert.doesNotMatch(linked, /<style|\sstyle=/, tag);
    // Nothing else changes: the same shadow root with the styles in place of the link.
    const css = await server.widgetStylesheet(tag);
    assert.equal(
      linked.replace(`<link rel="stylesheet" href="/assets/kw/${tag}.css">`, `<style>${css}</style>`),
      inline,
    );
  }
});

test('stylesheets takes an https: or http: URL or a path, and nothing else', async () => {
  const render = (stylesheets) => server.renderWidget('ketamine-how-it-works', {}, { stylesheets });
  assert.match(
    await render('https://cdn.example/kw@1.0.0/dist/cdn'),
    /href="https:\/\/cdn\.example\/kw@1\.0\.0\/dist\/cdn\//,
  );
  assert.match(await render('css/'), /href="css\/ketamine-how-it-works\.css"/);
  assert.match(await render('/a?b="c"&d'), /href="\/a\?b=&quot;c&quot;&amp;d\/ketamine-how-it-works\.css"/);
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/css,a'])
    await assert.rejects(render(bad), /must be an https: or http: URL, or a path/, bad);
});

const built = existsSync(new URL('dist/lib/server.js', root));
/** Each widget's shadow root as the built renderer writes it, in a process of its own (this one defined src's widgets). */
const builtShadowRoots = () =>
  JSON.parse(
    execFileSync(process.execPath, [
      '--input-type=module',
      '-e',
      `const s = await import(${JSON.stringify(new URL('dist/lib/server.js', root).href)});
       const out = {};
       for (const tag of s.WIDGET_TAGS)
         out[tag] = await s.renderShadowRoot(tag, tag === 'ketamine-evidence-card' ? { study: 'feder-2021-ptsd' } : {});
       console.log(JSON.stringify(out));`,
    ]).toString(),
  );

test(
  "the build writes each widget's stylesheet: what the built renderer inlines",
  { skip: !built && 'run npm run build first' },
  () => {
    const shadows = builtShadowRoots();
    assert.deepEqual(Object.keys(shadows), server.WIDGET_TAGS);
    for (const [tag, inline] of Object.entries(shadows)) {
      const file = readFileSync(new URL(`dist/cdn/${tag}.css`, root), 'utf8');
      assert.ok(file.startsWith(':host{'), tag);
      assert.ok(inline.includes(`<style>${file}</style>`), `dist/cdn/${tag}.css is the inlined text`);
    }
  },
);

test(
  'npx ketamine-widgets render --stylesheets links the stylesheets',
  { skip: !built && 'run npm run build first' },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketamine-render-'));
    writeFileSync(
      join(dir, 'in.html'),
      '<!doctype html><html lang="es"><body><ketamine-safety-facts></ketamine-safety-facts></body></html>',
    );
    const bin = new URL('bin/ketamine-widgets.js', root).pathname;
    const page = execFileSync(process.execPath, [bin, 'render', join(dir, 'in.html'), '--stylesheets', '/kw/'], {
      stdio: 'pipe',
    }).toString();
    assert.ok(page.includes('<link rel="stylesheet" href="/kw/ketamine-safety-facts.css">'));
    assert.doesNotMatch(page, /<style/);
  },
);
