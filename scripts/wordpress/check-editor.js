/*
 * The block editor as a webmaster meets it (issue 26), for check-plugin.js: each block inserted from the inserter
 * (its preview in the inserter is the widget; a block that needs a choice starts as WordPress's Placeholder with
 * the choice, then becomes the widget; no error panel at any point), the names of the built-in ids in the
 * sidebar, the editor in Spanish and in Arabic (right to left), and the Site Editor's canvas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gettextParser from 'gettext-parser';
import { STAGE_PATH } from './paths.js';

/** The plugin's translation of `text` (in `context`) for a WordPress locale, from its .po. */
function translated(wpLocale, text, context = '') {
  const po = gettextParser.po.parse(
    readFileSync(`wordpress/ketamine-widgets/languages/ketamine-widgets-${wpLocale}.po`),
  );
  const message = po.translations[context]?.[text]?.msgstr[0];
  if (!message) throw new Error(`${wpLocale}: no translation of "${text}"`);
  return message;
}
const labelsOf = (locale) => JSON.parse(readFileSync(join(STAGE_PATH, 'option-labels', `${locale}.json`), 'utf8'));

/**
 * What the widgets in `root` (a document, or an iframe's, by selector) show: per tag, whether it has its `base`
 * part and whether an `error` part, once `tag` has rendered; `undefined` while it has not.
 */
const shownIn = (page, frameSelector, tag) =>
  page
    .waitForFunction(
      (frameSelector, tag) => {
        const doc = frameSelector ? document.querySelector(frameSelector)?.contentDocument : document;
        const root = doc?.querySelector(tag)?.shadowRoot;
        if (root?.querySelector('[part~="error"]')) return 'error';
        return root?.querySelector('[part~="base"]') && root.textContent.trim() ? 'base' : false;
      },
      { timeout: 20000 },
      frameSelector,
      tag,
    )
    .then((handle) => handle.jsonValue());

/**
 * Counts every error panel any widget of the editor shows, from now on, in the page or its iframes
 * (window.ketamineErrorPanels): a panel that shows for a moment is counted too.
 */
const watchErrorPanels = (page) =>
  page.evaluate(() => {
    window.ketamineErrorPanels = 0;
    const seen = new WeakSet();
    const scan = (doc) => {
      for (const widget of doc.querySelectorAll('*')) {
        const panel = widget.localName.startsWith('ketamine-') && widget.shadowRoot?.querySelector('[part~="error"]');
        if (panel && !seen.has(panel)) {
          seen.add(panel);
          window.ketamineErrorPanels += 1;
        }
      }
    };
    setInterval(() => {
      scan(document);
      for (const frame of document.querySelectorAll('iframe')) if (frame.contentDocument) scan(frame.contentDocument);
    }, 25);
  });

/** A new post in the editor, in `lang` (`?test_lang=`, the test's mu-plugin), the welcome guide closed. */
async function openEditor(page, url, lang) {
  await page.goto(`${url}/wp-admin/post-new.php${lang ? `?test_lang=${lang}` : ''}`);
  await page.waitForFunction(
    () => window.wp?.data?.select('core/edit-post') && window.wp.blocks.getBlockTypes().length,
  );
  await page.evaluate(() => {
    if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    }
  });
  await watchErrorPanels(page);
}

const INSERTER_SEARCH = '.block-editor-inserter__search input';
const itemNamed = (title) =>
  `xpath///button[contains(@class, "block-editor-block-types-list__item")][.//span[text()=${JSON.stringify(title)}]]`;
const PREVIEW_FRAME = '.block-editor-inserter__preview-container iframe';

/** Finds the block `title` in the inserter; hovers it; returns what its preview shows; then inserts it. */
async function insertFromInserter(page, title) {
  if (!(await page.$(INSERTER_SEARCH))) await page.click('button.edit-post-header-toolbar__inserter-toggle');
  const search = await page.waitForSelector(INSERTER_SEARCH);
  await search.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await search.type(title);
  const item = await page.waitForSelector(itemNamed(title));
  await item.hover();
  await page.waitForSelector(PREVIEW_FRAME);
  const tag = await page.evaluate(
    (name) => window.wp.blocks.getBlockTypes().find((type) => type.title === name)?.name,
    title,
  );
  const preview = await shownIn(page, PREVIEW_FRAME, `ketamine-${tag.replace('ketamine-widgets/', '')}`);
  await item.click();
  return preview;
}

