import { defineElement } from '../../internal/define.js';
import { KetamineSafetyFacts } from './safety-facts.js';

defineElement('ketamine-safety-facts', KetamineSafetyFacts);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-safety-facts': KetamineSafetyFacts;
  }
}

export { KetamineSafetyFacts };
