import { virtual } from '@guidepup/virtual-screen-reader/browser.js';

/*
 * What a screen reader says, from @guidepup/virtual-screen-reader. Its accessibility tree walks `childNodes`
 * only (0.33: no shadow roots, slots or <details> state), so the widget's composed tree is first copied into
 * plain light DOM, as the browser's own accessibility tree sees it (the flat tree of the shadow DOM spec):
 * - shadow roots replace their host's children, a <slot> its assigned nodes (or its fallback content);
 * - what the engine does not render is left out: display: none, visibility: hidden, `hidden`, and the content
 *   of a closed <details> but its <summary>, measured on the real nodes with the engine's own styles;
 * - a custom element becomes a <div> with its attributes (it would upgrade and render again otherwise);
 * - a <summary> becomes a <button> with aria-expanded from its <details> (HTML-AAM), which 0.33 leaves out;
 * - CSS generated text (`::before`/`::after` with a string, or its alternative text after `/`) becomes text;
 * - ids get a prefix per shadow root, and the id references with them, as ids are scoped to a shadow root.
 */

const ID_REFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto', 'headers', 'for'];

/** One thing the reader says, and the real node it says it about (to compare its place on screen). */
export interface Utterance {
  phrase: string;
  node: Node | undefined;
}

export interface Flattened {
  container: HTMLElement;
  /** Copy → real node. */
  origin: Map<Node, Node>;
}

const rendered = (el: Element): boolean => {
  if (el.hasAttribute('hidden')) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
};

/** The text a pseudo-element adds to the accessible name: its string, or the alternative text after `/`. */
function generatedText(el: Element, pseudo: '::before' | '::after'): string {
  const content = getComputedStyle(el, pseudo).content;
  if (!content || content === 'none' || content === 'normal') return '';
  const strings = [...content.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  const alt = content.split('/');
  if (alt.length > 1) return [...alt[alt.length - 1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('');
  return strings.join('');
}

/** The composed tree of `host`, copied into a new container in `document.body`. */
export function flatten(host: Element): Flattened {
  const origin = new Map<Node, Node>();
  const scopes = new Map<Node, number>();
  const scopeOf = (node: Node) => {
    const root = node.getRootNode();
    if (!scopes.has(root)) scopes.set(root, scopes.size);
    return `s${scopes.get(root)}-`;
  };

  const copyElement = (el: Element): Element => {
    const custom = el.localName.includes('-');
    const summary = el.localName === 'summary' && el.parentElement?.localName === 'details';
    const copy = custom
      ? document.createElement('div')
      : summary
        ? document.createElement('button')
        : (el.cloneNode(false) as Element);
    if (custom || summary) for (const attr of el.attributes) copy.setAttribute(attr.name, attr.value);
    const prefix = scopeOf(el);
    if (el.id) copy.id = prefix + el.id;
    for (const name of ID_REFS) {
      const value = el.getAttribute(name);
      if (value)
        copy.setAttribute(
          name,
          value
            .split(/\s+/)
            .map((id) => prefix + id)
            .join(' '),
        );
    }
    if (summary && !el.hasAttribute('aria-expanded')) {
      copy.setAttribute('aria-expanded', String((el.parentElement as HTMLDetailsElement).open));
    }
    return copy;
  };

  const children = (node: Node): Node[] => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
    if (node instanceof HTMLDetailsElement && !node.open) {
      const summary = [...node.children].find((c) => c.localName === 'summary');
      return summary ? [summary] : [];
    }
    return [...node.childNodes];
  };

  const copy = (node: Node, into: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.cloneNode();
      origin.set(text, node);
      into.appendChild(text);
      return;
    }
    if (!(node instanceof Element) || !rendered(node)) return;
    if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') return;
    // A slot (or a `display: contents` wrapper's slot) adds no node of its own.
    if (node instanceof HTMLSlotElement) {
      for (const child of children(node)) copy(child, into);
      return;
    }
    if (node instanceof SVGElement) {
      const svg = node.cloneNode(true);
      origin.set(svg, node);
      into.appendChild(svg);
      return;
    }
    const el = copyElement(node);
    origin.set(el, node);
    const before = generatedText(node, '::before');
    if (before) el.append(before);
    for (const child of children(node)) copy(child, el);
    const after = generatedText(node, '::after');
    if (after) el.append(after);
    into.appendChild(el);
  };

  const container = document.createElement('div');
  container.setAttribute('data-speech-copy', '');
  // Off screen but rendered: the reader skips display: none.
  container.style.cssText = 'position:absolute;inset-inline-start:-99999px;inset-block-start:0;inline-size:600px';
  copy(host, container);
  document.body.append(container);
  return { container, origin };
}

/** Everything the reader says, moving with "next" from the start to the end of `container`. */
export async function readAll({ container, origin }: Flattened): Promise<Utterance[]> {
  await virtual.start({ container });
  const said: (Utterance & { copy: Node | null })[] = [];
  try {
    for (let i = 0; i < 5000; i++) {
      const phrase = await virtual.lastSpokenPhrase();
      const node = virtual.activeNode;
      // "Next" past the end starts again at the top (or stays on the last item).
      const first = said[0];
      const previous = said[said.length - 1];
      if (first && said.length > 1 && first.phrase === phrase && first.copy === node) break;
      if (previous && previous.phrase === phrase && previous.copy === node) break;
      said.push({ phrase, node: node ? origin.get(node) : undefined, copy: node });
      await virtual.next();
    }
  } finally {
    await virtual.stop();
    container.remove();
  }
  return said.map(({ phrase, node }) => ({ phrase, node }));
}

/**
 * The box a reader's item has on screen (a text node's through a range), cut to what its scrolling boxes show;
 * undefined when nothing of it shows, or when it sits in visually hidden text (a 1 px clipped box has no place in
 * the visual order).
 */
export function boxOf(node: Node | undefined): DOMRect | undefined {
  const el = node instanceof Element ? node : node?.parentElement;
  if (!node || !el) return undefined;
  const shown = (r: DOMRect) => r.width > 2 && r.height > 2;
  if (!shown(el.getBoundingClientRect())) return undefined;
  let rect = el.getBoundingClientRect();
  if (node instanceof Text) {
    const range = document.createRange();
    range.selectNodeContents(node);
    rect = range.getBoundingClientRect();
  }
  for (let at = composedParent(el); at; at = composedParent(at)) {
    if (!(at instanceof Element)) continue;
    const { overflowX, overflowY } = getComputedStyle(at);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    const clip = at.getBoundingClientRect();
    const left = Math.max(rect.left, clip.left);
    const top = Math.max(rect.top, clip.top);
    rect = new DOMRect(left, top, Math.min(rect.right, clip.right) - left, Math.min(rect.bottom, clip.bottom) - top);
  }
  return shown(rect) ? rect : undefined;
}

/** Whether the engine renders `el`: the same rules as `flatten`, up the composed tree. */
export function isRendered(el: Element): boolean {
  for (let at: Node | null = el; at; at = composedParent(at)) {
    if (!(at instanceof Element)) continue;
    if (!rendered(at)) return false;
    const parent = at.parentElement;
    if (parent instanceof HTMLDetailsElement && !parent.open && at.localName !== 'summary') return false;
  }
  return true;
}

/** The parent in the composed tree: a shadow root's host, a slotted node's slot. */
const composedParent = (node: Node): Node | null =>
  (node instanceof Element || node instanceof Text ? node.assignedSlot : null) ??
  (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode);

/** The language a node's text is in: the nearest `lang` up the composed tree. */
export function langOf(node: Node): string {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** Every element of the composed tree under `host` (shadow roots and slotted nodes included), in order. */
export function composedElements(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (!(node instanceof Element)) return;
    out.push(node);
    const kids =
      node instanceof HTMLSlotElement
        ? node.assignedElements({ flatten: true })
        : [...(node.shadowRoot ?? node).children];
    for (const kid of kids) walk(kid);
  };
  walk(host);
  return out;
}

const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0) > 1;

/**
 * Where the reading order goes against the visual order: of two items read one after the other, the second
 * sits above the first in the same column, or before it on the same line (to the left, or to the right in
 * right-to-left text). Items that contain one another, or sit in different columns and rows, are not compared.
 */
export function orderProblems(said: Utterance[], rtl: boolean): string[] {
  const items = said
    .filter((u) => !u.phrase.startsWith('end of '))
    .map((u) => ({ phrase: u.phrase, rect: boxOf(u.node) }))
    .filter((i): i is { phrase: string; rect: DOMRect } => !!i.rect);
  const problems: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = box(items[i - 1]!.rect);
    const b = box(items[i]!.rect);
    const sameColumn = overlap(a.left, a.right, b.left, b.right);
    const sameLine = overlap(a.top, a.bottom, b.top, b.bottom);
    const above = sameColumn && !sameLine && b.bottom <= a.top + 1;
    const before = sameLine && !sameColumn && (rtl ? b.left >= a.right - 1 : b.right <= a.left + 1);
    if (above || before) {
      problems.push(
        `"${items[i]!.phrase}" is read after "${items[i - 1]!.phrase}" but shows ${above ? 'above' : 'before'} it`,
      );
    }
  }
  return problems;
}

