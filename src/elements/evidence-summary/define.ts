import { defineElement } from '../../internal/define.js';
import { KetamineEvidenceSummary } from './evidence-summary.js';

defineElement('ketamine-evidence-summary', KetamineEvidenceSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-evidence-summary': KetamineEvidenceSummary;
  }
}

export { KetamineEvidenceSummary };
