import type { DefineComponent } from "vue";
import type {
  KetamineEvidenceCard,
  KetamineTreatmentTimeline,
  KetamineTherapyComparison,
  KetamineHowItWorks,
  KetamineSafetyFacts,
  KetamineEvidenceSummary,
  KetamineVisitPrep,
} from "../dist/lib/index.js";

type KetamineEvidenceCardProps = {
  /** A built-in study id (e.g. `feder-2021-ptsd`), or, as a property, a
clinic-supplied study object. Without it, the card reads an inline
`<script type="application/json">` child. */
  study?: KetamineEvidenceCard["study"];
  /** Denser layout for sidebars. */
  compact?: KetamineEvidenceCard["compact"];
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineEvidenceCard["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineEvidenceCard["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineEvidenceCard["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineEvidenceCard["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineEvidenceCard["clinicReview"];

  /** The study id is unknown or the clinic-supplied study is invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: `strength`, `study-details`, `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineTreatmentTimelineProps = {
  /** Id of the step the patient is at, e.g. `monitoring` (or the id of one of
the clinic's steps). That step gets `aria-current="step"` and a
"You are here" label. */
  current?: KetamineTreatmentTimeline["current"];
  /** `vertical` (default) or `horizontal`. Horizontal needs a container at least 48rem wide; narrower, the steps stack. */
  orientation?: KetamineTreatmentTimeline["orientation"];
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineTreatmentTimeline["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineTreatmentTimeline["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineTreatmentTimeline["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineTreatmentTimeline["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineTreatmentTimeline["clinicReview"];
  /** The clinic's own steps, as an array (each `{ id, title, description,
timing?, details?, icon?, sources? }`). They replace the built-in steps.
Without it, an inline `<script type="application/json">` child with
`{"steps": [...]}` is read; without either, the built-in steps show. */
  steps?: KetamineTreatmentTimeline["steps"];
  /** A step's details were opened or closed (by the reader, by `expanded` or for print). `detail` is `{ id, open }`: the step id and whether it is now open. The timeline's own event, kept as it was; to count what readers open, use `ketamine-toggle`, which every widget fires for the reader's toggles only. */
  onKetamineStepToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineStepToggleDetail>) => void;
  /** The clinic-supplied steps are invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (as in `ketamine-step-toggle`), `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineTherapyComparisonProps = {
  /** Space-separated therapy ids choosing and ordering the columns, e.g.
`ketamine ssri`. Built-in ids: `ketamine`, `ssri`, `benzodiazepine`,
`cbt`, plus the ids of clinic therapies. Default: all, built-in first. */
  therapies?: KetamineTherapyComparison["therapies"];
  /** Space-separated criterion ids choosing and ordering the rows. Built-in
ids: `mechanism`, `onset`, `administration`, `duration`, `evidence`,
`risks`, `regulation`, plus the ids of clinic rows. Default: all. */
  criteria?: KetamineTherapyComparison["criteria"];
  /** What the rows are. `criteria` (default): one row per criterion, as above. `questions`: the questions
patients ask, in this order: "How soon might I feel better, and for how long?" (the `onset` and
`duration` cells, each under its criterion's name), "How is it given, and how often?" (`administration`),
"What might I feel, and what are the risks?" (`risks`), "What does the research show for anxiety, and how
strong is it?" (`evidence`), "Is it approved or recommended, and for which conditions?" (`regulation`).
Each answer is the same sourced cell text with the same footnotes. A criterion no question asks
(`mechanism`, and each clinic row) follows as a row of its own, under its own label. `criteria` still
chooses which criteria show: a question shows when all its criteria do; with only one of `onset` and
`duration`, that criterion shows in the question's place under its own label. In narrow containers each
question is a card that opens to the answers. */
  rows?: KetamineTherapyComparison["rows"];
  /** A therapy id whose column is emphasised (heavier border and a "Highlighted" label). */
  highlight?: KetamineTherapyComparison["highlight"];
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineTherapyComparison["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineTherapyComparison["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineTherapyComparison["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineTherapyComparison["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineTherapyComparison["clinicReview"];
  /** Clinic additions as an object (`{ therapies, criteria, sources }`).
Without it, the widget reads an inline `<script type="application/json">` child. */
  additions?: KetamineTherapyComparison["additions"];
  /** The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a therapy's id on a narrow screen's card (`ketamine`, `ssri`, `benzodiazepine`, `cbt`, or the clinic's); with `rows="questions"`, a question's id instead (`how-soon`, `how-given`, `what-feel`, `how-sure`, `approved`, or the id of a criterion with a row of its own); `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineHowItWorksProps = {
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineHowItWorks["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineHowItWorks["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineHowItWorks["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineHowItWorks["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineHowItWorks["clinicReview"];
  /** Clinic additions as an object (`{ note }`): a note shown after the
built-in content. Without it, the widget reads an inline
`<script type="application/json">` child. */
  additions?: KetamineHowItWorks["additions"];
  /** The clinic-supplied note is invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (`nmda`…), `other-ideas`, `onset`, `claims`, `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineSafetyFactsProps = {
  /** Space-separated section ids choosing and ordering the sections, e.g.
`rules who questions`. Ids: `status`, `effects`, `rules`, `who`,
`long-term`, `questions`. Default: all, in that order. */
  sections?: KetamineSafetyFacts["sections"];
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineSafetyFacts["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineSafetyFacts["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineSafetyFacts["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineSafetyFacts["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineSafetyFacts["clinicReview"];
  /** Clinic additions as an object (`{ sections, sources }`): per section id,
`{ items: [{ text, phone?, sources? }] }`. Without it, the widget reads an
inline `<script type="application/json">` child. */
  additions?: KetamineSafetyFacts["additions"];
  /** The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a section's id (`status`, `effects`, `rules`, `who`, `long-term`, `questions`), `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineEvidenceSummaryProps = {
  /** Space-separated conditions to show, in order: `sad`, `gad`, `ptsd`. Default: all three. */
  conditions?: KetamineEvidenceSummary["conditions"];
  /** Adds "What you may have read": the source article's three claims beside what the evidence supports. */
  claims?: KetamineEvidenceSummary["claims"];
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineEvidenceSummary["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineEvidenceSummary["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineEvidenceSummary["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineEvidenceSummary["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineEvidenceSummary["clinicReview"];
  /** The clinic's own audit (`{ title, text, numbers, sources }`), shown beside the published results,
never pooled with them. Without it, the widget reads an inline `<script type="application/json">` child. */
  audit?: KetamineEvidenceSummary["audit"];
  /** The clinic audit is invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a condition's id (`sad`, `gad`, `ptsd`…), `chart`, `claims`, `audit`, `sources`, `glossary`. */
  onKetamineToggle?: (e: CustomEvent<import("../dist/lib/index.js").KetamineToggleDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

type KetamineVisitPrepProps = {
  /** Colour scheme. `auto` follows the page: dark when the page declares it supports dark
(`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
CSS `light-dark()` show light unless `dark` is forced. */
  theme?: KetamineVisitPrep["theme"];
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  headingLevel?: KetamineVisitPrep["headingLevel"];
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  expanded?: KetamineVisitPrep["expanded"];
  /** The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows. */
  footer?: KetamineVisitPrep["footer"];
  /** The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong. */
  clinicReview?: KetamineVisitPrep["clinicReview"];
  /** Clinic additions as an object (`{ clinic: { name, phone?, email?, url? }, questions? }`). Without it, the
widget reads an inline `<script type="application/json">` child. */
  additions?: KetamineVisitPrep["additions"];
  /**  */
  today?: KetamineVisitPrep["today"];
  /** The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`. */
  onKetamineError?: (e: CustomEvent<import("../dist/lib/index.js").KetamineErrorDetail>) => void;
  /** The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one. */
  onKetamineSourceFollow?: (e: CustomEvent<import("../dist/lib/index.js").KetamineSourceFollowDetail>) => void;
  /** The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`. */
  onKetamineLocaleChange?: (e: CustomEvent<import("../dist/lib/index.js").KetamineLocaleChangeDetail>) => void;
  /** The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`. */
  onKetaminePrint?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
  /** The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address. */
  onKetamineAction?: (e: CustomEvent<import("../dist/lib/index.js").KetamineWidgetDetail>) => void;
};

export type CustomElements = {
  /**
   * A plain-language, cited summary of one clinical study.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The study id is unknown or the clinic-supplied study is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: `strength`, `study-details`, `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with a clinic-supplied study. Never shown.
   * - **actions** - The clinic's own link or button (e.g. "Book a consultation"), shown after the card's content and before the fine print, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Card background. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of inner panels. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - Accent colour (badge, rules). _(default: #0b6e69)_
   * - **--ketamine-color-on-accent** - Text on the accent colour. _(default: #ffffff)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The card.
   * - **header** - Condition, headline and byline.
   * - **condition** - The condition studied.
   * - **headline** - The card's heading.
   * - **byline** - First author and year.
   * - **outcome** - The main result, with its icon arrays when the study reports how many people had an outcome.
   * - **icon-array** - A comparison drawn as icon arrays (a `figure`): who, when and what was counted, one array per group, a legend in words and how sure the numbers are.
   * - **icon-array-group** - One group's array and its words (e.g. "Ketamine: about 7 in 10"), the array's text equivalent.
   * - **details** - The "Study details" disclosure (`details`) around the study facts and the glossary.
   * - **details-toggle** - Its toggle (`summary`), "Study details".
   * - **facts** - The list of study facts.
   * - **strength** - The disclosure that explains the rating of how sure we can be of the result.
   * - **badge** - The badge "How sure we can be of this result" with its level.
   * - **glossary** - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Citation, links, disclaimer and review date.
   * - **sources-toggle** - The "Sources (1)" toggle (`summary`) that shows the citation.
   * - **citation** - The full citation.
   * - **link** - The DOI and PubMed links.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the card when the input is invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-evidence-card": DefineComponent<KetamineEvidenceCardProps>;

  /**
   * The steps of ketamine treatment, from assessment to follow-up, with sources.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineStepToggle** - A step's details were opened or closed (by the reader, by `expanded` or for print). `detail` is `{ id, open }`: the step id and whether it is now open. The timeline's own event, kept as it was; to count what readers open, use `ketamine-toggle`, which every widget fires for the reader's toggles only.
   * - **KetamineError** - The clinic-supplied steps are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (as in `ketamine-step-toggle`), `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with the clinic's own steps, as `{"steps": [...]}`. Never shown.
   * - **actions** - The clinic's own link or button (e.g. "Book a consultation"), shown after the steps and before the fine print, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Background of the timeline and of the markers. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of each step. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour and the line between steps. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - Accent colour (markers, the current step). _(default: #0b6e69)_
   * - **--ketamine-color-on-accent** - Text and icon on the accent colour. _(default: #ffffff)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The timeline.
   * - **list** - The ordered list of steps.
   * - **step** - One step (`li`); the current one also has the part `step-current`.
   * - **step-current** - The step the patient is at (`aria-current="step"`).
   * - **marker** - The round marker with the step's icon.
   * - **icon** - The step's icon.
   * - **body** - The text of a step.
   * - **step-number** - The "Step 1" label ("Another option" on the built-in talk therapy item, which has no number).
   * - **current-label** - The "You are here" label on the current step.
   * - **title** - The step's heading.
   * - **timing** - The step's typical timing.
   * - **description** - The step's short description.
   * - **details** - The step's disclosure (`details`), closed unless `expanded`.
   * - **summary** - The disclosure's toggle (`summary`), "More details".
   * - **details-toggle** - The same toggle, by the name every widget gives its disclosures' toggles.
   * - **step-sources** - "Sources:" and the footnote links of the sources a step cites.
   * - **footnote** - A footnote link to a source in the list; it opens the list and focuses the source.
   * - **glossary** - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources-toggle** - The "Sources (N)" toggle (`summary`) that shows the source list.
   * - **sources** - The numbered list of sources.
   * - **source** - One source; its back link returns to the step that first cites it.
   * - **link** - The DOI, PubMed and web links of the sources.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the timeline when the clinic's steps are invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-treatment-timeline": DefineComponent<KetamineTreatmentTimelineProps>;

  /**
   * A cited, plain-language comparison of ketamine with other anxiety treatments.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a therapy's id on a narrow screen's card (`ketamine`, `ssri`, `benzodiazepine`, `cbt`, or the clinic's); with `rows="questions"`, a question's id instead (`how-soon`, `how-given`, `what-feel`, `how-sure`, `approved`, or the id of a criterion with a row of its own); `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with clinic additions (`{ therapies, criteria, sources }`). Never shown.
   * - **actions** - The clinic's own link or button ("Book a consultation"), shown after the comparison and before the sources and disclaimer, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Background. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of the header row and cards. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - Accent colour (highlighted column, marker). _(default: #0b6e69)_
   * - **--ketamine-color-on-accent** - Text on the accent colour. _(default: #ffffff)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   * - **--ketamine-table-max-block-size** - Tallest the table region grows before it scrolls (its header row stays in view); `none` to never scroll vertically. _(default: 80vh)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole comparison.
   * - **intro** - The note above the table on footnotes and uncovered questions.
   * - **scroller** - The scrollable, focusable region around the table.
   * - **table** - The table.
   * - **caption** - The table caption.
   * - **column-header** - A therapy's column heading.
   * - **row-header** - A row's heading: a criterion, or with `rows="questions"` a patient's question.
   * - **cell** - A table cell, or an answer in a card.
   * - **highlighted** - The highlighted therapy's column heading, cells and card (with `rows="questions"`, its answers).
   * - **marker** - The "Highlighted" label of the highlighted therapy.
   * - **not-covered** - The "Not covered by our sources" text.
   * - **footnote** - A numbered footnote link.
   * - **cards** - The card layout used in narrow containers.
   * - **card** - One therapy's card; with `rows="questions"`, one question's card.
   * - **card-heading** - A therapy card's heading (question cards are named by their disclosure's summary).
   * - **details** - A card's disclosure (native `details`) with the rows the card does not show first; with `rows="questions"`, the question's answers.
   * - **details-toggle** - The `summary` of a card's disclosure: "More about <therapy>", or the question.
   * - **glossary** - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources-toggle** - The "Sources (N)" summary that opens the numbered source list.
   * - **sources** - The numbered source list.
   * - **source** - One source in the list.
   * - **link** - The DOI, PubMed and web links of a source.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the comparison when the input is invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-therapy-comparison": DefineComponent<KetamineTherapyComparisonProps>;

  /**
   * The leading model of how ketamine works, step by step, with what is and is not known.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The clinic-supplied note is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (`nmda`…), `other-ideas`, `onset`, `claims`, `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with a clinic note (`{ "note": … }`). Never shown as such.
   * - **actions** - The clinic's own link or button (e.g. "Book a consultation"), shown after the content and before the fine print, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Background. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of the diagram's circles, the labels and the claims. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - Accent colour (the diagram's circles and arrows, step numbers). _(default: #0b6e69)_
   * - **--ketamine-color-on-accent** - Text on the accent colour. _(default: #ffffff)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole widget.
   * - **heading** - The main heading.
   * - **scope** - What the research is about (depression, mostly animals), under the heading. Always shown.
   * - **diagram** - The diagram of the steps (hidden from screen readers; the step list says the same).
   * - **steps** - The ordered list of steps.
   * - **step** - One step.
   * - **details** - A disclosure (`details`): each step's explanation and how it is known, the other ideas, the onset comparison, the claims.
   * - **details-toggle** - The `summary` that opens and closes a disclosure.
   * - **step-title** - A step's title: the toggle of its disclosure.
   * - **finding** - One "how it is known" line of a step.
   * - **evidence-label** - The label of a finding: seen in animals, tested in people with depression, or not known for anxiety.
   * - **other-ideas** - The paragraph on other ideas.
   * - **onset** - How fast it works, compared with benzodiazepines and SSRIs.
   * - **section-heading** - The toggles of the onset and claims disclosures.
   * - **claims** - Claims you may have read, with what the research shows.
   * - **claim** - One claim and its answer.
   * - **clinic-note** - The clinic's own note, when given.
   * - **glossary** - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
   * - **footnote** - A numbered footnote link.
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources-toggle** - "Sources (N)": the `summary` that opens and closes the source list.
   * - **sources** - The numbered source list.
   * - **source** - One source in the list.
   * - **link** - The DOI and PubMed links of a source.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the widget when the clinic note is invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-how-it-works": DefineComponent<KetamineHowItWorksProps>;

  /**
   * Plain-language, cited safety facts on ketamine treatment, with questions to ask a clinic.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a section's id (`status`, `effects`, `rules`, `who`, `long-term`, `questions`), `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with clinic additions (`{ sections, sources }`). Never shown.
   * - **actions** - The clinic's own link or button (e.g. "Book a consultation"), shown after the sections and before the fine print, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Background. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of the section headings and the clinic's blocks. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - Accent colour (the clinic blocks' edge). _(default: #0b6e69)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole widget.
   * - **title** - The widget's heading.
   * - **intro** - The note under the heading on footnotes and sections.
   * - **section** - One section (`details`), with `data-section` set to its id.
   * - **summary** - A section's heading, which opens and closes it (`summary`).
   * - **key-fact** - The key line under a section's heading, seen while it is closed (status, effects, rules, who, long-term).
   * - **facts** - A list of sourced statements.
   * - **icon-array** - A rate drawn as icon arrays (a `figure`) beside its statement (feeling detached, sleepiness, a large blood-pressure rise against placebo): who and what was counted, one array per group, a legend in words and how sure the numbers are.
   * - **icon-array-group** - One group's array and its words (e.g. "Esketamine: 8 to 19 in 100"), the array's text equivalent.
   * - **footnote** - A numbered footnote link.
   * - **clinic** - The clinic's own items in a section, marked "From your clinic".
   * - **phone** - A clinic phone number (a `tel:` link).
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources-toggle** - "Sources (N)": the `summary` that opens and closes the source list.
   * - **sources** - The numbered source list.
   * - **source** - One source in the list.
   * - **link** - The DOI, PubMed and web links of a source.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the widget when the clinic's additions are invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-safety-facts": DefineComponent<KetamineSafetyFactsProps>;

  /**
   * A plain-language summary of the pooled evidence, with an accessible forest plot.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The clinic audit is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineToggle** - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a condition's id (`sad`, `gad`, `ptsd`…), `chart`, `claims`, `audit`, `sources`, `glossary`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with the clinic's own audit (`{ title, text, numbers, sources }`). Never shown.
   * - **actions** - The clinic's own link or button ("Book a consultation"), shown after the content and before the sources and disclaimer, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-font-size** - Base font size. _(default: 1rem)_
   * - **--ketamine-color-text** - Text colour, and the "no difference" line. _(default: #1d2a30)_
   * - **--ketamine-color-muted** - Secondary text colour and the axis. _(default: #4b5b62)_
   * - **--ketamine-color-background** - Background. _(default: #ffffff)_
   * - **--ketamine-color-surface** - Background of the chart and the claims. _(default: #f1f6f6)_
   * - **--ketamine-color-border** - Border colour. _(default: #b9c8cb)_
   * - **--ketamine-color-accent** - The chart's dots and intervals. _(default: #0b6e69)_
   * - **--ketamine-color-on-accent** - Text on the accent colour. _(default: #ffffff)_
   * - **--ketamine-color-link** - Link colour. _(default: #0a5689)_
   * - **--ketamine-color-error** - Error panel colour. _(default: #b3261e)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   * - **--ketamine-radius** - Corner radius. _(default: 0.75rem)_
   * - **--ketamine-space** - Base spacing. _(default: 1rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole summary.
   * - **heading** - The summary's heading.
   * - **condition** - One condition's plain-language summary.
   * - **condition-heading** - A condition's heading.
   * - **finding** - A condition's one-line finding, always shown.
   * - **certainty** - "How sure can we be?" under a condition, always shown.
   * - **details** - A disclosure (native `details`): a condition's longer text, the chart, the claims or the audit.
   * - **details-toggle** - The `summary` that opens or closes a disclosure ("More about these results", "See the chart"…).
   * - **trials** - Links to the single-trial evidence cards on the same page.
   * - **chart** - The chart: its text summary, its panels and its table.
   * - **measure** - One panel of the chart (one measure, one axis).
   * - **estimate** - One row of the chart: a pooled estimate and its 95% interval (focusable).
   * - **table-toggle** - The button that shows or hides the table of numbers.
   * - **table** - The table of numbers.
   * - **claims** - The box of "What you may have read": the source article's claims beside the evidence.
   * - **audit** - The box of the clinic's own audit (its title opens it).
   * - **glossary** - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources-toggle** - The "Sources (N)" summary that opens the list of sources.
   * - **sources** - The list of sources.
   * - **source** - One source in the list.
   * - **link** - The DOI, PubMed and web links of a source.
   * - **disclaimer** - The medical disclaimer.
   * - **reviewed** - The last-reviewed date.
   * - **error** - The error panel shown instead of the summary when the audit is invalid.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-evidence-summary": DefineComponent<KetamineEvidenceSummaryProps>;

  /**
   * A visit-preparation form (values, readiness, questions) that ends in a one-page printable summary.
   * ---
   *
   *
   * ### **Events:**
   *  - **KetamineError** - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
   * - **KetamineSourceFollow** - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
   * - **KetamineLocaleChange** - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
   * - **KetaminePrint** - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
   * - **KetamineAction** - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
   *
   * ### **Slots:**
   *  - _default_ - Optional `<script type="application/json">` with clinic additions (`{ clinic, questions }`). Never shown.
   * - **actions** - The clinic's own link or button (e.g. "Book a visit"), shown after the summary and before the fine print, styled by the page. Takes no room when empty.
   *
   * ### **CSS Properties:**
   *  - **--ketamine-font-family** - Font of the widget; inherits the page's font by default. _(default: inherit)_
   * - **--ketamine-color-accent** - Accent colour (buttons, the clinic block's edge). _(default: #0b6e69)_
   * - **--ketamine-focus-color** - Keyboard focus ring. _(default: #1a56db)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole widget.
   * - **title** - The widget's heading.
   * - **intro** - The note under the heading: what to do, and that the page keeps and sends nothing.
   * - **form** - The form (hidden in print).
   * - **values** - "What matters to you": a fieldset of radio groups.
   * - **readiness** - "How ready you feel": a fieldset of radio groups.
   * - **questions** - "Questions to ask your clinic": checkboxes and the text box.
   * - **clinic** - The clinic's own questions, marked "From your clinic".
   * - **own-questions** - The text box for the patient's own questions.
   * - **summary** - "Print, copy or share": the buttons and the summary sheet.
   * - **buttons** - The Print and Copy buttons and the Share link (an email link that opens the device's share menu where there is one); not printed.
   * - **sheet** - The summary: date, clinic, answers, questions and sourced facts (all that prints).
   * - **date** - The date the summary was made, in the reader's locale.
   * - **contact** - The clinic's name, phone, email, web page and QR code.
   * - **phone** - The clinic's phone number (a `tel:` link).
   * - **email** - The clinic's email address (a `mailto:` link).
   * - **clinic-link** - The clinic's web page.
   * - **qr** - The QR code of the clinic's web page (black on white in every theme).
   * - **footnote** - A numbered footnote link.
   * - **actions** - The wrapper of the `actions` slot (hidden while the slot is empty).
   * - **footer** - Sources, disclaimer and review date.
   * - **sources** - The numbered source list.
   * - **disclaimer** - The medical disclaimer.
   * - **error** - The error panel shown instead of the widget when the clinic's additions are invalid.
   * - **sources-toggle** - The "Sources (N)" summary that opens the list of sources.
   * - **reviewed** - The last-reviewed date, the next-review date and the content version.
   * - **review-due** - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
   * - **clinic-review** - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
   * - **provenance** - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
   * - **translation-review** - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
   */
  "ketamine-visit-prep": DefineComponent<KetamineVisitPrepProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
