/*
 * One built example page (examples/<name>/dist) in headless Chromium, served by `vite preview`: every
 * widget shows its content, the evidence card given the clinic's study object shows that study's
 * headline, the card with an unknown study id shows its error panel and the app's `ketamine-error`
 * handler put its message on the page, nothing is fetched from another site, and the console holds no
 * error but the one the unknown id logs.
 */
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/support/chromium.js';

/** What the examples show, from their own sources (src/our-pilot.ts, App.tsx / App.vue). */
const PILOT_HEADLINE = 'Our first 10 patients (fictional example)';
const UNKNOWN_STUDY = 'sunrise-2026-follow-up';
const WIDGETS = ['ketamine-how-it-works', 'ketamine-evidence-card', 'ketamine-treatment-timeline'];
/** A generous bound for a busy machine; nothing is timed against it. */
const TIMEOUT = 60_000;

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage'],
  });
}

/**
 * A new page of `browser` that refuses every request to another site than `origin` (listed in `offSite`) and
 * collects the page's errors and the console messages whose type `consoleTypes` matches (in `messages`).
 */
export async function watchedPage(browser, origin, consoleTypes = /^error$/) {
  const page = await browser.newPage();
  const offSite = [];
  const messages = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin) || /^(data|blob):/.test(request.url())) return request.continue();
    offSite.push(request.url());
    return request.abort();
  });
  page.on('console', (message) => consoleTypes.test(message.type()) && messages.push(message.text()));
  page.on('pageerror', (error) => messages.push(String(error)));
  page.setDefaultTimeout(TIMEOUT);
  return { page, offSite, messages };
}

/**
 * A static HTTP server for the built site in `root` (`vite preview`), on a free port; `close()` it after. A
 * multi-page site: a missing file is a 404, not the home page.
 */
export function serveSite(root) {
  return preview({
    configFile: false,
    logLevel: 'silent',
    appType: 'mpa',
    root,
    build: { outDir: '.' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
}

export async function checkPage(browser, root) {
  const server = await serveSite(root);
  const url = server.resolvedUrls.local[0];
  const { page, offSite, messages: errors } = await watchedPage(browser, url);
  try {
    await page.goto(url);
    await page.waitForSelector('p[role="status"]');
    // Clinic content is validated by a lazily loaded chunk, after the first update: wait until every widget
    // shows its content or its error panel (as the browser tests' settled() does).
    await page.waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].every((widget) =>
          widget.shadowRoot?.querySelector('[part~="base"], [part~="error"]'),
        ),
      {},
      WIDGETS,
    );
    const state = await page.evaluate(async (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      const part = (widget, name) => widget.shadowRoot.querySelector(`[part~="${name}"]`)?.textContent.trim() ?? '';
      return {
        tags: [...new Set(widgets.map((widget) => widget.localName))],
        widgets: widgets.map((widget) => ({
          tag: widget.localName,
          study: typeof widget.study === 'string' ? widget.study : widget.study?.id,
          text: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          headline: part(widget, 'headline'),
          error: part(widget, 'error'),
        })),
        message: document.querySelector('p[role="status"]').textContent,
      };
    }, WIDGETS);

    assert(
      WIDGETS.every((tag) => state.tags.includes(tag)),
      `expected the page to hold ${WIDGETS.join(', ')}; it holds ${state.tags.join(', ')}`,
    );
    for (const widget of state.widgets) {
      const label = `<${widget.tag}${widget.study ? ` study="${widget.study}"` : ''}>`;
      if (widget.study === UNKNOWN_STUDY) {
        assert(widget.error, `${label} shows no error panel`);
        continue;
      }
      assert(!widget.error, `${label} shows an error panel: ${widget.error}`);
      assert(widget.text.length > 200, `${label} shows almost nothing: "${widget.text}"`);
    }
    const pilot = state.widgets.find((widget) => widget.study === 'sunrise-2025-pilot');
    assert(pilot, 'no evidence card holds the clinic study object (sunrise-2025-pilot) as its study property');
    assert(
      pilot.headline === PILOT_HEADLINE,
      `the card given the study object shows the headline "${pilot.headline}", expected "${PILOT_HEADLINE}"`,
    );
    assert(
      state.message.includes(UNKNOWN_STUDY),
      `the ketamine-error handler's message does not name ${UNKNOWN_STUDY}: "${state.message}"`,
    );
    assert(!offSite.length, `the page fetched from other sites: ${offSite.join(', ')}`);
    const unexpected = errors.filter((text) => !text.startsWith('<ketamine-evidence-card>: invalid content'));
    assert(!unexpected.length, `console errors:\n${unexpected.join('\n')}`);
    assert(
      errors.length === 1 && errors[0].includes(UNKNOWN_STUDY),
      `expected one logged error naming ${UNKNOWN_STUDY}, got:\n${errors.join('\n')}`,
    );
  } finally {
    await page.close().catch(() => undefined);
    await server.close();
  }
}
