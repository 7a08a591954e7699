import { defineElement } from '../../internal/define.js';
import type { KetamineReaderEventMap } from '../../internal/controllers/reader-events.js';
import { KetamineTreatmentTimeline, type KetamineStepToggleDetail } from './treatment-timeline.js';

defineElement('ketamine-treatment-timeline', KetamineTreatmentTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-treatment-timeline': KetamineTreatmentTimeline;
  }
  interface HTMLElementEventMap extends KetamineReaderEventMap {
    'ketamine-step-toggle': CustomEvent<KetamineStepToggleDetail>;
  }
}

export { KetamineTreatmentTimeline };
