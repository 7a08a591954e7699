/** A page's elements as parse5 reads them, for the page filler and the structured data. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/**
 * Each element of the tree, in document order. `intoTemplates`: with what `<template>`s hold (a widget written
 * inside a template is still filled), or without it (what a template holds is not shown).
 */
export function* pageElements(node: ParentNode, { intoTemplates }: { intoTemplates: boolean }): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    if (child.tagName !== 'template') yield* pageElements(child, { intoTemplates });
    else if (intoTemplates)
      yield* pageElements((child as DefaultTreeAdapterMap['template']).content, { intoTemplates });
  }
}

/** The page's `<html lang>`, as written; `undefined` when it has none. */
export const pageLanguage = (elements: readonly Element[]): string | undefined =>
  elements.find((element) => element.tagName === 'html')?.attrs.find((a) => a.name === 'lang')?.value;
