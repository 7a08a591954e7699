import { WIDGETS, type WidgetName, tagOf } from '../../src/widgets.js';
import { settled } from './helpers.js';

/**
 * A registered widget as a webmaster writes it (its registry `example` attributes), added to `parent` (the
 * page by default, or an element of a frame's document: see a11y-frame.ts) and rendered; `expanded` opens
 * every disclosure. The caller removes it.
 */
export async function registryWidget(
  name: WidgetName,
  { expanded = false, parent = document.body }: { expanded?: boolean; parent?: HTMLElement } = {},
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = parent.ownerDocument.createElement(tagOf(name)) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [key, value] of Object.entries(WIDGETS[name].example)) el.setAttribute(key, value);
  if (expanded) el.setAttribute('expanded', '');
  parent.append(el);
  await settled(el, '[part~="base"]');
  await el.updateComplete;
  return el;
}

/** The engine the test page runs in, from its user agent. */
export const engine = (): 'chromium' | 'firefox' | 'webkit' =>
  / (Headless)?Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : /Firefox\//.test(navigator.userAgent)
      ? 'firefox'
      : 'webkit';
