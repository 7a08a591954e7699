// After `size-limit` has checked the limits: writes its figures into the
// README's size table, so the table is always the tool's own output.
import { execFileSync } from 'node:child_process';
import { markdownTable, replaceReadmeSection } from './lib/readme-section.js';

const checks = JSON.parse(execFileSync('node_modules/.bin/size-limit', ['--json'], { encoding: 'utf8' }));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
replaceReadmeSection(
  'size',
  markdownTable(
    ['file', 'min + gzip', 'limit'],
    checks.map((check) => [check.name, kB(check.size), kB(check.sizeLimit)]),
  ),
);
