import { expect } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { registryWidget } from '../support/registry-widget.js';
import { expectSystemSetting } from '../support/system-setting.js';
import '../support/defined.js';

/**
 * Only in the "system-reduced-motion" group (web-test-runner.config.js): browsers launched with the system's
 * "reduce motion" on (Chromium's flag, Firefox's pref, GTK's animations switch for WebKitGTK).
 */
const REDUCE = '(prefers-reduced-motion: reduce)';

/** Everything in a widget's shadow root that would move: animations, transitions, smooth scrolling. */
function motion(root: ShadowRoot): string[] {
  const moving: string[] = root.getAnimations().map((a) => `running animation ${a.constructor.name}`);
  for (const el of root.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const what = `${el.localName}.${el.getAttribute('class') ?? ''}${pseudo ?? ''}`;
      if (style.animationName !== 'none') moving.push(`${what}: animation ${style.animationName}`);
      if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) {
        moving.push(`${what}: transition ${style.transitionProperty} ${style.transitionDuration}`);
      }
      if (style.scrollBehavior === 'smooth') moving.push(`${what}: smooth scrolling`);
    }
  }
  return moving;
}

describe('reduced motion, set by the system', () => {
  for (const name of WIDGET_NAMES) {
    it(`<${tagOf(name)}> neither animates, transitions nor scrolls smoothly, every disclosure open`, async function () {
      expectSystemSetting(this, REDUCE);
      const el = await registryWidget(name, { expanded: true });
      try {
        expect(motion(el.shadowRoot!)).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }

  it("<ketamine-how-it-works>'s diagram steps appear at once", async function () {
    expectSystemSetting(this, REDUCE);
    const el = await registryWidget('how-it-works');
    try {
      const steps = [...el.shadowRoot!.querySelectorAll('svg.row .step')];
      expect(steps.length, 'diagram steps').to.be.greaterThan(0);
      for (const step of steps) expect(getComputedStyle(step).animationName).to.equal('none');
    } finally {
      el.remove();
    }
  });
});
