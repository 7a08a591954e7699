// `npm run analyze:check` (after `npm run analyze`): custom-elements.json and the framework types and
// editor data in types/ are committed, so a clean clone's `npm pack` ships them; they must be what the
// analyzer makes of src today. Exits 1, naming the files, when they are not.
import { execFileSync } from 'node:child_process';

const GENERATED = ['custom-elements.json', 'types/'];
const changed = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`analyze: these generated files differ from what \`npm run analyze\` makes of src:\n${changed}`);
  console.error('Commit them as `npm run analyze` wrote them.');
  process.exit(1);
}
console.log(`analyze: ${GENERATED.join(' and ')} are in step with src`);
