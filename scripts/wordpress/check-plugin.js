/*
 * `npm run test:wordpress`: the plugin zip in a real WordPress (Debian's, see server.js), driven by
 * headless Chromium. It uploads and activates the zip through Plugins → Add New → Upload Plugin,
 * publishes a post per widget as a shortcode and as a block (the markup the editor saves), and
 * checks each widget renders the same content as on a plain page, and that the page's HTML as a
 * crawler gets it (a plain GET, parsed without running any script) already holds the widget's text,
 * pre-rendered; then every kind of attribute, Spanish and Arabic, a configuration that is not
 * pre-rendered, a post without widgets, hostile shortcodes, and the block editor (check-editor.js).
 * Prints `N passed, N failed` last.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseFragment } from 'parse5';
import puppeteer from 'puppeteer-core';
import { ELEMENTS, WIDGETS } from '../lib/widgets.js';
import { attributeText, decode } from './fragments.js';
import { ZIP_PATH, STAGE_PATH } from './paths.js';
import { editorChecks } from './check-editor.js';
import { startWordPress } from './server.js';

const started = Date.now();
const catalog = JSON.parse(readFileSync(join(STAGE_PATH, 'widgets.json'), 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const BUNDLE_PATH = `/wp-content/plugins/ketamine-widgets/cdn/${version}/ketamine-widgets.js`;

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const same = (actual, expected, what) =>
  assert(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );

/** Test-only: `?test_lang=es` (or `ar`) sets WordPress's locale for one request, as Polylang or WPML do per page. */
const LOCALE_MU_PLUGIN = `<?php
add_filter( 'locale', function ( $locale ) {
	$test_locales = array( 'es' => 'es_ES', 'ar' => 'ar' );
	return $test_locales[ $_GET['test_lang'] ?? '' ] ?? $locale;
} );
`;
/** A plain page with one widget, outside WordPress: what each widget should show. */
const REFERENCE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>reference</title>
<script>const query = new URLSearchParams(location.search); document.documentElement.lang = query.get('lang');</script>
<script type="module" src="${BUNDLE_PATH}"></script></head>
<body><script>
const widget = document.createElement(query.get('tag'));
for (const [name, value] of Object.entries(JSON.parse(query.get('attrs')))) widget.setAttribute(name, value);
document.body.append(widget);
</script></body></html>
`;

/** The example attributes of src/widgets.ts, as tag attributes, a shortcode and a block. */
function forms(name) {
  const widget = catalog.find((each) => each.name === name);
  const example = WIDGETS[name].example;
  const isBoolean = (attribute) => widget.attributes[attribute].kind === 'boolean';
  const shortcode = Object.entries(example)
    .map(([attribute, value]) => (isBoolean(attribute) ? ` ${attribute}` : ` ${attribute}="${value}"`))
    .join('');
  const blockAttributes = Object.fromEntries(
    Object.entries(example).map(([attribute, value]) => [attribute, isBoolean(attribute) ? true : value]),
  );
  const json = Object.keys(blockAttributes).length ? ` ${JSON.stringify(blockAttributes)}` : '';
  return {
    widget,
    attributes: example,
    shortcode: `[${widget.shortcode}${shortcode}]`,
    block: `<!-- wp:${widget.block}${json} /-->`,
  };
}

/**
 * What a widget shows, once its script has rendered it in `locale` (taking over a pre-rendered shadow root):
 * how many `base` parts and whether an `error` part are there, its first heading (an `h1`–`h6` or a
 * `role="heading"`) and its disclaimer. Waits up to 15 s for the content.
 */
async function rendered(page, selector, locale = 'en') {
  await page
    .waitForFunction(
      (selector, locale) => {
        const element = document.querySelector(selector);
        const root = element?.shadowRoot;
        const heading = root?.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6');
        // A pre-rendered shadow root is there before the script: wait for the element's own class.
        if (!customElements.get(element?.localName)) return false;
        // The widget marks its content with the language it is shown in, once its translations are in.
        return root?.querySelector('[lang]')?.getAttribute('lang') === locale && heading?.textContent.trim();
      },
      { timeout: 15000 },
      selector,
      locale,
    )
    .catch(async (error) => {
      const state = await page.evaluate(
        (selector) => ({
          page: location.href,
          locale: window.KetamineWidgets?.getLocale(),
          shownIn: document.querySelector(selector)?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
          tag: document.querySelector(selector)?.outerHTML.slice(0, 200),
          shadow: document.querySelector(selector)?.shadowRoot?.innerHTML.slice(0, 300),
        }),
        selector,
      );
      throw new Error(`${selector} did not render in "${locale}": ${JSON.stringify(state)}`, { cause: error });
    });
  return page.evaluate(async (selector) => {
    const element = document.querySelector(selector);
    await element.updateComplete;
    const root = element.shadowRoot;
    const textOf = (part) => part?.textContent.trim().replace(/\s+/g, ' ');
    return {
      base: root.querySelectorAll('[part~="base"]').length,
      error: Boolean(root.querySelector('[part~="error"]')),
      heading: textOf(root.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')),
      disclaimer: textOf(root.querySelector('[part~="disclaimer"]')),
      text: root.textContent.replace(/\s+/g, ' ').length,
    };
  }, selector);
}

/**
 * The widget tags in the post content of a served page, with their attributes (but `class`), as
 * WordPress wrote them: parsed, not run.
 */
function servedWidgets(page, html) {
  return page.evaluate((html) => {
    const post = new DOMParser().parseFromString(html, 'text/html').querySelector('.wp-block-post-content');
    return [...post.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ketamine-'))
      .map((el) => ({
        name: el.localName,
        attributes: Object.fromEntries(
          el
            .getAttributeNames()
            .filter((name) => name !== 'class')
            .map((name) => [name, el.getAttribute(name)]),
        ),
      }));
  }, html);
}

/** The text of a parse5 node as a reader sees it: without styles, whitespace folded; a template's content included. */
function readerText(node) {
  const text = (each) =>
    each.nodeName === '#text'
      ? each.value
      : each.nodeName === 'style'
        ? ''
        : [...(each.childNodes ?? []), ...(each.content ? [each.content] : [])].map(text).join(' ');
  return text(node).replace(/\s+/g, ' ').trim();
}

/**
 * The widgets of a page as a crawler reads them: its HTML fetched with a plain GET (logged out, as `curl` does)
 * and parsed by parse5, no script run. For each widget tag: its name, how many child nodes it has, and the text
 * of its pre-rendered shadow root (its first child, `<template shadowrootmode="open">`), if any.
 */
async function crawl(link) {
  const response = await fetch(link);
  assert(response.ok, `GET ${link}: ${response.status}`);
  const widgets = [];
  const visit = (node) => {
    if (node.tagName?.startsWith('ketamine-')) {
      const [first] = node.childNodes;
      const prerendered =
        first?.tagName === 'template' &&
        first.attrs.some((attr) => attr.name === 'shadowrootmode' && attr.value === 'open');
      widgets.push({
        name: node.tagName,
        children: node.childNodes.length,
        text: prerendered ? readerText(first) : undefined,
      });
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(child);
  };
  visit(parse(await response.text()));
  return widgets;
}

/** The text of the fragment the build wrote for this widget, these attributes and this locale. */
function builtText(widget, attributes, locale) {
  const file = JSON.parse(readFileSync(join(STAGE_PATH, 'prerendered', locale, `${widget.name}.json`), 'utf8'));
  const parts = file.fragments[attributeText(widget, attributes)];
  assert(parts, `no ${locale} fragment for <${widget.tag} ${attributeText(widget, attributes)}>`);
  return readerText(parseFragment(decode(file.base, parts)).childNodes[0]);
}

/**
 * Checks a crawler reads the widget's pre-rendered text in the page: the fragment the build wrote, word for
 * word (WordPress's content filters left it alone), holding the heading and the disclaimer the script shows.
 */
async function checkCrawled(link, widget, attributes, locale, shown) {
  const crawled = await crawl(link);
  same(crawled.length, 1, `widgets a crawler finds on ${link}`);
  const [{ name, text }] = crawled;
  same(name, widget.tag, 'the tag a crawler finds');
  assert(text, `<${widget.tag}> holds no pre-rendered shadow root in the HTML of ${link}`);
  same(text, builtText(widget, attributes, locale), `the pre-rendered ${locale} text`);
  for (const what of ['heading', 'disclaimer']) {
    assert(text.includes(shown[what]), `the pre-rendered ${locale} text has no ${what} "${shown[what]}"`);
  }
}

/** The plugin's script tags on the page: type and address (path and query). */
async function scripts(page) {
  return page.$$eval('script[src*="/plugins/ketamine-widgets/"]', (tags) =>
    tags.map((tag) => ({ type: tag.type, src: new URL(tag.src).pathname + new URL(tag.src).search })),
  );
}

/** What one widget shows on the plain reference page, in `lang`. */
async function showAlone(page, url, tag, attributes, lang) {
  const query = new URLSearchParams({ tag, attrs: JSON.stringify(attributes), lang });
  await page.goto(`${url}/reference.html?${query}`);
  return rendered(page, tag, lang);
}

function lintPhp() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.php')) files.push(path);
    }
  };
  walk('wordpress');
  assert(files.length > 0, 'no PHP files found');
  for (const file of files) execFileSync('php', ['-l', file], { stdio: 'pipe' });
  return files.length;
}

let wordpress;
let browser;
const offSite = [];
try {
  await check('php -l passes on every PHP file of the plugin', () => {
    console.log(`  ${lintPhp()} files`);
  });

  wordpress = await startWordPress({
    muPlugins: { 'ketamine-test-locale.php': LOCALE_MU_PLUGIN },
    languages: ['es_ES', 'ar'],
    files: { 'reference.html': REFERENCE_PAGE },
  });
  const { url, admin } = wordpress;
  console.log(`# WordPress at ${url}, up after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
    defaultViewport: { width: 1400, height: 1000 },
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  // Code or data fetched from elsewhere (WordPress's own admin bar shows Gravatar images: not counted).
  page.on('request', (request) => {
    const code = ['script', 'fetch', 'xhr', 'websocket', 'eventsource'].includes(request.resourceType());
    if (code && !request.url().startsWith(url) && !/^(data|blob):/.test(request.url())) offSite.push(request.url());
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  await check('logs in to wp-admin', async () => {
    await page.goto(`${url}/wp-login.php`);
    // Set, not typed: wp-login.php selects the user name field 200 ms after load, and on a busy machine
    // the rest of the typing would replace what was already typed.
    await page.$eval('#user_login', (field, value) => (field.value = value), admin.user);
    await page.$eval('#user_pass', (field, value) => (field.value = value), admin.password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    assert(await page.$('#wpadminbar'), 'no admin bar after logging in');
  });

  await check('uploads the zip through Plugins → Add New → Upload Plugin and activates it', async () => {
    await page.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await page.$('input#pluginzip');
    await input.uploadFile(ZIP_PATH);
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    const result = await page.$eval('.wrap', (wrap) => wrap.textContent);
    assert(result.includes('Plugin installed successfully'), `install page says: ${result.trim().slice(0, 300)}`);
    await Promise.all([page.waitForNavigation(), page.click('.wrap a[href*="action=activate"]')]);
    const row = await page.$eval('tr[data-slug="ketamine-widgets"]', (tr) => tr.className);
    assert(row.split(' ').includes('active'), `plugin row is "${row}", not active`);
  });

  const nonce = await page.evaluate(async () => (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text());
  /** Publishes a post through the REST API as the admin; returns its address. */
  const publish = (title, content) =>
    page.evaluate(
      async (title, content, nonce) => {
        const response = await fetch('/?rest_route=/wp/v2/posts', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
          body: JSON.stringify({ title, content, status: 'publish' }),
        });
        const post = await response.json();
        if (!response.ok) throw new Error(JSON.stringify(post));
        return post.link;
      },
      title,
      content,
      nonce,
    );

  // Each widget's example on a plain page, in English and Spanish, once (inside the checks, so a
  // widget that does not render fails its own checks and the others still run).
  const references = {};
  const referenceOf = (name, lang) => {
    const { widget, attributes } = forms(name);
    references[`${name} ${lang}`] ??= showAlone(page, url, widget.tag, attributes, lang);
    return references[`${name} ${lang}`];
  };
  for (const name of ELEMENTS) {
    const { widget, attributes, shortcode, block } = forms(name);
    for (const [form, content] of [
      ['shortcode', shortcode],
      ['block', block],
    ]) {
      await check(`${name} as a ${form}: ${content}`, async () => {
        const reference = await referenceOf(name, 'en');
        const link = await publish(`${name} ${form}`, content);
        const served = await (await page.goto(link)).text();
        same(await servedWidgets(page, served), [{ name: widget.tag, attributes }], 'widget tags WordPress served');
        const shown = await rendered(page, widget.tag);
        // Taken over by the script: one base part, not the pre-rendered one beside the script's own.
        assert(shown.base === 1 && !shown.error, `base parts ${shown.base}, error part ${shown.error}`);
        same(shown.heading, reference.heading, 'heading');
        same(shown.text, reference.text, 'length of the text');
        await checkCrawled(link, widget, attributes, 'en', reference);
        // Exactly this address: with a `?ver=` query, the chunks' imports of it would load it twice.
        same(await scripts(page), [{ type: 'module', src: BUNDLE_PATH }], 'plugin scripts');
        if (form === 'shortcode') {
          const spanishReference = await referenceOf(name, 'es');
          const spanishLink = new URL(link);
          spanishLink.searchParams.set('test_lang', 'es');
          await page.goto(spanishLink.href);
          same(await page.$eval('html', (html) => html.lang), 'es-ES', 'the page language');
          const spanish = await rendered(page, widget.tag, 'es');
          same(spanish.base, 1, 'base parts in Spanish');
          same(spanish.heading, spanishReference.heading, 'Spanish heading');
          assert(spanish.heading !== shown.heading, `the heading stayed English: ${spanish.heading}`);
          await checkCrawled(spanishLink.href, widget, attributes, 'es', spanishReference);
        }
      });
    }
  }

  await check(
    'every kind of attribute (one of a set, a list of ids, a boolean) reaches the tag, as a shortcode and as a block; so many attributes are not pre-rendered: the plain tag',
    async () => {
      // In the catalog's order, which is the order WordPress writes them in.
      const attributes = {
        therapies: 'cbt ketamine',
        criteria: 'onset risks',
        highlight: 'ketamine',
        theme: 'dark',
        'heading-level': '2',
        expanded: '',
        footer: 'compact',
      };
      const shortcode = `[ketamine_therapy_comparison ${Object.entries(attributes)
        .map(([name, value]) => (value ? `${name}="${value}"` : `${name}="yes"`))
        .join(' ')}]`;
      const block = `<!-- wp:ketamine-widgets/therapy-comparison ${JSON.stringify({ ...attributes, expanded: true })} /-->`;
      const link = await publish('Every attribute', `${shortcode}\n\n${block}`);
      const served = await (await page.goto(link)).text();
      const tag = { name: 'ketamine-therapy-comparison', attributes };
      same(await servedWidgets(page, served), [tag, tag], 'widget tags WordPress served');
      const shown = await rendered(page, tag.name);
      assert(shown.base === 1 && !shown.error, `base parts ${shown.base}, error part ${shown.error}`);
      same(
        await crawl(link),
        [tag, tag].map(({ name }) => ({ name, children: 0, text: undefined })),
        'what a crawler finds',
      );
    },
  );

  await check('a shortcode post in Arabic shows the widget in Arabic, right to left', async () => {
    const { widget, shortcode } = forms('evidence-card');
    const reference = await referenceOf('evidence-card', 'ar');
    const link = new URL(await publish('Arabic', shortcode));
    link.searchParams.set('test_lang', 'ar');
    await page.goto(link.href);
    same(await page.$eval('html', (html) => html.lang), 'ar', 'the page language');
    const arabic = await rendered(page, widget.tag, 'ar');
    same(arabic.heading, reference.heading, 'Arabic heading');
    await checkCrawled(link.href, widget, WIDGETS['evidence-card'].example, 'ar', reference);
    const direction = await page.$eval(widget.tag, (el) => el.shadowRoot.querySelector('[lang]').getAttribute('dir'));
    same(direction, 'rtl', 'direction of the widget');
  });

  await check(
    'a content choice with one more attribute is pre-rendered; two ids of a list are not: the plain tag',
    async () => {
      const timeline = catalog.find((each) => each.name === 'treatment-timeline');
      const link = await publish(
        'Pre-rendered or not',
        '[ketamine_treatment_timeline current="monitoring" orientation="horizontal"]\n\n[ketamine_safety_facts sections="effects rules"]',
      );
      const [prerendered, plain] = await crawl(link);
      same(
        prerendered.text,
        builtText(timeline, { current: 'monitoring', orientation: 'horizontal' }, 'en'),
        'timeline text',
      );
      same(plain, { name: 'ketamine-safety-facts', children: 0, text: undefined }, 'the safety facts a crawler finds');
      await page.goto(link);
      const shown = await rendered(page, 'ketamine-safety-facts');
      assert(shown.base === 1 && !shown.error, `safety facts: base parts ${shown.base}, error part ${shown.error}`);
    },
  );

  await check('a post without widgets loads no plugin script', async () => {
    const link = await publish('No widget', '<!-- wp:paragraph --><p>Opening hours: 9 to 5.</p><!-- /wp:paragraph -->');
    const requests = [];
    const listen = (request) => requests.push(request.url());
    page.on('request', listen);
    await page.goto(link, { waitUntil: 'networkidle0' });
    page.off('request', listen);
    same(await scripts(page), [], 'plugin scripts');
    same(
      requests.filter((each) => each.includes('ketamine-widgets')),
      [],
      'requests for plugin files',
    );
    same(
      await page.$$eval('*', (all) => all.filter((el) => el.localName.startsWith('ketamine-')).length),
      0,
      'widget tags',
    );
  });

  const hostile = [
    `[ketamine_evidence_card study='feder-2021-ptsd" onmouseover="window.pwned=1']`,
    '[ketamine_evidence_card study="<script>window.pwned=1</script>"]',
    '[ketamine_evidence_card study="javascript:window.pwned=1" theme="javascript:alert(1)"]',
    '[ketamine_evidence_card study="no-such-study" heading-level="9" compact="<b>"]',
    `[ketamine_treatment_timeline current="monitoring' onfocus='window.pwned=1" orientation="diagonal"]`,
    '[ketamine_therapy_comparison therapies="ketamine <img src=x onerror=window.pwned=1>" highlight="x&quot; onclick=&quot;window.pwned=1"]',
    '[ketamine_safety_facts sections="<b>who</b>" footer="<svg onload=window.pwned=1>"]',
    '[ketamine_evidence_summary onload="window.pwned=1" conditions="ptsd javascript:x"]',
  ];
  await check(
    'hostile shortcode attributes give the error panel or a valid widget, never markup or a script',
    async () => {
      const link = await publish('Hostile', hostile.join('\n\n'));
      const served = await (await page.goto(link, { waitUntil: 'networkidle0' })).text();
      const content = await page.evaluate((html) => {
        const post = new DOMParser().parseFromString(html, 'text/html').querySelector('.wp-block-post-content');
        // A widget's pre-rendered shadow root (its first child) is the plugin's, not the input's.
        const prerendered = (el) => el.localName === 'template' && el.parentElement.localName.startsWith('ketamine-');
        const elements = [...post.querySelectorAll('*')].filter((el) => !prerendered(el));
        return { text: post.textContent, elements: elements.map((el) => el.localName) };
      }, served);
      assert(!content.text.includes('[ketamine_'), 'a shortcode was left as text');
      const others = content.elements.filter((name) => !name.startsWith('ketamine-') && !['p', 'br'].includes(name));
      same(others, [], 'other elements in the post');
      const widgets = await servedWidgets(page, served);
      same(widgets.length, hostile.length, 'number of widgets');
      same(
        widgets.map((el) => el.attributes),
        [{}, {}, {}, {}, {}, { therapies: 'ketamine' }, {}, { conditions: 'ptsd' }],
        'attributes kept',
      );
      for (const [index, { name }] of widgets.entries()) {
        const state = await page.waitForFunction(
          (index, name) => {
            const root = document.querySelectorAll(name)[index]?.shadowRoot;
            if (root?.querySelector('[part~="error"]')) return 'error';
            return root?.querySelector('[part~="base"]') ? 'base' : false;
          },
          { timeout: 15000 },
          widgets.filter((el, before) => before < index && el.name === name).length,
          name,
        );
        same(await state.jsonValue(), name === 'ketamine-evidence-card' ? 'error' : 'base', `${hostile[index]} shows`);
      }
      same(await page.evaluate(() => window.pwned), undefined, 'window.pwned');
    },
  );

  await editorChecks({ page, url, check, assert, same, catalog, forms, rendered });

  await check(
    'no script or data request left the site, no script error on any page, no PHP notice from the plugin',
    () => {
      same(offSite, [], 'requests to other hosts');
      same(pageErrors, [], 'page errors');
      // WordPress 6.1 itself logs deprecations under PHP 8.2; only the plugin's own lines count.
      const log = readFileSync(wordpress.debugLog, { flag: 'a+' }).toString();
      same(
        log.split('\n').filter((line) => line.includes('/plugins/ketamine-widgets/')),
        [],
        'PHP log lines',
      );
    },
  );
} catch (error) {
  failed += 1;
  console.log(`not ok - the test could not go on\n  ${error?.stack ?? error}`);
} finally {
  await browser?.close().catch(() => undefined);
  if (wordpress) {
    await wordpress.stop();
  }
  console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