const inTable = (node: Node) => {
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (at instanceof HTMLTableCellElement) return true;
  }
  return false;
};

/**
 * Text read twice: one text node reached twice, or the same words read twice in a row from two nodes (a label
 * repeated by hidden text). Texts that repeat far apart ("(opens in a new tab)", one rating on several steps)
 * are separate items, each read once.
 */
export function readTwice(said: Utterance[]): string[] {
  const seen = new Set<Node>();
  const twice: string[] = [];
  let previous = '';
  for (const { phrase, node } of said) {
    // A heading or control said in between makes a repeated text a new answer ("Nothing chosen yet." per part).
    if (!(node instanceof Text)) {
      previous = phrase;
      continue;
    }
    const repeated = phrase === previous && /\s/.test(phrase) && !inTable(node);
    if (seen.has(node) || repeated) twice.push(phrase);
    seen.add(node);
    previous = phrase;
  }
  return twice;
}

/** Decoration a reader would say: an unnamed image or graphic, or a text of symbols only (an icon, a bullet). */
export function decorationRead(said: Utterance[]): string[] {
  return said
    .map((u) => u.phrase)
    .filter((p) => /^(img|image|graphics-\w+|figure)$/.test(p) || /^[\p{S}•◦▪·–—\s]+$/u.test(p));
}

/** An <svg> or <img> of the widget that a reader reaches without a name (decorative ones are aria-hidden). */
export function unnamedGraphics(host: Element): string[] {
  const hidden = (el: Element) => {
    for (let at: Node | null = el; at; at = composedParent(at)) {
      if (at instanceof Element && at.getAttribute('aria-hidden') === 'true') return true;
    }
    return false;
  };
  return composedElements(host)
    .filter((el) => el.localName === 'svg' || el.localName === 'img')
    .filter((el) => isRendered(el) && !hidden(el) && el.getAttribute('alt') !== '')
    .filter((el) => !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !el.getAttribute('alt'))
    .map((el) => el.outerHTML.slice(0, 80));
}

/** The text a reader gets from an element: its rendered text nodes outside `aria-hidden`, whitespace folded. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) parts.push(node.data);
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || !rendered(node)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(cell);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Each data cell of each table with the headers a reader announces with it (HTML's table model: `scope="col"`
 * headers above it, `scope="row"` headers beside it, `scope="rowgroup"` headers of its row group):
 * `row header | column header: cell`.
 */
export function cellsWithHeaders(host: Element): string[] {
  const lines: string[] = [];
  const tables = composedElements(host).filter((el): el is HTMLTableElement => el instanceof HTMLTableElement);
  for (const table of tables.filter(isRendered)) {
    const grid: HTMLTableCellElement[][] = [];
    [...table.rows].forEach((row, r) => {
      let col = 0;
      for (const cell of row.cells) {
        while (grid[r]?.[col]) col++;
        for (let dr = 0; dr < cell.rowSpan; dr++) {
          for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[col + dc] = cell;
        }
        col += cell.colSpan;
      }
    });
    const groupHeader = (row: HTMLTableRowElement) => {
      const group = row.parentElement;
      let header: string | undefined;
      for (const r of group ? [...(group as HTMLTableSectionElement).rows] : []) {
        const th = [...r.cells].find((c) => c.getAttribute('scope') === 'rowgroup');
        if (th) header = cellText(th);
        if (r === row) return header;
      }
      return undefined;
    };
    [...table.rows].forEach((row, r) => {
      for (const cell of row.cells) {
        if (cell.localName !== 'td' || !cellText(cell)) continue;
        const c = grid[r]!.indexOf(cell);
        const columnHeaders = grid.map((g) => g[c]).filter((h) => h?.getAttribute('scope') === 'col');
        const rowHeaders = grid[r]!.filter((h) => h.getAttribute('scope') === 'row');
        const heads = [groupHeader(row), ...new Set(rowHeaders.map(cellText))].filter(Boolean);
        lines.push(
          `${heads.join(' / ') || '(no row header)'} | ${[...new Set(columnHeaders.map((h) => cellText(h!)))].join(' / ') || '(no column header)'}: ${cellText(cell)}`,
        );
      }
    });
  }
  return lines;
}
