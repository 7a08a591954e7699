import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineSafetyFacts } from './safety-facts.js';

defineElement('ketamine-safety-facts', KetamineSafetyFacts);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-safety-facts': KetamineSafetyFacts;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineSafetyFacts };
