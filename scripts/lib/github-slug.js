// GitHub's anchors for Markdown headings, for the docs' link test and for the Storybook docs pages (so a
// `#anchor` that works on GitHub works there too). No Node built-ins: the browser imports it as well.

/** GitHub's anchor for a heading's text (github-slugger's rule): lowercase, punctuation dropped, spaces to `-`. */
export const githubSlug = (text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** What a heading's Markdown shows as text: code spans' contents, link texts, no tags or emphasis marks. */
const headingText = (markdown) =>
  markdown
    .split(/(`+[^`]*?`+)/)
    .map((part, i) =>
      i % 2
        ? part.replace(/^`+|`+$/g, '')
        : part
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/<[^>]+>/g, '')
            .replace(/[*]+|\b_+|_+\b/g, ''),
    )
    .join('')
    .trim();

/** GitHub's anchor for a heading written in Markdown (its first one; repeats get `-1`, `-2`…). */
export const headingSlug = (markdown) => githubSlug(headingText(markdown));
