// The content edition (see "What changed" in docs/development.md):
//
//   node scripts/content.js check       (part of npm test, through scripts/lib/content.test.js) fails,
//                                       naming the ids, when a clinical claim differs from
//                                       content/claims.json, or a content changeset lacks a Why or Source
//   node scripts/content.js changeset   (npm run content:changeset) raises CONTENT_VERSION, rewrites
//                                       content/claims.json and writes .changeset/content-<version>.md
//   node scripts/content.js changelog   (npm run release:version, after `changeset version`) gathers the
//                                       claims of the new release into its "Content" section
import { currentClaims } from './lib/claims.js';
import { COMMAND, checkContent, gatherContentSection, writeContentChangeset } from './lib/content-edition.js';

const root = process.cwd();
const command = process.argv[2];
if (command === 'check') {
  const problems = checkContent(root, await currentClaims());
  if (problems.length) {
    console.error(`Content check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Content check passed: the clinical claims match content/claims.json.');
} else if (command === 'changeset') {
  const path = writeContentChangeset(root, await currentClaims());
  console.log(
    path
      ? `Wrote ${path}. Fill in "Why" and "Source" for each claim, then commit it with content/claims.json and src/content/review.ts.`
      : `No clinical claim changed; nothing to do (${COMMAND} writes a changeset only for changed claims).`,
  );
} else if (command === 'changelog') {
  const moved = gatherContentSection(root);
  console.log(
    moved
      ? `CHANGELOG.md: ${moved} content change set(s) gathered under "Content".`
      : 'CHANGELOG.md: no content changes in this release.',
  );
} else {
  console.error('usage: node scripts/content.js check|changeset|changelog');
  process.exit(2);
}