/** The editor's main canvas (a post in 6.1 is not in an iframe): the widget of the selected block. */
const SELECTED = '.editor-styles-wrapper .is-selected';

async function openSettings(page) {
  if (!(await page.$('.interface-complementary-area .block-editor-block-inspector'))) {
    await page.click('.edit-post-header button[aria-label="Settings"]');
  }
  await page.waitForSelector('.interface-complementary-area .block-editor-block-inspector');
}

/** The option texts of the sidebar's select labelled `label`. */
const selectOptions = (page, label) =>
  page.$$eval(
    `xpath///label[text()=${JSON.stringify(label)}]/ancestor::*[contains(@class, "components-base-control")][1]//option`,
    (options) => options.map((option) => ({ value: option.value, text: option.textContent })),
  );

export async function editorChecks({ page, url, check, assert, same, catalog, forms, rendered }) {
  const english = labelsOf('en');
  // Leaving a post with changes asks "Leave site?": yes.
  page.on('dialog', (dialog) => dialog.accept());
  const card = catalog.find((widget) => widget.name === 'evidence-card');
  const cardExample = forms('evidence-card');

  await check(
    'each block from the inserter: its preview is the widget; the evidence card starts as a Placeholder with "Choose a study" and the named studies, and becomes the widget once one is chosen; no error panel at any point',
    async () => {
      await openEditor(page, url);
      const markup = [];
      for (const widget of catalog) {
        const preview = await insertFromInserter(page, widget.title);
        same(preview, 'base', `${widget.title}: the inserter's preview`);
        const required = Object.keys(widget.attributes).find((name) => widget.attributes[name].required);
        if (required) {
          const placeholder = await page.waitForSelector(`${SELECTED} .components-placeholder`);
          const shown = await placeholder.evaluate(
            (el, tag) => ({
              label: el.querySelector('.components-placeholder__label').textContent,
              buttons: [...el.querySelectorAll('button')].map((button) => button.textContent),
              tag: Boolean(el.closest('.is-selected').querySelector(tag)),
            }),
            widget.tag,
          );
          if (required === 'study') same(shown.label, 'Choose a study', `${widget.title}: the placeholder's label`);
          same(
            shown.buttons,
            widget.attributes[required].values.map((id) => english[widget.name][required][id]),
            `${widget.title}: the placeholder's choices`,
          );
          assert(!shown.tag, `${widget.title}: the widget is there before a study is chosen`);
          const choice = forms(widget.name).attributes[required] ?? widget.attributes[required].values[0];
          const [button] = await placeholder.$$(
            `xpath/.//button[text()=${JSON.stringify(english[widget.name][required][choice])}]`,
          );
          await button.click();
          markup.push(`<!-- wp:${widget.block} ${JSON.stringify({ [required]: choice })} /-->`);
        } else {
          markup.push(`<!-- wp:${widget.block} /-->`);
        }
        same(await shownIn(page, null, `${SELECTED} ${widget.tag}`), 'base', `${widget.title} in the post`);
      }
      const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
      same(saved.split('\n\n'), markup, 'the markup the editor saves');
      same(await page.evaluate(() => window.ketamineErrorPanels), 0, 'error panels shown');
    },
  );

  await check(
    'the sidebar names every built-in id, and its choice reaches the preview and the saved markup',
    async () => {
      const reference = await rendered(page, `.editor-styles-wrapper ${card.tag}`);
      await page.evaluate((name) => {
        const { getBlocks } = window.wp.data.select('core/block-editor');
        window.wp.data
          .dispatch('core/block-editor')
          .selectBlock(getBlocks().find((block) => block.name === name).clientId);
      }, card.block);
      await openSettings(page);
      const options = await selectOptions(page, 'Study');
      same(
        options.slice(1),
        card.attributes.study.values.map((id) => ({ value: id, text: english['evidence-card'].study[id] })),
        'the study options',
      );
      const other = card.attributes.study.values.find((id) => id !== cardExample.attributes.study);
      const [select] = await page.$$(
        'xpath///label[text()="Study"]/ancestor::*[contains(@class, "components-base-control")][1]//select',
      );
      await select.select(other);
      await page.waitForFunction(
        (tag, before) =>
          document
            .querySelector(`.editor-styles-wrapper ${tag}`)
            ?.shadowRoot?.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')
            ?.textContent.trim() !== before,
        {},
        card.tag,
        reference.heading,
      );
      const saved = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
      assert(saved.includes(`<!-- wp:${card.block} {"study":"${other}"} /-->`), `saved: ${saved.slice(0, 200)}`);
    },
  );

  for (const [wpLocale, lang, locale] of [
    ['es_ES', 'es', 'es'],
    ['ar', 'ar', 'ar'],
  ]) {
    await check(
      `the editor in ${wpLocale}: block titles and descriptions, the placeholder, the sidebar and the study names are translated${lang === 'ar' ? ', the sidebar right to left' : ''}`,
      async () => {
        const labels = labelsOf(locale);
        await openEditor(page, url, lang);
        const types = await page.evaluate(() =>
          window.wp.blocks
            .getBlockTypes()
            .filter((type) => type.name.startsWith('ketamine-widgets/'))
            .map(({ name, title, description }) => ({ name, title, description })),
        );
        same(
          types,
          catalog.map((widget) => ({
            name: widget.block,
            title: translated(wpLocale, widget.title, 'block title', { orSame: true }),
            description: translated(wpLocale, widget.description, 'block description', { orSame: true }),
          })),
          'block titles and descriptions',
        );
        assert(
          types.filter((type, index) => type.title !== catalog[index].title).length >= 6,
          'fewer than the six translated block titles show translated',
        );
        const preview = await insertFromInserter(page, translated(wpLocale, card.title, 'block title'));
        same(preview, 'base', 'the inserter preview');
        const placeholder = await page.waitForSelector(`${SELECTED} .components-placeholder`);
        const shown = await placeholder.evaluate((el) => ({
          label: el.querySelector('.components-placeholder__label').textContent,
          buttons: [...el.querySelectorAll('button')].map((button) => button.textContent),
        }));
        same(shown.label, translated(wpLocale, 'Choose a study'), "the placeholder's label");
        same(
          shown.buttons,
          card.attributes.study.values.map((id) => labels['evidence-card'].study[id]),
          'the studies, by name',
        );
        assert(
          shown.buttons.every(
            (text, index) => text !== english['evidence-card'].study[card.attributes.study.values[index]],
          ),
          'a study name stayed English',
        );
        await (await placeholder.$('button')).click();
        const widget = await rendered(page, `${SELECTED} ${card.tag}`, locale);
        assert(widget.base === 1 && !widget.error, `the widget: base ${widget.base}, error ${widget.error}`);
        await openSettings(page);
        const sidebar = await page.$eval('.interface-complementary-area', (area) => ({
          text: area.textContent,
          direction: getComputedStyle(area).direction,
          page: document.documentElement.dir,
        }));
        for (const text of ['Widget settings', 'Study', 'Heading level', 'Colour scheme']) {
          const expected = translated(wpLocale, text);
          assert(sidebar.text.includes(expected), `the sidebar has no "${expected}" (${text})`);
        }
        const options = await selectOptions(page, translated(wpLocale, 'Study'));
        same(
          options.slice(1).map((option) => option.text),
          card.attributes.study.values.map((id) => labels['evidence-card'].study[id]),
          'the sidebar study names',
        );
        same(sidebar.direction, lang === 'ar' ? 'rtl' : 'ltr', 'the sidebar direction');
        same(await page.evaluate(() => window.ketamineErrorPanels), 0, 'error panels shown');
      },
    );
  }

  await check("the Site Editor's canvas (an iframe) renders a block", async () => {
    await page.goto(`${url}/wp-admin/site-editor.php`);
    await page.waitForFunction(() => document.querySelector('iframe[name="editor-canvas"]')?.contentDocument?.body);
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length);
    const widget = catalog.find((each) => !Object.values(each.attributes).some((spec) => spec.required));
    await page.evaluate((block) => {
      window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock(block));
    }, widget.block);
    same(await shownIn(page, 'iframe[name="editor-canvas"]', widget.tag), 'base', `${widget.tag} in the canvas`);
  });
}
