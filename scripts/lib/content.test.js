// The content edition (scripts/content.js): the live check that npm test runs, the claim rule, and the
// whole release path on a temporary copy: a claim edited → `npm run content:changeset` → Changesets'
// own `changeset version` → CHANGELOG.md's "Content" section.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NOT_CLAIMS, currentClaims, isClaim } from './claims.js';
import { messageGroups, sourceFiles } from './messages.js';
import { ELEMENTS } from './widgets.js';
import {
  checkContent,
  contentVersion,
  gatherContentSection,
  readSnapshot,
  writeContentChangeset,
} from './content-edition.js';

const repo = resolve('.');
let current;
before(async () => {
  current = await currentClaims();
});

describe('the built-in clinical content', () => {
  it('matches content/claims.json (else: npm run content:changeset), and every content changeset has a Why and a Source', () => {
    const problems = checkContent(repo, current);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  });

  it('counts every patient sentence as a claim, and labels, buttons and error panels not', () => {
    for (const id of [
      'footer.disclaimer',
      'study.duek-2023-ptsd.result',
      'safety-facts.rules.monitoring',
      'strength.few',
    ]) {
      assert.ok(id in current, `${id} is a claim`);
    }
    for (const id of [
      'footer.sources',
      'card.dose',
      'error.hint',
      'timeline.more-details',
      'evidence-summary.show-table',
    ]) {
      assert.equal(isClaim(id), false, `${id} is a label`);
    }
    assert.equal(current['data.study.taylor-2018-sad.participants'], '18');
    assert.equal(current['data.study.abdallah-2022-ptsd.outcome'], 'no-difference');
  });

  it('lists no label pattern that matches nothing (each one is a decision about real ids)', () => {
    const ids = [...messageGroups(sourceFiles('src'), ELEMENTS).keys()];
    assert.deepEqual(
      NOT_CLAIMS.filter((pattern) => !ids.some((id) => pattern.test(id))),
      [],
    );
  });
});

describe('npm run content:changeset, then npm run release:version, on a copy', () => {
  let dir;
  const edited = 'study.duek-2023-ptsd.result';
  const run = (args) =>
    execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ketamine-content-'));
    for (const path of [
      '.changeset/config.json',
      '.changeset/changelog.cjs',
      'CHANGELOG.md',
      'src/content/review.ts',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      cpSync(path, join(dir, path));
    }
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ketamine-widgets', version: '0.1.0' }));
    // The snapshot as it was before someone reworded a claim.
    const snapshot = readSnapshot(repo);
    snapshot.claims[edited] = 'PTSD symptoms got a lot better with ketamine.';
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/claims.json'), JSON.stringify(snapshot, null, 2));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the check naming the claim and the command', () => {
    const [problem] = checkContent(dir, current);
    assert.match(problem, new RegExp(`${edited.replace(/\./g, '\\.')} \\(changed\\).*npm run content:changeset`));
  });

  it('writes a changeset with the old and new wording, bumps the content version, and the check then asks for Why and Source', () => {
    const before = contentVersion(dir);
    const path = writeContentChangeset(dir, current);
    assert.equal(contentVersion(dir), before + 1);
    assert.equal(readSnapshot(dir).contentVersion, before + 1);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^---\n"ketamine-widgets": minor\n---/);
    assert.ok(text.includes(`#### \`${edited}\``));
    assert.ok(text.includes('- Old: “PTSD symptoms got a lot better with ketamine.”'));
    assert.ok(text.includes(`- New: “${current[edited]}”`));
    const problems = checkContent(dir, current);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], new RegExp(`content-${before + 1}\\.md: ${edited}: "Why" is empty`));
    assert.match(problems[1], new RegExp(`content-${before + 1}\\.md: ${edited}: "Source" is empty`));
    writeFileSync(
      path,
      text.replace('- Why:', '- Why: The trial found no difference.').replace('- Source:', '- Source: the study'),
    );
    assert.match(checkContent(dir, current).join(), /names neither a section of the evidence file/);
    writeFileSync(
      path,
      text
        .replace('- Why:', '- Why: The trial found no difference.')
        .replace('- Source:', '- Source: evidence.md §B, duek-2023-ptsd'),
    );
    assert.deepEqual(checkContent(dir, current), []);
  });

  it('changeset version (Changesets 2) and the content step give 0.2.0 a Content section', () => {
    run([join(dir, 'node_modules/@changesets/cli/bin.js'), 'version']);
    assert.equal(gatherContentSection(dir), 1);
    const log = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    const release = log.slice(log.indexOf('## 0.2.0'), log.indexOf('## 0.1.0'));
    assert.ok(release, 'CHANGELOG.md has a 0.2.0 release above 0.1.0');
    const content = release.slice(release.indexOf('### Content'));
    assert.ok(release.includes('### Content'), release);
    for (const line of [
      `#### \`${edited}\``,
      '- Old: “PTSD symptoms got a lot better with ketamine.”',
      `- New: “${current[edited]}”`,
      '- Why: The trial found no difference.',
      '- Source: evidence.md §B, duek-2023-ptsd',
    ]) {
      assert.ok(content.includes(line), `the Content section has ${line}`);
    }
    assert.ok(!log.includes('<!--'), 'no marker is left behind');
    assert.equal(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, '0.2.0');
  });
});
