import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineHowItWorks } from './how-it-works.js';

defineElement('ketamine-how-it-works', KetamineHowItWorks);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-how-it-works': KetamineHowItWorks;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineHowItWorks };
