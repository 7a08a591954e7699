import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineEvidenceCard } from './evidence-card.js';

defineElement('ketamine-evidence-card', KetamineEvidenceCard);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-evidence-card': KetamineEvidenceCard;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-error': CustomEvent<import('../../internal/ketamine-element.js').KetamineErrorDetail>;
  }
}

export { KetamineEvidenceCard };
