import { VERSION } from '../version.js';

/** What a widget class must offer to be registered by `defineElement`. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element once. Loading the library twice (two script
 * tags, or the CDN bundle beside the npm build) never throws: the first
 * definition wins, and a warning appears only when the versions differ.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && existing.version !== (element.version ?? VERSION)) {
    console.warn(
      `ketamine-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${element.version ?? VERSION} was loaded too and is ignored. Load the library once.`,
    );
  }
}
