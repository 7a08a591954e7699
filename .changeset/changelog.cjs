// Changesets' changelog functions: the default ones (@changesets/cli/changelog), except that a
// content changeset (written by `npm run content:changeset`) keeps only its first line in the
// list of changes and hands its claims on, between markers, to `npm run release:version`'s second step
// (scripts/content.js changelog), which gathers them into the release's "Content" section.
const CONTENT_MARK = '<!-- content-claims -->';
const defaults = () => import('@changesets/cli/changelog').then((m) => m.default.default ?? m.default);

async function getReleaseLine(changeset, type, options) {
  const git = await defaults();
  const [summary, claims] = changeset.summary.split(CONTENT_MARK);
  if (claims === undefined) return git.getReleaseLine(changeset, type, options);
  const first = `${summary.trim()} See "Content" below.`;
  const line = await git.getReleaseLine({ ...changeset, summary: first }, type, options);
  return `${line}\n\n<!-- content -->\n${claims.trim()}\n<!-- /content -->\n`;
}

async function getDependencyReleaseLine(...args) {
  return (await defaults()).getDependencyReleaseLine(...args);
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
