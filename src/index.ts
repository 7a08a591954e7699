/**
 * The npm entry (`import 'ketamine-widgets'`): registers every widget of the
 * registry (each in a chunk of its own, which the app's bundler splits),
 * follows `<html lang>`, and exports the small public API. `await ready`
 * where code needs the elements defined. Apps that want one widget import its
 * own entry instead (`ketamine-widgets/evidence-card`); the CDN bundle loads
 * widgets on demand (see cdn.ts).
 */
import { WIDGETS, WIDGET_NAMES, tagOf } from './widgets.js';
import { installGlobalApi } from './global-api.js';

export { setLocale, getLocale } from './localization/localization.js';
export { SUPPORTED_LOCALES } from './localization/locales.js';
export { VERSION } from './version.js';
export { CONTENT_VERSION } from './content/review.js';
export type { KetamineWidgetsApi } from './global-api.js';
export type { KetamineEvidenceCard } from './elements/evidence-card/evidence-card.js';
export type { KetamineTreatmentTimeline } from './elements/treatment-timeline/treatment-timeline.js';
export type { KetamineTherapyComparison } from './elements/therapy-comparison/therapy-comparison.js';
export type { KetamineHowItWorks } from './elements/how-it-works/how-it-works.js';
export type { KetamineSafetyFacts } from './elements/safety-facts/safety-facts.js';
export type { KetamineEvidenceSummary } from './elements/evidence-summary/evidence-summary.js';
export type { KetamineStepToggleDetail } from './elements/treatment-timeline/treatment-timeline.js';
export type { ComparisonInput } from './elements/therapy-comparison/comparison.schema.js';
export type { StudyInput } from './elements/evidence-card/study.schema.js';
export type { ClinicStepInput } from './elements/treatment-timeline/timeline.schema.js';
export type { HowItWorksInput } from './elements/how-it-works/how-it-works.schema.js';
export type { SafetyAdditionsInput } from './elements/safety-facts/safety-facts.schema.js';
export type { AuditInput } from './elements/evidence-summary/evidence-summary.schema.js';
export type { LocalizedText } from './schema/common.js';
export type { ContentIssue } from './schema/content-issue.js';
export type { KetamineErrorDetail, Theme, HeadingLevel } from './internal/ketamine-element.js';
export type {
  KetamineToggleDetail,
  KetamineSourceFollowDetail,
  KetamineSourceLinkKind,
  KetamineLocaleChangeDetail,
  KetamineWidgetDetail,
  KetamineReaderEventMap,
} from './internal/controllers/reader-events.js';

/** A detached element holding one tag of every widget: what a copy loaded first is asked to define. */
function everyWidget(): ParentNode {
  const holder = document.createElement('div');
  holder.append(...WIDGET_NAMES.map((name) => document.createElement(tagOf(name))));
  return holder;
}

// A copy loaded before this one (the CDN bundle, say) defines every widget first, so its definitions win
// as the first script's always do; this copy's own definitions then only warn when the versions differ.
// A copy loaded after this one waits for `ready` through `discover` in the same way.
const first = window.KetamineWidgets;
/** Resolves once every widget is defined. (Not a top-level await: WebKit hangs on one beside another copy.) */
export const ready: Promise<void> = Promise.resolve(first?.discover?.(everyWidget()))
  .then(() => Promise.all(Object.values(WIDGETS).map((widget) => widget.define())))
  .then(() => undefined);
// Logged once here (a widget's chunk failed to load); an app that awaits `ready` still sees the rejection.
ready.catch((error: unknown) => console.error('ketamine-widgets: could not load every widget.', error));
installGlobalApi({ discover: () => ready });
