/**
 * A docs/*.md page as a Storybook docs page: the same Markdown, rendered by Storybook's `Markdown` block, with
 * its relative links made to work in Storybook. A link to another docs page opens that page's docs entry
 * (id `docs-<file name>`, which scripts/lib/docs-links.test.js checks), a link to any other file of the
 * repository opens it on GitHub, and the screenshots come from the visual baselines (`staticDirs` in
 * .storybook/main.ts serves them at `baselines/`). Headings get GitHub's ids, so `#anchor` links work.
 */
import { AnchorMdx, CodeOrSourceMdx, HeadersMdx, Markdown } from '@storybook/addon-docs/blocks';
import { createElement, type ReactElement, type ReactNode } from 'react';
import packageJson from '../../package.json';
import { headingSlug } from '../../scripts/lib/github-slug.js';

const REPOSITORY = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const BASELINES = '../test/visual/baselines/';

/** Where a link of a docs page leads in Storybook. */
function storybookLink(href: string): { href: string; target: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return { href, target: '_top' };
  if (href.startsWith('#')) return { href, target: '_self' };
  const [path = '', anchor] = href.split('#');
  const hash = anchor ? `#${anchor}` : '';
  const page = /^([a-z0-9-]+)\.md$/.exec(path)?.[1];
  if (page) return { href: `?path=/docs/docs-${page}--docs${hash}`, target: '_self' };
  const file = new URL(path, 'https://repository/docs/').pathname.slice(1);
  return { href: `${REPOSITORY}/blob/main/${file}${hash}`, target: '_top' };
}

const DocLink = ({ href, children }: { href: string; children?: ReactNode }): ReactElement =>
  createElement(AnchorMdx, storybookLink(href), children);

const DocImage = ({ src, ...rest }: { src: string }): ReactElement =>
  createElement('img', { ...rest, src: src.startsWith(BASELINES) ? `baselines/${src.slice(BASELINES.length)}` : src });

/** One docs page: `markdown` is the file's text (imported with `?raw`). */
export const DocPage = ({ markdown }: { markdown: string }): ReactElement =>
  createElement(Markdown, {
    children: markdown,
    options: {
      slugify: headingSlug,
      // Storybook's own overrides (code, links, headings) are replaced by any given here, so they are listed too.
      overrides: { ...HeadersMdx, code: CodeOrSourceMdx, a: DocLink, img: DocImage },
    },
  });
