/**
 * The library entry: registers every element, follows `<html lang>`, and
 * exposes the small public API (also as `window.KetamineWidgets` for pages
 * without a bundler).
 */
import './elements/evidence-card/define.js';
import './elements/treatment-timeline/define.js';
import './elements/therapy-comparison/define.js';
import { followDocumentLanguage, getLocale, setLocale } from './localization/localization.js';
import { SUPPORTED_LOCALES } from './localization/locales.js';
import { VERSION } from './version.js';

export { setLocale, getLocale, SUPPORTED_LOCALES, VERSION };
export { KetamineEvidenceCard } from './elements/evidence-card/evidence-card.js';
export { KetamineTreatmentTimeline } from './elements/treatment-timeline/treatment-timeline.js';
export { KetamineTherapyComparison } from './elements/therapy-comparison/therapy-comparison.js';
export type { ComparisonInput } from './schema/comparison.js';
export type { StudyInput } from './schema/study.js';
export type { ClinicStepInput } from './schema/timeline.js';
export type { LocalizedText } from './schema/common.js';
export type { ContentIssue } from './internal/content-issue.js';
export type { KetamineErrorDetail, Theme } from './internal/ketamine-element.js';

export interface KetamineWidgetsApi {
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
  locales: readonly string[];
  version: string;
}

declare global {
  interface Window {
    KetamineWidgets?: KetamineWidgetsApi;
  }
}

// When the library is loaded twice, the first copy keeps the global API and the locale handling.
if (!window.KetamineWidgets) {
  window.KetamineWidgets = { setLocale, getLocale, locales: SUPPORTED_LOCALES, version: VERSION };
  followDocumentLanguage();
}
