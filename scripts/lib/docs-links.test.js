// The README and the docs pages: every relative link leads to a file that exists and, for a Markdown file,
// to one of its headings; the README stays short; and every docs page is also a Storybook docs page.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { githubSlug } from './github-slug.js';
import { anchorsOf, checkLinks, linksOf } from './markdown-links.js';

const DOCS = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
const PAGES = ['README.md', ...DOCS];
const README_MAX_LINES = 250;

describe('the README and docs/*.md', () => {
  it('have no link to a missing file or anchor (external links are listed, not fetched)', (t) => {
    const { dead, external } = checkLinks(PAGES);
    t.diagnostic(`${external.length} external links, not checked:\n${external.join('\n')}`);
    assert.deepEqual(dead, [], `\n${dead.join('\n')}`);
  });

  it(`keep the README at ${README_MAX_LINES} lines or fewer (the rest belongs in docs/)`, () => {
    const lines = readFileSync('README.md', 'utf8').split('\n').length - 1;
    assert.ok(lines <= README_MAX_LINES, `README.md has ${lines} lines`);
  });

  it('show their screenshots from the visual baselines, so they cannot go stale', () => {
    const images = PAGES.flatMap((page) =>
      linksOf(readFileSync(page, 'utf8'))
        .map(({ target }) => target)
        .filter((target) => /\.(png|jpe?g|gif|svg|webp)$/i.test(target)),
    );
    assert.ok(images.length > 0, 'the README shows a widget');
    for (const image of images) assert.match(image, /(^|\/)test\/visual\/baselines\//);
  });

  it('each have a Storybook docs page that renders them (stories/docs/<name>.mdx)', () => {
    for (const page of DOCS) {
      const name = page.slice('docs/'.length, -'.md'.length);
      const mdx = readFileSync(`stories/docs/${name}.mdx`, 'utf8');
      assert.ok(mdx.includes(`'../../docs/${name}.md?raw'`), `${name}.mdx imports ${page}`);
      // The page's Storybook id is docs-<name>, which the rendered links between pages rely on.
      const title = /<Meta title="([^"]+)"/.exec(mdx)?.[1] ?? '';
      assert.equal(githubSlug(title.replace('/', ' ')), `docs-${name}`, `${name}.mdx's title`);
    }
  });
});

describe('the link check', () => {
  const files = {
    'docs/a.md': '# Page A\n\n## Size and speed\n\n## Size and speed\n\n### `<ketamine-evidence-card>`\n',
    'docs/b.md': [
      '[ok](a.md#size-and-speed) [repeat](a.md#size-and-speed-1) [tag](a.md#ketamine-evidence-card)',
      '[here](#b) [gone](missing.md) [no anchor](a.md#size-speed) <a href="../README.md">up</a>',
      '`[in code](nowhere.md)` [web](https://example.org/x)',
      '```md',
      '[in a fence](nowhere.md)',
      '```',
      '<a id="b"></a> ![shot](missing.png)',
    ].join('\n'),
    'README.md': '# Readme\n',
  };
  const check = () =>
    checkLinks(
      ['docs/b.md'],
      (f) => files[f],
      (f) => f in files,
    );

  it('finds GitHub anchors: punctuation dropped, repeats numbered', () => {
    assert.deepEqual(
      [...anchorsOf(files['docs/a.md'])],
      ['page-a', 'size-and-speed', 'size-and-speed-1', 'ketamine-evidence-card'],
    );
  });

  it('reports a missing file, a missing anchor and a missing image, and only those', () => {
    assert.deepEqual(check().dead, [
      'docs/b.md:2: missing.md (no file docs/missing.md)',
      'docs/b.md:2: a.md#size-speed (no heading of docs/a.md makes #size-speed)',
      'docs/b.md:7: missing.png (no file docs/missing.png)',
    ]);
  });

  it('lists external links without fetching them, and skips code', () => {
    assert.deepEqual(check().external, ['docs/b.md:3: https://example.org/x']);
  });
});
