/**
 * `#` links cannot reach ids inside a shadow root by themselves. Called from
 * a widget's click listener: it finds the `#` link that was clicked, moves to
 * its target (by default the element of that id in `root`), opening a closed
 * `<details>` around it, and puts keyboard focus there. The scroll is smooth
 * only when the visitor allows motion.
 */
export function followInPageLink(
  event: Event,
  root: ShadowRoot,
  resolve: (link: HTMLAnchorElement) => Element | null = (link) =>
    root.getElementById(link.getAttribute('href')!.slice(1)),
): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const target = resolve(link);
  if (!(target instanceof HTMLElement)) return;
  event.preventDefault();
  const section = target.closest('details');
  if (section && !section.open) section.open = true;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
}
