import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineTherapyComparison } from './therapy-comparison.js';

defineElement('ketamine-therapy-comparison', KetamineTherapyComparison);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-therapy-comparison': KetamineTherapyComparison;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineTherapyComparison };
