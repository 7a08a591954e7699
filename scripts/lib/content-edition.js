// The content edition of a checkout (`root`): the committed snapshot of the
// claims (content/claims.json), the CONTENT_VERSION constant, the content
// changesets in .changeset/, and the "Content" section of CHANGELOG.md.
// Used by scripts/content.js; every path is relative to `root`, so the test
// can run it on a temporary copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { changesetText, diffClaims, pendingChangesetProblems } from './claims.js';

export const SNAPSHOT = 'content/claims.json';
const REVIEW_MODULE = 'src/content/review.ts';
const VERSION_LINE = /^export const CONTENT_VERSION = (\d+);$/m;
export const COMMAND = 'npm run content:changeset';

export const readSnapshot = (root) => JSON.parse(readFileSync(join(root, SNAPSHOT), 'utf8'));
export const writeSnapshot = (root, contentVersion, claims) =>
  writeFileSync(join(root, SNAPSHOT), `${JSON.stringify({ contentVersion, claims }, null, 2)}\n`);

export function contentVersion(root) {
  const found = VERSION_LINE.exec(readFileSync(join(root, REVIEW_MODULE), 'utf8'));
  if (!found) throw new Error(`${REVIEW_MODULE}: no line \`export const CONTENT_VERSION = <number>;\``);
  return Number(found[1]);
}

/** Problems, as lines for the developer: claims that differ from the snapshot, and unfinished changesets. */
export function checkContent(root, current) {
  const snapshot = readSnapshot(root);
  const version = contentVersion(root);
  const problems = [];
  if (snapshot.contentVersion !== version) {
    problems.push(
      `${SNAPSHOT} is for content version ${snapshot.contentVersion}, but ${REVIEW_MODULE} says ${version}: run ${COMMAND}, never edit either by hand`,
    );
  }
  const changes = diffClaims(snapshot.claims, current);
  if (changes.length) {
    const what = changes.map(
      (c) => `${c.id} (${c.old === undefined ? 'new' : c.new === undefined ? 'removed' : 'changed'})`,
    );
    problems.push(
      `${changes.length} clinical claim(s) differ from ${SNAPSHOT}: ${what.join(', ')}. Run ${COMMAND}, then fill in "Why" and "Source" in the changeset it writes.`,
    );
  }
  return [...problems, ...pendingChangesetProblems(join(root, '.changeset'))];
}

/**
 * After a claim changed: raises CONTENT_VERSION by one, rewrites the snapshot and writes
 * `.changeset/content-<version>.md` listing each changed claim (old and new English, empty Why and
 * Source). Returns the changeset's path, or undefined when no claim changed.
 */
export function writeContentChangeset(root, current) {
  const snapshot = readSnapshot(root);
  const changes = diffClaims(snapshot.claims, current);
  if (!changes.length) return undefined;
  const version = contentVersion(root) + 1;
  const reviewPath = join(root, REVIEW_MODULE);
  writeFileSync(
    reviewPath,
    readFileSync(reviewPath, 'utf8').replace(VERSION_LINE, `export const CONTENT_VERSION = ${version};`),
  );
  writeSnapshot(root, version, current);
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const path = join(root, '.changeset', `content-${version}.md`);
  writeFileSync(path, changesetText(name, version, changes));
  return path;
}

const START = '<!-- content -->';
const END = '<!-- /content -->';

/**
 * After `changeset version`: .changeset/changelog.cjs wrote each content changeset's claims between
 * START and END under the new release's bump heading; this moves them into one "### Content" section
 * at the end of that release. Returns how many blocks it moved.
 */
export function gatherContentSection(root) {
  const path = join(root, 'CHANGELOG.md');
  const text = readFileSync(path, 'utf8');
  const start = text.search(/^## /m);
  if (start < 0) return 0;
  const next = text.slice(start + 3).search(/^## /m);
  const end = next < 0 ? text.length : start + 3 + next;
  let release = text.slice(start, end);
  const blocks = [];
  release = release.replace(new RegExp(`\\n*${START}\\n([\\s\\S]*?)\\n${END}`, 'g'), (_, block) => {
    blocks.push(block.trim());
    return '';
  });
  if (!blocks.length) return 0;
  const section = `### Content\n\nWhat this release changes in what the widgets tell patients (English; the translations follow it):\n\n${blocks.join('\n\n')}\n`;
  writeFileSync(path, `${text.slice(0, start)}${release.trimEnd()}\n\n${section}\n${text.slice(end)}`);
  return blocks.length;
}
