import { expect } from '@open-wc/testing';
import { engine } from './registry-widget.js';

/**
 * The first check of every test in a system-setting group (web-test-runner.config.js): the browser was launched
 * with the setting, so a launch option that stops working fails the group instead of passing it untested.
 * `unsupportedIn` names engines that have no such mode at all (test/support/browsers.js, SYSTEM_SETTINGS):
 * there the test is skipped, and the run's summary counts and names it, unless the engine now reports the
 * setting, in which case the test runs.
 */
export function expectSystemSetting(
  test: Mocha.Context,
  query: string,
  unsupportedIn: ReturnType<typeof engine>[] = [],
): void {
  const on = matchMedia(query).matches;
  if (!on && unsupportedIn.includes(engine())) test.skip();
  expect(on, `${query}: the setting this browser was launched with`).to.equal(true);
}
