// node --test scripts/lib/: scripts/system-deps.js, which npm test and .ci/run run first. apt-get is a stub
// on PATH that records its calls (and fails to find an unknown package, as apt-get does), so the test never
// installs anything or reaches the network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const SCRIPT = new URL('../system-deps.js', import.meta.url).pathname;
const asRoot = process.getuid?.() === 0;

function withStubAptGet(body) {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-system-deps-'));
  const log = join(dir, 'calls');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'apt-get'),
    `#!/bin/sh\necho "$*" >> '${log}'\n[ "$1" = install ] || exit 0\nfor a; do case "$a" in -*|install) ;; *) echo "E: Unable to locate package $a" >&2; exit 100;; esac; done\n`,
  );
  chmodSync(join(dir, 'apt-get'), 0o755);
  const run = (env) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [SCRIPT, 'test'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, ...env },
    });
    return {
      ...result,
      ms: performance.now() - started,
      calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
    };
  };
  try {
    return body(run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('nothing missing: installs nothing, says nothing, and is quick', (t) =>
  withStubAptGet((run) => {
    const result = run({ KETAMINE_SYSTEM_DEPS_EXTRA: '' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout + result.stderr, '');
    assert.deepEqual(result.calls, []);
    t.diagnostic(`took ${Math.round(result.ms)} ms`);
    // The target is under a second (about 80 ms idle); the bound is looser because the machines are shared.
    assert.ok(result.ms < 5000, `took ${Math.round(result.ms)} ms`);
  }));

test('a package that does not exist: stops with the command to run, naming it, and installs nothing else', () =>
  withStubAptGet((run) => {
    const result = run({ KETAMINE_SYSTEM_DEPS_EXTRA: 'ketamine-no-such-package' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /apt-get update && apt-get install -y ketamine-no-such-package$/m);
    if (asRoot) {
      // apt-get update once, then only the missing package.
      assert.deepEqual(result.calls, ['update -qq', 'install -y -qq ketamine-no-such-package']);
      assert.match(result.stdout, /installing the Debian packages the tests need: ketamine-no-such-package/);
    } else {
      assert.deepEqual(result.calls, [], 'never sudo, never apt-get as a user');
      assert.match(result.stderr, /Run this as root/);
    }
  }));

test('an unknown group is named', () => {
  const result = spawnSync(process.execPath, [SCRIPT, 'tests'], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /unknown group 'tests'/);
});
