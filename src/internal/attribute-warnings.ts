import { isServer } from 'lit';

/**
 * An attribute with an unknown value falls back to its default and warns,
 * never throws. One element warns once per attribute, value and set of
 * allowed values, however often the value is set or the widget re-renders.
 * On the server the message goes to the console alone (there is no element to show).
 */
export class AttributeWarnings {
  private readonly warned = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /** `message` replaces the standard wording (it must still name the attribute and the allowed values). */
  warn(name: string, value: unknown, allowed: readonly string[], message?: string): void {
    const key = `${name}\u0000${String(value)}\u0000${allowed.join(' ')}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const text =
      message ??
      `<${this.host.localName}>: ${name}="${String(value)}" is not supported; ` +
        `use one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using the default.`;
    if (isServer) console.warn(text);
    else console.warn(text, this.host);
  }

  /**
   * `value` if allowed, else `fallback`, warning about it. A removed attribute
   * (`null`) or an unset property restores the default without a warning.
   */
  check<A extends string>(name: string, value: unknown, allowed: readonly A[], fallback: A): A {
    if ((allowed as readonly unknown[]).includes(value)) return value as A;
    if (value != null) this.warn(name, value, allowed);
    return fallback;
  }
}

const pageWarnings = new Set<string>();

/**
 * Warns once per page, however many widgets meet `key` (a fact about the
 * library, not one element, such as content past its review date).
 */
export function warnOncePerPage(key: string, message: string): void {
  if (pageWarnings.has(key)) return;
  pageWarnings.add(key);
  console.warn(message);
}
