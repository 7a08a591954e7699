import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RESERVED_BLOCK_SIZE, tagCode } from '../../demo/builder/code.js';
import type { KetamineCodeBuilder } from '../../demo/builder/ketamine-code-builder.js';
import type { BuilderWidget } from '../../demo/builder/catalog.js';
import { widgetsSettled } from '../../stories/settle.js';
import {
  catalog,
  choose,
  control,
  copyCode,
  openBuilder,
  pasteIntoBlankPage,
  press,
  settledReport,
  tabTo,
  type,
  type BlankPageReport,
} from './support.js';

/**
 * "Get the code" (demo/builder/, README "Get the code"): a webmaster picks a widget and its options with the
 * keyboard alone, copies the code, and pastes it into a blank page of their own site (another origin than
 * the builder and the bundle): the same widget shows there, with the chosen attributes and language, and
 * nothing goes to the console.
 */

const widgetOf = (name: string): BuilderWidget => catalog.widgets.find((w) => w.name === name)!;
const valuesOf = (widget: string, attribute: string): string[] =>
  widgetOf(widget).attributes.find((a) => a.name === attribute)!.values!;
const previewOf = (builder: KetamineCodeBuilder): HTMLElement => builder.firstElementChild as HTMLElement;
/** A widget's text without white space: the bundle's templates are minified, the source's are not. */
const textOf = (text: string): string => text.replace(/\s+/g, '');

/** A radio of a group, picked as a keyboard user does: Tab into the group, then the arrow keys. */
async function pickRadio(builder: KetamineCodeBuilder, radio: HTMLInputElement): Promise<void> {
  const group = [...builder.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${radio.name}"]`)];
  const checked = group.find((r) => r.checked)!;
  await tabTo(builder, checked);
  const key = group.indexOf(radio) > group.indexOf(checked) ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < group.length && !radio.checked; i++) await sendKeys({ press: key });
  await builder.updateComplete;
  if (!radio.checked) throw new Error(`the arrow keys never picked ${radio.id}`);
}

/** What the copied code shows on the blank page, checked against the builder's own choice and preview. */
async function expectSameWidget(builder: KetamineCodeBuilder, report: BlankPageReport): Promise<void> {
  const choice = builder.choice!;
  expect(report.origin).to.not.equal(location.origin);
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.consoleErrors, 'console errors').to.deep.equal([]);
  expect(report.failedScripts, 'failed scripts').to.deep.equal([]);
  expect(report.widgets.map((w) => w.tag)).to.deep.equal([choice.widget.tag]);
  const [widget] = report.widgets;
  expect(widget!.defined && widget!.shown, 'the widget shows its content').to.equal(true);
  for (const [name, value] of choice.attributes)
    expect(widget!.attributes[name], name).to.equal(value === true ? '' : value);
  expect(widget!.lang).to.equal(choice.locale);
  await widgetsSettled(builder);
  expect(textOf(widget!.text)).to.equal(textOf(previewOf(builder).shadowRoot!.textContent!));
}

describe('code builder: chosen with the keyboard, pasted into a blank page on another origin', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('a therapy comparison: two therapies, a highlight, heading level, expanded, in Spanish', async () => {
    const builder = await openBuilder();
    await choose(builder, control(builder, '#widget'), 'therapy-comparison');
    // Ticked in the order of the form (see tabTo); the order of ticking is checked by the test of lists below.
    const [second, first] = valuesOf('therapy-comparison', 'therapies').slice(-2) as [string, string];
    await press(builder, control(builder, `#attribute-therapies-${second}`));
    await press(builder, control(builder, `#attribute-therapies-${first}`));
    await choose(builder, control(builder, '#attribute-highlight'), second);
    await choose(builder, control(builder, '#attribute-heading-level'), '2');
    await press(builder, control(builder, '#attribute-expanded'));
    await choose(builder, control(builder, '#locale'), 'es');
    await pickRadio(builder, control(builder, '#source-here'));

    const code = await copyCode(builder);
    expect(code).to.equal(builder.code);
    expect(code).to.include(
      `<ketamine-therapy-comparison therapies="${second} ${first}" highlight="${second}" heading-level="2" expanded>`,
    );
    expect(code).to.include('<a href="/ketamine-treatment">');
    expect(code).to.include('ketamine-therapy-comparison:not(:defined)');
    expect(code).to.not.include('ketamine-evidence-card:not(:defined)');
    expect(control(builder, '#shortcode').textContent).to.equal(
      `[ketamine_therapy_comparison therapies="${second} ${first}" highlight="${second}" heading-level="2" expanded]`,
    );
    expect(control(builder, '#block').textContent).to.equal('ketamine-widgets/therapy-comparison');

    const page = await pasteIntoBlankPage(code, { lang: 'es', dir: 'ltr' });
    await expectSameWidget(builder, await settledReport(page));
  });

  it('an evidence card: another study, compact, dark, the compact footer, in Arabic on a right-to-left page', async () => {
    const builder = await openBuilder();
    const study = valuesOf('evidence-card', 'study')[0]!;
    await choose(builder, control(builder, '#attribute-study'), study);
    await press(builder, control(builder, '#attribute-compact'));
    await choose(builder, control(builder, '#attribute-theme'), 'dark');
    await choose(builder, control(builder, '#attribute-footer'), 'compact');
    await choose(builder, control(builder, '#locale'), 'ar');
    expect(control<HTMLInputElement>(builder, '#dir-rtl').checked, 'Arabic picks right to left').to.equal(true);
    await pickRadio(builder, control(builder, '#source-here'));

    const code = await copyCode(builder);
    expect(code).to.include(`<ketamine-evidence-card study="${study}" compact theme="dark" footer="compact">`);
    expect(code).to.include('<html lang="ar" dir="rtl">');
    const page = await pasteIntoBlankPage(code, { lang: 'ar', dir: 'rtl' });
    await expectSameWidget(builder, await settledReport(page));
  });

  it('a treatment timeline: a current step, horizontal, German, with the server-rendered HTML', async () => {
    const builder = await openBuilder();
    await choose(builder, control(builder, '#widget'), 'treatment-timeline');
    const step = valuesOf('treatment-timeline', 'current')[0]!;
    await choose(builder, control(builder, '#attribute-current'), step);
    await choose(builder, control(builder, '#attribute-orientation'), 'horizontal');
    await choose(builder, control(builder, '#locale'), 'de');
    await pickRadio(builder, control(builder, '#source-here'));
    await press(builder, control(builder, '#prerender'));
    await waitUntil(() => builder.prerendered !== undefined, 'the server never answered', { timeout: 20000 });

    const code = await copyCode(builder);
    expect(code).to.match(
      /<ketamine-treatment-timeline[^>]* current="[^"]+"[^>]*><template[^>]* shadowrootmode="open"/,
    );
    expect(code).to.match(/<\/template>\s*<a href="\/ketamine-treatment">[^<]+<\/a>\s*<\/ketamine-treatment-timeline>/);
    const page = await pasteIntoBlankPage(code, { lang: 'de', dir: 'ltr' });
    await expectSameWidget(builder, await settledReport(page));
  });
});

describe('code builder: the SRI variant', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  /** The builder's SRI code for a copy of the bundle at /embed-sri/<tampered>/dist/cdn/ (test/support/embed-middleware.js). */
  async function sriCode(tampered: string): Promise<string> {
    const builder = await openBuilder();
    await pickRadio(builder, control(builder, '#source-own'));
    await type(builder, control(builder, '#own-base'), `${location.origin}/embed-sri/${tampered}/dist/cdn/`);
    await press(builder, control(builder, '#sri'));
    await waitUntil(() => builder.integrity !== undefined, 'no answer for integrity.json', { timeout: 10000 });
    expect(builder.integrity?.version).to.equal(catalog.version);
    return copyCode(builder);
  }

  it('loads on a blank page: the import map and the script tag with its integrity, from integrity.json', async () => {
    const code = await sriCode('intact');
    const manifest = (await (await fetch('/dist/cdn/integrity.json')).json()) as { files: Record<string, string> };
    expect(code).to.include('<script type="importmap">');
    expect(code).to.include(`integrity="${manifest.files['ketamine-widgets.js']}" crossorigin="anonymous"`);
    for (const [file, hash] of Object.entries(manifest.files))
      expect(code).to.include(`/embed-sri/intact/dist/cdn/${file}": "${hash}"`);
    const report = await settledReport(await pasteIntoBlankPage(code, { lang: 'en', dir: 'ltr' }));
    expect(report.errors).to.deep.equal([]);
    expect(report.failedScripts).to.deep.equal([]);
    expect(report.widgets[0]?.shown).to.equal(true);
  });

  it('is enforced: the same code with the card chunk changed by one byte shows no card', async () => {
    const code = await sriCode('evidence-card');
    const page = await pasteIntoBlankPage(code, { lang: 'en', dir: 'ltr' });
    const report = await settledReport(page, (r) => r.consoleErrors.length > 0);
    expect(report.widgets[0]?.shown).to.equal(false);
    expect(report.consoleErrors.join(' ')).to.include('could not load <ketamine-evidence-card>');
  });
});

describe('code builder: options, WordPress, safety, accessibility', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('offers every attribute of every widget in custom-elements.json, with every value', async () => {
    const builder = await openBuilder();
    for (const widget of catalog.widgets) {
      builder.widgetName = widget.name;
      await builder.updateComplete;
      for (const attribute of widget.attributes) {
        const field = control(builder, `[id^="attribute-${attribute.name}"]`);
        const offered =
          field instanceof HTMLSelectElement
            ? [...field.options].map((o) => o.value).filter(Boolean)
            : [
                ...builder.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[id^="attribute-${attribute.name}-"]`),
              ].map((i) => i.id.slice(`attribute-${attribute.name}-`.length));
        if (attribute.values) expect(offered, `${widget.tag} ${attribute.name}`).to.deep.equal(attribute.values);
      }
    }
  });

  it('writes a list in the order its ids were ticked', async () => {
    const builder = await openBuilder();
    builder.widgetName = 'safety-facts';
    await builder.updateComplete;
    const [a, b, c] = valuesOf('safety-facts', 'sections') as [string, string, string];
    for (const id of [c, a, b, a]) control<HTMLInputElement>(builder, `#attribute-sections-${id}`).click();
    await builder.updateComplete;
    expect(builder.code).to.include(`<ketamine-safety-facts sections="${c} ${b}">`);
    expect(control(builder, '#shortcode').textContent).to.equal(`[ketamine_safety_facts sections="${c} ${b}"]`);
  });

  it('gives each widget a shortcode the WordPress plugin accepts (its catalog: name, attributes, values)', async () => {
    const builder = await openBuilder();
    for (const widget of catalog.widgets) {
      builder.widgetName = widget.name;
      await builder.updateComplete;
      // Every option set away from its default: booleans on, the last value, every id of a list.
      for (const a of widget.attributes) {
        builder.chosen = {
          ...builder.chosen,
          [a.name]:
            a.kind === 'boolean' ? true : a.kind === 'list' ? a.values! : a.kind === 'one' ? a.values!.at(-1)! : '{}',
        };
      }
      await builder.updateComplete;
      const code = control(builder, '#shortcode').textContent!;
      const [, name, attributes] = /^\[(\w+)((?: [\w-]+(?:="[^"]*")?)*)\]$/.exec(code) ?? [];
      expect(name, code).to.equal(widget.shortcode);
      const written = [...attributes!.matchAll(/ ([\w-]+)(?:="([^"]*)")?/g)];
      const offered = widget.attributes.filter((a) => a.wordpress);
      expect(written.map(([, n]) => n)).to.deep.equal(offered.map((a) => a.name));
      for (const [, attributeName, value] of written) {
        const spec = offered.find((a) => a.name === attributeName)!;
        if (spec.kind === 'boolean') expect(value, attributeName).to.equal(undefined);
        else
          expect(
            value!.split(' ').every((id) => spec.values!.includes(id)),
            `${attributeName}="${value}"`,
          ).to.equal(true);
      }
      expect(code).to.not.include('clinic-review');
    }
  });

  it('escapes every value it writes and never writes a javascript: link', async () => {
    const builder = await openBuilder();
    const hostile = '"><script>alert(1)</script>';
    builder.chosen = { ...builder.chosen, 'clinic-review': hostile };
    builder.fallbackHref = 'javascript:alert(1)';
    builder.fallbackText = '<img src=x onerror=alert(1)>';
    await builder.updateComplete;
    expect(builder.code).to.include('clinic-review="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(builder.code).to.not.include('<script>alert');
    expect(builder.code).to.not.include('javascript:');
    expect(builder.shadowRoot!.textContent).to.include('The fallback link is left out');
    builder.fallbackHref = '/ok';
    await builder.updateComplete;
    expect(builder.code).to.include('<a href="/ok">&lt;img src=x onerror=alert(1)&gt;</a>');
    expect(builder.shadowRoot!.querySelector('img, script')).to.equal(null);
  });

  it('reserves the same room as the README snippet on the demo page', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(page.querySelector('style')!.textContent!);
    const room: Record<string, string> = {};
    for (const rule of [...sheet.cssRules] as CSSStyleRule[]) {
      const size = rule.style.getPropertyValue('min-block-size');
      for (const selector of rule.selectorText.split(',')) room[/ketamine-([a-z-]+):not/.exec(selector)![1]!] = size;
    }
    expect(RESERVED_BLOCK_SIZE).to.deep.equal(room);
  });

  it('"Try it" opens a page with just that code', async () => {
    const builder = await openBuilder();
    await pickRadio(builder, control(builder, '#source-here'));
    const link = control<HTMLAnchorElement>(builder, '.actions a');
    expect(link.target).to.equal('_blank');
    const page = await (await fetch(link.href)).text();
    expect(page).to.include(tagCode(builder.choice!));
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = link.href;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(doc.body.children.length).to.equal(1);
    await widgetsSettled(doc.body);
    expect(doc.querySelector('ketamine-evidence-card')!.shadowRoot!.querySelector('[part~="base"]')).to.not.equal(null);
  });

  it('passes axe, and says why a variant is missing rather than giving wrong code', async () => {
    const builder = await openBuilder();
    await pickRadio(builder, control(builder, '#source-own'));
    await type(builder, control(builder, '#own-base'), 'https://cdn.jsdelivr.net/npm/ketamine-widgets@0.0.1/dist/cdn/');
    expect(control(builder, '[role="alert"]').textContent).to.include('@0.0.1');
    expect(builder.code).to.equal('');
    await type(builder, control(builder, '#own-base'), '/assets/ketamine-widgets/');
    expect(builder.code).to.include(
      '<script type="module" blocking="render" src="/assets/ketamine-widgets/ketamine-widgets.js">',
    );
    await widgetsSettled(builder);
    await expect(builder).to.be.accessible();
  });
});
