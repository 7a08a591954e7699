// WCAG: 1.4.3
import { expect } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { registryWidget } from '../support/registry-widget.js';
import { expectSystemSetting } from '../support/system-setting.js';
import '../support/defined.js';

/**
 * Only in the "system-dark" group (web-test-runner.config.js): with the system dark, `theme="auto"` turns dark
 * on a page that declares it supports dark (page-color-scheme.suite.ts), and every widget, all open, passes axe so.
 */
describe('theme="auto" in a dark system, on a page that supports dark', () => {
  before(() => document.documentElement.style.setProperty('color-scheme', 'light dark'));
  after(() => document.documentElement.style.removeProperty('color-scheme'));

  for (const name of WIDGET_NAMES) {
    it(`<${tagOf(name)}> is dark and passes axe with every disclosure open`, async function () {
      expectSystemSetting(this, '(prefers-color-scheme: dark)');
      const el = await registryWidget(name, { expanded: true });
      try {
        const panel = el.shadowRoot!.querySelector('.panel')!;
        expect(getComputedStyle(panel).backgroundColor, 'dark panel').to.equal('rgb(20, 32, 36)');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
});
