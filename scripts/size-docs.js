// After `size-limit` has checked the limits: writes its figures into the
// size table of docs/size-and-speed.md, so the table is always the tool's own output.
import { execFileSync } from 'node:child_process';
import { SIZE_AND_SPEED, markdownTable, replaceDocSection } from './lib/doc-section.js';

const checks = JSON.parse(execFileSync('node_modules/.bin/size-limit', ['--json'], { encoding: 'utf8' }));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
replaceDocSection(
  SIZE_AND_SPEED,
  'size',
  markdownTable(
    ['file', 'min + gzip', 'limit'],
    checks.map((check) => [check.name, kB(check.size), kB(check.sizeLimit)]),
  ),
);
