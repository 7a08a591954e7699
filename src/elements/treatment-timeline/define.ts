import { defineElement } from '../../internal/define.js';
import { KetamineTreatmentTimeline, type KetamineStepToggleDetail } from './treatment-timeline.js';

defineElement('ketamine-treatment-timeline', KetamineTreatmentTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-treatment-timeline': KetamineTreatmentTimeline;
  }
  interface HTMLElementEventMap {
    'ketamine-step-toggle': CustomEvent<KetamineStepToggleDetail>;
  }
}

export { KetamineTreatmentTimeline };
