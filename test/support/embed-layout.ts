/**
 * A widget's inside, measured for comparison between two pages: every element of its shadow
 * tree (and the ::before / ::after boxes that have content), with its box relative to the host
 * and a chosen list of computed styles.
 */

/** Layout and text properties compared; font-family is included because both pages pin it equal. */
export const COMPARED_PROPERTIES = [
  'display',
  'position',
  'float',
  'visibility',
  'box-sizing',
  'width',
  'height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'overflow-x',
  'overflow-y',
  'grid-template-columns',
  'flex-direction',
  'container-type',
  'direction',
  'writing-mode',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-shadow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'tab-size',
  'list-style-type',
  'list-style-position',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'cursor',
  'color',
  'background-color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  'text-decoration-color',
  'text-underline-offset',
  'color-scheme',
] as const;

export interface Measured {
  /** Where in the shadow tree, e.g. `section.comparison.panel > div.scroller > table`. */
  path: string;
  box: { x: number; y: number; width: number; height: number };
  style: Record<string, string>;
}

const label = (el: Element): string =>
  el.localName + [...el.classList].map((c) => `.${c}`).join('') + (el.id ? `#${el.id}` : '');

/** Every element in the widget's shadow tree, in tree order, measured. */
export function measureInside(host: HTMLElement): Measured[] {
  const view = host.ownerDocument.defaultView!;
  const origin = host.getBoundingClientRect();
  const out: Measured[] = [];
  const visit = (parent: ParentNode, path: string): void => {
    for (const el of parent.children) {
      const here = path ? `${path} > ${label(el)}` : label(el);
      const boxOf = (r: DOMRect) => ({
        x: r.left - origin.left,
        y: r.top - origin.top,
        width: r.width,
        height: r.height,
      });
      const styleOf = (s: CSSStyleDeclaration) =>
        Object.fromEntries(COMPARED_PROPERTIES.map((p) => [p, s.getPropertyValue(p)]));
      // An element without a box (display: none, or inside one) has no position to compare.
      const box = el.getClientRects().length ? boxOf(el.getBoundingClientRect()) : { x: 0, y: 0, width: 0, height: 0 };
      out.push({ path: here, box, style: styleOf(view.getComputedStyle(el)) });
      for (const pseudo of ['::before', '::after']) {
        const style = view.getComputedStyle(el, pseudo);
        if (style.content === 'none' || style.content === 'normal') continue;
        // A pseudo-element has no box of its own to read; its computed size stands in for it.
        out.push({ path: here + pseudo, box: { x: 0, y: 0, width: 0, height: 0 }, style: styleOf(style) });
      }
      if (el.shadowRoot) visit(el.shadowRoot, `${here} >>>`);
      visit(el, here);
    }
  };
  visit(host.shadowRoot!, '');
  return out;
}

/** The differences between two measurements of the same widget, one line each. */
export function differences(expected: Measured[], actual: Measured[], tolerance = 0.5): string[] {
  const diffs: string[] = [];
  if (expected.length !== actual.length) {
    diffs.push(`element count: ${expected.length} → ${actual.length}`);
  }
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
    const a = expected[i]!;
    const b = actual[i]!;
    if (a.path !== b.path) {
      diffs.push(`element ${i}: ${a.path} → ${b.path}`);
      break;
    }
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      if (Math.abs(a.box[key] - b.box[key]) > tolerance) {
        diffs.push(`${a.path}: box ${key} ${a.box[key].toFixed(1)} → ${b.box[key].toFixed(1)}`);
      }
    }
    for (const prop of COMPARED_PROPERTIES) {
      const x = a.style[prop]!;
      const y = b.style[prop]!;
      if (x === y) continue;
      // Used sizes (width: 123.45px) may differ by subpixel rounding; anything else must match exactly.
      const px = /^(-?[\d.]+)px$/;
      const [mx, my] = [px.exec(x), px.exec(y)];
      if (mx && my && Math.abs(Number(mx[1]) - Number(my[1])) <= tolerance) continue;
      diffs.push(`${a.path}: ${prop} ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
    }
  }
  return diffs;
}
