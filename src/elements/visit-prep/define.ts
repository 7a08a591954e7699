import { defineElement } from '../../internal/define.js';
import { KetamineVisitPrep } from './visit-prep.js';

defineElement('ketamine-visit-prep', KetamineVisitPrep);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-visit-prep': KetamineVisitPrep;
  }
}

export { KetamineVisitPrep };
