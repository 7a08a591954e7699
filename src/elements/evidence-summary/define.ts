import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineEvidenceSummary } from './evidence-summary.js';

defineElement('ketamine-evidence-summary', KetamineEvidenceSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-evidence-summary': KetamineEvidenceSummary;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineEvidenceSummary };
