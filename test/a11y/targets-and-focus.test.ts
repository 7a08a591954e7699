// WCAG: 2.5.8, 2.4.7, 2.4.11
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { engine, registryWidget } from '../support/registry-widget.js';
import { type A11yFrame, nameOf, openFrame, shadowElements, shown } from '../support/a11y-frame.js';
import '../support/defined.js';

/**
 * Target size (2.5.8), focus visible (2.4.7) and focus not obscured (2.4.11), for every widget of the registry
 * in its first view and with every disclosure open (docs/accessibility-tests.md).
 */

const TARGETS = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"]), [role="button"]';

/** The nearest ancestor (through the shadow root) that lays out as a block. */
function blockAround(el: Element): Element {
  let node: Element | null = el.parentElement;
  while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
  return node ?? el;
}

/** 2.5.8's inline exception: a link inside a sentence, its size set by the line of text around it. */
function inSentence(el: Element): boolean {
  if (!getComputedStyle(el).display.startsWith('inline') || getComputedStyle(el).display === 'inline-block') {
    return false;
  }
  const own = (el.textContent ?? '').trim().length;
  return (blockAround(el).textContent ?? '').trim().length > own + 3;
}

const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
const distanceToBox = (p: { x: number; y: number }, r: DOMRect) =>
  Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));

/**
 * Targets smaller than 24 × 24 CSS px that do not meet the spacing exception either: a 24-px circle on the
 * target's centre may not touch another target, nor the circle of another small target.
 */
function smallTargets(host: Element): string[] {
  const targets = shadowElements(host).filter((el) => el.matches(TARGETS) && shown(el) && !inSentence(el));
  const boxes = targets.map((el) => el.getBoundingClientRect());
  const small = boxes.map((r) => r.width < 23.5 || r.height < 23.5);
  return targets.flatMap((el, i) => {
    if (!small[i]) return [];
    const c = centre(boxes[i]!);
    const crowded = targets.some(
      (_, j) =>
        j !== i &&
        (small[j]
          ? Math.hypot(c.x - centre(boxes[j]!).x, c.y - centre(boxes[j]!).y) < 24
          : distanceToBox(c, boxes[j]!) < 12),
    );
    const { width, height } = boxes[i]!;
    return crowded
      ? [`${nameOf(el)}: ${Math.round(width)} × ${Math.round(height)} px, too close to another target`]
      : [];
  });
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The topmost element at a point, through shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** What draws a focus ring: the outline and the box shadow, as computed. */
const ring = (el: Element) => {
  const s = getComputedStyle(el);
  return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
};
const drawsRing = (el: Element) => {
  const s = getComputedStyle(el);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
};

/** Resolves when `el`'s box has not moved for 3 frames (smooth scrolls to it have ended), after at most 3 s. */
async function stillBox(el: Element): Promise<void> {
  let last = '';
  let still = 0;
  for (let frame = 0; frame < 180 && still < 3; frame++) {
    const now = JSON.stringify(el.getBoundingClientRect());
    still = now === last ? still + 1 : 0;
    last = now;
    await new Promise(requestAnimationFrame);
  }
}

/**
 * Why a focused element fails 2.4.7 (its ring against `unfocusedRing`, when the browser asks for a ring) or
 * 2.4.11, or nothing.
 */
function focusProblems(el: Element, unfocusedRing: string | undefined): string[] {
  const problems: string[] = [];
  if (unfocusedRing !== undefined && (!drawsRing(el) || ring(el) === unfocusedRing)) {
    problems.push(`${nameOf(el)}: no visible focus indicator`);
  }
  // 2.4.11 (minimum): not entirely hidden. The part of its first box inside the viewport, tested at its centre.
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, innerWidth);
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  if (right - left < 1 || bottom - top < 1) return [...problems, `${nameOf(el)}: outside the viewport`];
  const hit = deepElementAt((left + right) / 2, (top + bottom) / 2);
  if (!hit || !(hit === el || el.contains(hit))) {
    problems.push(`${nameOf(el)}: covered by ${hit ? nameOf(hit) : 'nothing'}`);
  }
  return problems;
}

describe('target size (2.5.8)', () => {
  let frame: A11yFrame;
  before(async () => {
    frame = await openFrame(320, 640);
  });
  after(() => frame.remove());

  for (const name of WIDGET_NAMES) {
    for (const expanded of [false, true]) {
      const view = expanded ? 'every disclosure open' : 'first view';
      it(`<${tagOf(name)}>, ${view}: every target is at least 24 × 24 CSS px or spaced as the exception allows, at 320 and 1,024 px wide`, async () => {
        const el = await registryWidget(name, { expanded, parent: frame.doc.body });
        try {
          for (const width of [320, 1024]) {
            await frame.resize(width, 640);
            expect(smallTargets(el), `${width} px wide`).to.deep.equal([]);
          }
        } finally {
          el.remove();
        }
      });
    }
  }
});

/** A radio group is one Tab stop (its first radio while none is checked); the arrow keys move inside it. */
function oneStopPerRadioGroup(parts: HTMLElement[]): HTMLElement[] {
  const groups = new Set<string>();
  return parts.filter((part) => {
    if (!(part instanceof HTMLInputElement) || part.type !== 'radio' || !part.name) return true;
    if (groups.has(part.name)) return false;
    groups.add(part.name);
    return true;
  });
}

/**
 * Parts reached with real Tab presses; the rest are focused from script. WebKit's driver takes 0.7 s a key press
 * and, on a busy machine, dropped some: there only the first part is reached by Tab.
 */
const TABBED = engine() === 'webkit' ? 1 : 12;

/**
 * With every disclosure open, so that every part there is can take focus (the first view's parts are the same
 * summaries and links, fewer of them). Real Tab presses from a button before the widget reach its first parts;
 * the others are focused from script, in document order, as Tab would reach them. Chromium and Firefox keep
 * `:focus-visible` on a focus from script after a key press, WebKit does not: there the ring of the parts past
 * the first ones is not judged, as no ring is asked for (each such part was still checked for 2.4.11).
 */
describe('focus visible (2.4.7) and focus not obscured (2.4.11)', () => {
  for (const name of WIDGET_NAMES) {
    it(`<${tagOf(name)}>, every disclosure open: each focusable part shows a focus ring, in view and uncovered`, async function () {
      // Open question, counted as a skip (docs/accessibility-tests.md#target-size-and-focus): in WebKitGTK, links in
      // the comparison table's far columns stay outside the viewport after focus() and scrollIntoView().
      if (name === 'therapy-comparison' && engine() === 'webkit') this.skip();
      const start = document.createElement('button');
      start.textContent = 'before';
      document.body.append(start);
      const el = await registryWidget(name, { expanded: true });
      try {
        const focusable = oneStopPerRadioGroup(
          shadowElements(el).filter((e) => e.matches(TARGETS) && shown(e)) as HTMLElement[],
        );
        expect(focusable.length, 'focusable parts').to.be.greaterThan(0);
        expect(focusable.filter((e) => e.tabIndex < 0).map(nameOf), 'parts out of the Tab order').to.deep.equal([]);
        const unfocused = new Map(focusable.map((e) => [e, ring(e)]));
        start.focus();
        const problems: string[] = [];
        for (const [i, part] of focusable.entries()) {
          if (i < TABBED) {
            await sendKeys({ press: 'Tab' });
            expect(deepActive() === part, `Tab reaches ${nameOf(part)}`).to.equal(true);
            expect(part.matches(':focus-visible'), `${nameOf(part)} matches :focus-visible after Tab`).to.equal(true);
          } else {
            // Scrolled as Tab scrolls it (WebKit's focus() from script leaves a part inside the table's scroller unscrolled).
            part.focus({ preventScroll: true });
            part.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
          }
          await stillBox(part);
          problems.push(...focusProblems(part, part.matches(':focus-visible') ? unfocused.get(part) : undefined));
        }
        expect(problems).to.deep.equal([]);
      } finally {
        el.remove();
        start.remove();
      }
    });
  }
});
