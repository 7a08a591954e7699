/**
 * What a reader can change in a pre-rendered widget before its script runs, without any script: which
 * disclosures (`<details>`) are open, and where the keyboard focus is. When the element's own render replaces
 * the pre-rendered nodes (KetamineElement's update), this carries both over, so taking over changes nothing the
 * reader sees. The same templates render both, so elements match by tag and position; where the counts of a tag
 * differ (content only the browser adds, such as the evidence summary's links to cards), that tag is left as
 * rendered rather than matched wrongly.
 */

const elementsIn = (nodes: readonly Node[], tag: string): Element[] =>
  nodes.flatMap((node) =>
    node instanceof Element ? [...(node.localName === tag ? [node] : []), ...node.querySelectorAll(tag)] : [],
  );

/** The element of `to` at the place `element` has among the `tag` elements of `from`; none if they differ. */
function counterpart(element: Element, from: readonly Node[], to: readonly Node[]): Element | undefined {
  const before = elementsIn(from, element.localName);
  const after = elementsIn(to, element.localName);
  return before.length === after.length ? after[before.indexOf(element)] : undefined;
}

/** Carries the open disclosures and the focus from the pre-rendered nodes over to those that replace them. */
export function carryOverReaderState(prerendered: readonly Node[], rendered: readonly Node[], root: ShadowRoot): void {
  const before = elementsIn(prerendered, 'details') as HTMLDetailsElement[];
  const after = elementsIn(rendered, 'details') as HTMLDetailsElement[];
  if (before.length === after.length) before.forEach((details, i) => (after[i]!.open = details.open));
  const focused = root.activeElement;
  if (focused && prerendered.some((node) => node.contains(focused))) {
    (counterpart(focused, prerendered, rendered) as HTMLElement | undefined)?.focus({ preventScroll: true });
  }
}
