// docs/accessibility.md: every WCAG 2.2 A and AA criterion has a verdict and its evidence (test files that claim
// it on a `// WCAG:` line, or a dated manual check), every claim names a real criterion, and the page is current.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CRITERIA } from '../accessibility/criteria.js';
import { WCAG22 } from '../accessibility/wcag22.js';
import { REPORT, claimsOf, collectClaims, problems, renderReport } from './accessibility-report.js';

const claims = collectClaims();

describe('the accessibility conformance report', () => {
  it('lists the 55 A and AA criteria of WCAG 2.2, and 4.1.1 as obsolete', () => {
    assert.equal(WCAG22.filter((c) => !c.obsolete).length, 55);
    assert.deepEqual(
      WCAG22.filter((c) => c.obsolete).map((c) => c.sc),
      ['4.1.1'],
    );
    assert.equal(new Set(WCAG22.map((c) => c.sc)).size, WCAG22.length);
  });

  it('has a verdict, remarks and evidence for every criterion, and claims only real ones', () => {
    assert.deepEqual(problems(claims), []);
  });

  it('names only test files that exist', () => {
    assert.ok(claims.length > 0, 'some test file claims a criterion');
    for (const { path } of claims) assert.ok(existsSync(path), path);
  });

  it(`is up to date in ${REPORT} (npm run accessibility:report)`, () => {
    assert.equal(readFileSync(REPORT, 'utf8'), renderReport(claims), `${REPORT} is out of date`);
  });
});

describe('the report check', () => {
  it('reads a claim line, and flags what is not a criterion number', () => {
    assert.deepEqual(claimsOf('// WCAG: 1.3.1, 4.1.2\nimport x;\n  // WCAG: 1.4.10'), {
      claimed: ['1.3.1', '4.1.2', '1.4.10'],
      malformed: [],
    });
    assert.deepEqual(claimsOf('// WCAG: 1.3.1 and 2.4'), { claimed: [], malformed: ['1.3.1 and 2.4'] });
    assert.deepEqual(claimsOf('// see WCAG: 1.3.1'), { claimed: [], malformed: [] });
  });

  it('fails a criterion without an entry or evidence, an unknown or obsolete claim, and a bad verdict', () => {
    const { ['1.4.3']: _removed, ...missing } = CRITERIA;
    const more = (claimed) => [...claims, { path: 'test/x.test.ts', claimed, malformed: [] }];
    assert.deepEqual(problems(claims, missing), ['1.4.3 has no entry in scripts/accessibility/criteria.js']);
    assert.deepEqual(problems(claims, { ...CRITERIA, '1.2.1': { verdict: 'Not applicable', remarks: 'x' } }), [
      '1.2.1 has neither a test file nor a manual check',
    ]);
    assert.deepEqual(problems(more(['1.4.3', '1.4.6', '4.1.1'])), [
      'test/x.test.ts claims 1.4.6, not a WCAG 2.2 A or AA criterion',
      'test/x.test.ts claims 4.1.1, obsolete in WCAG 2.2',
    ]);
    assert.deepEqual(problems(claims, { ...CRITERIA, '1.4.3': { verdict: 'Pass', remarks: 'x' } }), [
      '1.4.3: unknown verdict "Pass"',
    ]);
  });
});
