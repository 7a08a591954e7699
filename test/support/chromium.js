/*
 * Debian's Chromium and the flags every test launches it with: web-test-runner (browsers.js) and
 * Storybook's Vitest project (vitest.config.ts). No side effects, so either config can import it.
 */

/** The binary: Debian's, or `CHROME_PATH`. */
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** No sandbox (containers), no GPU, no network of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  // Test pages run side by side; a page in a background tab must still get frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];
