import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { build } from 'esbuild';
import { chromium, selectedEngines } from './browsers.js';

/**
 * The visual regression group: every story in `stories/`, screenshotted in Chromium and compared with
 * the PNGs committed in `test/visual/baselines/` (docs/visual-tests.md). Only Chromium: a screenshot
 * is one engine's rendering, and three sets of baselines would triple the review of every design change.
 */
export const VISUAL_FILES = 'test/visual/**/*.test.ts';

/** `web-test-runner --group visual --update-visual-baselines` (npm run test:visual:update) rewrites the baselines. */
const update = process.argv.includes('--update-visual-baselines');

const snapshots = visualRegressionPlugin({
  update,
  baseDir: 'test/visual',
  getBaselineName: ({ name }) => join('baselines', name),
  getFailedName: ({ name }) => join('failed', name),
  getDiffName: ({ name }) => join('failed', `${name}-diff`),
  // A pixel counts as changed past pixelmatch's default colour distance (0.1); anti-aliasing is ignored.
  diffOptions: { threshold: 0.1 },
  // At most 100 changed pixels, whatever the screenshot's size: two runs give identical pixels, and a share
  // would let tall screenshots hide changes (a darker border changed 0.29–1.31% of each; 0.5% missed 14 of 72).
  failureThreshold: 100,
  failureThresholdType: 'pixel',
});

/**
 * `stories/support.ts` imports `custom-elements.json` as a module, as Storybook's Vite allows. Only such an
 * import is served as JavaScript (it is rewritten to `…json?module`); a `fetch()` of a JSON file stays JSON.
 */
const jsonModules = {
  name: 'ketamine-json-modules',
  transformImport({ source }) {
    if (source.endsWith('.json')) return `${source}?module`;
  },
  async serve(context) {
    if (!context.path.endsWith('.json') || !context.URL.searchParams.has('module')) return;
    const file = join(process.cwd(), normalize(context.path));
    return { body: `export default ${await readFile(file, 'utf8')};`, type: 'js' };
  },
};

/**
 * Packages with CommonJS dependencies, bundled into one ES module as Storybook's Vite pre-bundles them:
 * the stories import `storybook/test`, which imports @testing-library/dom, which imports aria-query.
 */
const PREBUNDLED = ['@testing-library/dom'];
const bundles = new Map();
const bundle = (name) =>
  bundles.get(name) ??
  bundles
    .set(
      name,
      build({
        entryPoints: [name],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text),
    )
    .get(name);
const prebundle = {
  name: 'ketamine-prebundle',
  resolveImport({ source }) {
    if (PREBUNDLED.includes(source)) return `/__prebundled__/${source}.js`;
  },
  async serve(context) {
    const name = /^\/__prebundled__\/(.+)\.js$/.exec(context.path)?.[1];
    if (name && PREBUNDLED.includes(name)) return { body: await bundle(name), type: 'js' };
  },
};

/**
 * The test page: Storybook's own page styles (.storybook/preview-head.html), then one font for every
 * text. DejaVu Sans (Debian's fonts-dejavu-core, which fontconfig pulls in with Chromium) covers Latin
 * and Arabic, so no script falls back to whatever else a machine has.
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <script>
      // What Storybook's Vite defines for its browser code (storybook/preview-api reads it).
      window.process = { env: { NODE_ENV: 'production' } };
    </script>
    ${readFileSync('.storybook/preview-head.html', 'utf8')}
    <style>
      html, body { margin: 0; }
      .widget-story { font-family: 'DejaVu Sans' !important; }
    </style>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

/** Test files named on the command line focus the run on them: the visual group then stays out. */
const focused = () => process.argv.slice(2).some((arg) => /\.test\.[jt]s$|\*/.test(arg));

/** A stories file without its screenshot file would go unnoticed: stop the run instead. */
function checkEveryStoriesFile() {
  const missing = readdirSync('stories')
    .filter((file) => file.endsWith('.stories.ts'))
    .map((file) => `test/visual/${file.replace('.stories.ts', '.test.ts')}`)
    .filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(`Visual regression tests: add ${missing.join(', ')} (see docs/visual-tests.md).`);
  }
}

function groups(engines) {
  const why = !engines.includes('chromium')
    ? `KETAMINE_BROWSERS=${process.env.KETAMINE_BROWSERS} leaves out chromium, the only engine with baselines`
    : focused() && !process.argv.includes('--group')
      ? 'test files are named on the command line (npm run test:visual runs it alone)'
      : '';
  if (why) {
    console.warn(`Visual regression tests (test/visual/) not run: ${why}.`);
    return [];
  }
  checkEveryStoriesFile();
  // The runner sets every page to 800 × 600; these flags pin what the machine's display would otherwise decide.
  const browser = chromium({
    env: { ...process.env, FONTCONFIG_FILE: resolve('test/visual/fonts.conf') },
    args: [
      '--force-device-scale-factor=1',
      '--hide-scrollbars',
      '--force-color-profile=srgb',
      // Glyph edges the same on every machine: no hinting, no subpixel (LCD) anti-aliasing.
      '--font-render-hinting=none',
      '--disable-lcd-text',
    ],
  });
  return [{ name: 'visual', files: VISUAL_FILES, browsers: [browser], testRunnerHtml }];
}

/** What web-test-runner.config.js adds: the plugins (for every group) and the Chromium-only group. */
export const visual = (engines = selectedEngines()) => ({
  exclude: `!${VISUAL_FILES}`,
  plugins: [snapshots, jsonModules, prebundle],
  groups: groups(engines),
});
