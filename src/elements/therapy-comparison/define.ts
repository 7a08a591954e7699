import { defineElement } from '../../internal/define.js';
import { KetamineTherapyComparison } from './therapy-comparison.js';

defineElement('ketamine-therapy-comparison', KetamineTherapyComparison);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-therapy-comparison': KetamineTherapyComparison;
  }
  interface HTMLElementEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineTherapyComparison };
