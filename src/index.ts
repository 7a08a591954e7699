/**
 * The npm entry (`import 'ketamine-widgets'`): registers every widget of the
 * registry before the import resolves, follows `<html lang>`, and exports the
 * small public API. Apps that want one widget import its own entry instead
 * (`ketamine-widgets/evidence-card`); the CDN bundle loads widgets on demand
 * (see cdn.ts).
 */
import { WIDGETS } from './widgets.js';
import { installGlobalApi } from './global-api.js';

export { setLocale, getLocale } from './localization/localization.js';
export { SUPPORTED_LOCALES } from './localization/locales.js';
export { VERSION } from './version.js';
export type { KetamineWidgetsApi } from './global-api.js';
export type { KetamineEvidenceCard } from './elements/evidence-card/evidence-card.js';
export type { KetamineTreatmentTimeline } from './elements/treatment-timeline/treatment-timeline.js';
export type { KetamineTherapyComparison } from './elements/therapy-comparison/therapy-comparison.js';
export type { ComparisonInput } from './elements/therapy-comparison/comparison.schema.js';
export type { StudyInput } from './elements/evidence-card/study.schema.js';
export type { ClinicStepInput } from './elements/treatment-timeline/timeline.schema.js';
export type { LocalizedText } from './schema/common.js';
export type { ContentIssue } from './schema/content-issue.js';
export type { KetamineErrorDetail, Theme } from './internal/ketamine-element.js';

await Promise.all(Object.values(WIDGETS).map((widget) => widget.define()));
installGlobalApi();
