import { defineElement } from '../../internal/define.js';
import { KetamineHowItWorks } from './how-it-works.js';

defineElement('ketamine-how-it-works', KetamineHowItWorks);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-how-it-works': KetamineHowItWorks;
  }
}

export { KetamineHowItWorks };
