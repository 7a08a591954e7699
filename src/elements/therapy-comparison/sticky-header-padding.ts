import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps what keyboard focus reaches in the table clear of its sticky header row (WCAG 2.4.11, focus not
 * obscured): the row's height, which the therapy names set, becomes the scroller's `--_header-block-size`, its
 * scroll padding at the top (therapy-comparison.styles.ts), and follows the table's resizes.
 */
export class StickyHeaderPadding implements ReactiveController {
  private observer?: ResizeObserver;
  private table?: HTMLTableElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const table = this.host.shadowRoot?.querySelector<HTMLTableElement>('.scroller table') ?? undefined;
    if (table === this.table) return;
    this.table = table;
    this.observer ??= new ResizeObserver(([entry]) => {
      const observed = entry!.target as HTMLTableElement;
      const height = observed.tHead?.offsetHeight ?? 0;
      observed.closest<HTMLElement>('.scroller')?.style.setProperty('--_header-block-size', `${height}px`);
    });
    this.observer.disconnect();
    if (table) this.observer.observe(table);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.table = undefined;
  }
}
