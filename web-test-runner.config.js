import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers, selectedEngines } from './test/support/browsers.js';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.js';
import { embedMiddleware } from './test/support/embed-middleware.js';
import { prerenderMiddleware } from './scripts/lib/prerender.js';
import { prerenderedPagesMiddleware } from './test/support/prerendered-pages.js';
import { builderCatalogPlugin, builderMiddleware } from './test/support/builder-middleware.js';
import { visual } from './test/support/visual.js';
import { speechSnapshotPlugin } from './test/support/speech-snapshots.js';

// Screenshots of every story, in Chromium only (docs/visual-tests.md).
const screenshots = visual();

/**
 * Tests that need a system setting which Firefox's and WebKit's drivers cannot emulate: a dark system, forced
 * colours, reduced motion. Each setting's files run only in its group ("system-dark", "system-forced-colors",
 * "system-reduced-motion"), in browsers launched with it (SYSTEM_SETTINGS in test/support/browsers.js). Their
 * names end in `.system-<setting>-test.ts`, not `.test.ts`, so no glob of the default group (or of a command
 * line) picks them up.
 */
const SYSTEMS = ['dark', 'forced-colors', 'reduced-motion'];
/**
 * Test files named on the command line replace `files`; the system groups then run only if one of them is
 * under test/theme/ or test/system-settings/. `--group system-dark` runs one alone; `--group default` leaves
 * them out.
 */
const named = process.argv.slice(2).filter((arg) => /\.test\.ts$/.test(arg));
const systemGroups =
  named.length === 0 || named.some((file) => file.includes('test/theme/') || file.includes('test/system-settings/'));

const engines = selectedEngines();

/**
 * The widgets' own test folders, and the pages of a site (the embed proofs, the pre-rendered pages and the
 * code builder's blank pages), run as groups of their own, in browsers launched for each: WebKitGTK's
 * MiniBrowser stalled (WebDriver timeouts) after about 40 test files in one session, so no session gets all of
 * them. Files named on the command line run in the default group as before.
 */
const WIDGET_FILES =
  'test/{evidence-card,evidence-summary,how-it-works,safety-facts,therapy-comparison,treatment-timeline,visit-prep}/**/*.test.ts';
const PAGE_FILES = 'test/{embed,server,builder}/**/*.test.ts';
/** The accessibility proofs (what a screen reader says; docs/accessibility.md), a group of their own for the same reason. */
const A11Y_FILES = 'test/a11y/**/*.test.ts';
/**
 * The robustness proofs (fuzzed clinic JSON, the lifecycle), a group of their own: with them the default group
 * reached 30 files, and WebKit crashed at its 5th file in one run and hung at its 28th (a fuzz file) in another.
 */
const ROBUSTNESS_FILES = 'test/robustness/**/*.test.ts';
const widgetGroup = named.length === 0;

/** Every browser test, in Chromium, Firefox ESR and WebKitGTK (Debian's; see test/support/browsers.js). */
export default {
  files: [
    'test/**/*.test.ts',
    screenshots.exclude,
    ...(widgetGroup ? [`!${WIDGET_FILES}`, `!${PAGE_FILES}`, `!${A11Y_FILES}`, `!${ROBUSTNESS_FILES}`] : []),
  ],
  groups: [
    ...(widgetGroup
      ? [
          { name: 'widgets', files: WIDGET_FILES, browsers: browsers(engines) },
          { name: 'pages', files: PAGE_FILES, browsers: browsers(engines) },
          { name: 'a11y', files: A11Y_FILES, browsers: browsers(engines) },
          { name: 'robustness', files: ROBUSTNESS_FILES, browsers: browsers(engines) },
        ]
      : []),
    ...(systemGroups
      ? SYSTEMS.map((system) => ({
          name: `system-${system}`,
          files: `test/**/*.system-${system}-test.ts`,
          browsers: browsers(engines, { system }),
        }))
      : []),
    ...screenshots.groups,
  ],
  nodeResolve: true,
  // One page at a time in each engine: a page in a background tab gets no animation frames, which open-wc's fixture() awaits.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    builderCatalogPlugin(),
    speechSnapshotPlugin(),
    ...screenshots.plugins,
  ],
  // Real CSP headers and other bundle versions for the embed-proof fixtures (test/fixtures/embed/), and
  // widgets rendered by the server renderer (test/server/), the code builder's blank pages (test/builder/).
  middleware: [builderMiddleware, embedMiddleware, prerenderMiddleware, prerenderedPagesMiddleware],
  // KETAMINE_BROWSERS=chromium (or a comma list) runs fewer engines; a missing engine fails the run.
  browsers: browsers(engines),
  // One engine after another: on a 2-core machine, engines side by side starve each other into timeouts.
  concurrentBrowsers: 1,
  // A browser starting on a busy machine can take longer than the 30 s default.
  browserStartTimeout: 60000,
  reporters: [defaultReporter(), summaryReporter()],
};
