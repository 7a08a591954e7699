import { existsSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './test/support/chromium.js';

/**
 * `npm run test:storybook`: every story in stories/ as a test (Storybook's Vitest addon), in Debian's
 * Chromium, headless. Each story renders, runs its play function, then axe checks it
 * (`parameters.a11y.test = 'error'` in .storybook/preview.ts: a violation fails the test). Two projects run
 * every story twice, with the preview's theme toolbar forcing light, then dark, on every widget.
 * No story is excluded (no `tags` filter below) and no axe rule is turned off (the preview only picks the
 * WCAG 2.x A/AA tags); a story or rule left out later must say why, here or beside its `a11y` parameter.
 */
const THEMES = ['light', 'dark'] as const;

if (!existsSync(chromiumPath())) {
  throw new Error(`Storybook tests: ${chromiumPath()} not found (apt-get install -y chromium, or set CHROME_PATH).`);
}

const project = (theme: (typeof THEMES)[number]): TestProjectInlineConfiguration => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
  test: {
    name: `storybook (${theme})`,
    browser: {
      enabled: true,
      headless: true,
      // Playwright cannot download its own browsers here; the Chromium the other browser tests use.
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});

export default defineConfig({
  test: {
    projects: THEMES.map(project),
    // One story file at a time: the machine it runs on may have 2 cores and other work.
    fileParallelism: false,
    // Generous on a busy machine: a story waits for its widgets' texts before axe runs (no timing is asserted).
    testTimeout: 60000,
  },
});
