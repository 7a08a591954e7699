// The verdict on each WCAG 2.2 A and AA criterion for docs/accessibility.md, with its remarks, and the manual
// checks: only checks really done, on the date given, each saying what was looked at. The test files that prove a
// criterion are not listed here: the report reads them from each test file's `// WCAG: …` line
// (scripts/accessibility-report.js). A criterion needs tests or a manual check; `node --test scripts/lib/` fails
// otherwise. Change a verdict only with the evidence for it.

export const SUPPORTS = 'Supports';
export const PARTIALLY = 'Partially supports';
export const DOES_NOT = 'Does not support';
export const NOT_APPLICABLE = 'Not applicable';
export const VERDICTS = [SUPPORTS, PARTIALLY, DOES_NOT, NOT_APPLICABLE];

const TODAY = '2026-12-07';
const check = (what, date = TODAY) => ({ what, date });

const NO_MEDIA = check('Searched `src/` for audio, video, iframe, canvas and img elements: there are none.');
const NO_INPUT = check('Searched `src/` for input, select and textarea elements and key or pointer handlers: none.');
const PAGE_LEVEL = 'A requirement on the whole page or set of pages, which is the clinic’s.';
const SCOPE = check('Scope: a widget is one part of a clinic’s page, never a page or a set of pages.');

/** @type {Record<string, { verdict: string, remarks: string, manual?: { what: string, date: string } }>} */
export const CRITERIA = {
  '1.1.1': {
    verdict: SUPPORTS,
    remarks:
      'Icons, the how-it-works diagram and the chart’s drawing are `aria-hidden`; the chart has a text equivalent (a list per measure) and a data table. No image is reached without a name.',
  },
  '1.2.1': { verdict: NOT_APPLICABLE, remarks: 'No audio or video.', manual: NO_MEDIA },
  '1.2.2': { verdict: NOT_APPLICABLE, remarks: 'No audio or video.', manual: NO_MEDIA },
  '1.2.3': { verdict: NOT_APPLICABLE, remarks: 'No audio or video.', manual: NO_MEDIA },
  '1.2.4': { verdict: NOT_APPLICABLE, remarks: 'No live audio or video.', manual: NO_MEDIA },
  '1.2.5': { verdict: NOT_APPLICABLE, remarks: 'No video.', manual: NO_MEDIA },
  '1.3.1': {
    verdict: SUPPORTS,
    remarks:
      'Headings with levels (the `heading-level` attribute), lists, description lists, native disclosures, captioned tables with `scope`d row and column headers, `aria-current` on the timeline’s step.',
  },
  '1.3.2': {
    verdict: SUPPORTS,
    remarks:
      'The spoken order is compared with the boxes on screen, left to right and right to left (Arabic); the clinic’s `actions` slot is read after the content and before the fine print.',
  },
  '1.3.3': {
    verdict: SUPPORTS,
    remarks:
      'The chart key names the dot, the line and the hollow dot, but each row also says in words what it shows; "Below is the leading idea" comes right before it; "the sources below" are also links named "Source N".',
    manual: check(
      'Searched every widget’s English text (the spoken snapshots) for words of shape, place or colour; read the chart’s key and rows.',
    ),
  },
  '1.3.4': {
    verdict: SUPPORTS,
    remarks: 'Nothing locks the orientation; the layout follows the container’s width.',
    manual: check('Searched `src/` for orientation media queries and `screen.orientation`: none.'),
  },
  '1.3.5': { verdict: NOT_APPLICABLE, remarks: 'The widgets collect nothing from the reader.', manual: NO_INPUT },
  '1.4.1': {
    verdict: SUPPORTS,
    remarks:
      'The highlighted therapy has a written "Highlighted" label besides its border; a hollow dot in the chart is also said in words; links in running text are underlined (the sources list’s back links are arrows with a name).',
    manual: check('Read the styles for `text-decoration` and the highlight, chart and evidence-badge templates.'),
  },
  '1.4.2': { verdict: NOT_APPLICABLE, remarks: 'No audio.', manual: NO_MEDIA },
  '1.4.3': {
    verdict: SUPPORTS,
    remarks:
      'axe’s colour-contrast rule in light, dark and forced colours, on pages that declare either scheme. A clinic’s own colours (the `--ketamine-color-*` tokens) must keep 4.5:1; check them on your page.',
  },
  '1.4.4': {
    verdict: SUPPORTS,
    remarks:
      'Text sizes are in `rem` and `em`. The how-it-works diagram’s labels are SVG text that scales with the drawing; the same steps are written out as a list beside it.',
    manual: check('Searched the styles for font sizes in `px`: only the diagram’s SVG labels.'),
  },
  '1.4.5': {
    verdict: SUPPORTS,
    remarks: 'No images of text: the chart’s and the diagram’s words are SVG text.',
    manual: NO_MEDIA,
  },
  '1.4.10': {
    verdict: SUPPORTS,
    remarks:
      'The widgets follow their container’s width (container queries); the comparison becomes one card per therapy below 40rem. Data tables may scroll sideways, as the criterion allows.',
  },
  '1.4.11': {
    verdict: SUPPORTS,
    remarks:
      'Default tokens: accent 6.1:1 (light) and 9.0:1 (dark) on the background, focus ring 6.2:1 and 11.5:1; the chart’s lines use the text colour. Borders (1.6–2.2:1) are decoration, not what identifies a control. A clinic’s accent and focus colours must keep 3:1.',
    manual: check(
      'Computed the contrast of the default colour tokens (src/internal/color-tokens.ts) on background and surface.',
    ),
  },
  '1.4.12': {
    verdict: SUPPORTS,
    remarks:
      'No fixed heights on text; only visually hidden text is clipped. Tested with the bookmarklet’s line, paragraph, letter and word spacing in every widget, first view and all open.',
    manual: check('Searched the styles for fixed block sizes, `overflow: hidden` and spacing in `px` on text.'),
  },
  '1.4.13': {
    verdict: SUPPORTS,
    remarks:
      'Only the chart’s rows show more (what the row shows) on hover or focus: inside the row, covering nothing, until the pointer or focus leaves. No tooltips and no `title` attributes.',
    manual: check('Searched `src/` for `:hover`, `title=`, tooltips and popovers; read the chart row’s styles.'),
  },
  '2.1.1': {
    verdict: SUPPORTS,
    remarks:
      'Native disclosures (Enter and Space), links, the table toggle button; the chart’s rows and the scrolling table region take focus.',
  },
  '2.1.2': {
    verdict: SUPPORTS,
    remarks:
      'Only native controls; no key handlers. Focus moves by script only when a footnote or back link is followed.',
    manual: NO_INPUT,
  },
  '2.1.4': { verdict: NOT_APPLICABLE, remarks: 'No keyboard shortcuts.', manual: NO_INPUT },
  '2.2.1': {
    verdict: NOT_APPLICABLE,
    remarks: 'No time limits.',
    manual: check('Searched `src/` for timers: only the CDN loader’s, which waits for the page to load.'),
  },
  '2.2.2': {
    verdict: SUPPORTS,
    remarks:
      'The only motion is the how-it-works diagram drawing itself once (under a second), and not at all under reduced motion.',
    manual: check('Read every `animation` and `@keyframes` in the styles.'),
  },
  '2.3.1': {
    verdict: SUPPORTS,
    remarks: 'Nothing flashes.',
    manual: check('Read every `animation` and `@keyframes` in the styles.'),
  },
  '2.4.1': {
    verdict: NOT_APPLICABLE,
    remarks: `${PAGE_LEVEL} Each widget is one named region or article with its own headings, which screen readers can jump by.`,
    manual: SCOPE,
  },
  '2.4.2': { verdict: NOT_APPLICABLE, remarks: `${PAGE_LEVEL} The page’s title is the clinic’s.`, manual: SCOPE },
  '2.4.3': {
    verdict: SUPPORTS,
    remarks: 'Following a footnote moves focus to its source, and the back link returns to the footnote.',
  },
  '2.4.4': {
    verdict: SUPPORTS,
    remarks:
      'Footnote links are named "Source N", back links "Back to where source N is cited", DOI and PubMed links by their identifiers, links that open a new tab say so.',
  },
  '2.4.5': { verdict: NOT_APPLICABLE, remarks: PAGE_LEVEL, manual: SCOPE },
  '2.4.6': {
    verdict: SUPPORTS,
    remarks:
      'Headings name what follows; disclosures name what they open ("More details: Assessment"). The safety facts’ six toggles also hold their section’s key line, which shows while closed, so it is read as part of the toggle’s name.',
    manual: check(
      'Read every heading, region, table and toggle name in the English spoken snapshots (test/a11y/speech/).',
    ),
  },
  '2.4.7': { verdict: SUPPORTS, remarks: 'A focus ring (`--ketamine-focus-color`) on every control.' },
  '2.4.11': {
    verdict: PARTIALLY,
    remarks:
      'The comparison table keeps its header row and question column in view (sticky) while it scrolls; its scroll padding (8em by 9.5em) keeps a focused footnote link clear of them. The padding covers up to four lines of therapy names, checked in English only. In WebKit a footnote link in the far columns stayed outside the viewport after focus() in the test (a counted skip): not yet checked with a keyboard in Safari.',
    manual: check(
      'Read the comparison table’s styles: sticky header row and column, `scroll-padding` on its scroll area.',
    ),
  },
  '2.5.1': { verdict: NOT_APPLICABLE, remarks: 'No gestures.', manual: NO_INPUT },
  '2.5.2': {
    verdict: SUPPORTS,
    remarks: 'Everything acts on click (the up event), as native controls do.',
    manual: NO_INPUT,
  },
  '2.5.3': {
    verdict: SUPPORTS,
    remarks:
      'Controls are named by their visible text; footnote links show their number, named "Source N". The one `aria-label` names the timeline’s list, not a control.',
    manual: check('Searched `src/` for `aria-label`; read the names in the spoken snapshots.'),
  },
  '2.5.4': { verdict: NOT_APPLICABLE, remarks: 'No motion input.', manual: NO_INPUT },
  '2.5.7': { verdict: NOT_APPLICABLE, remarks: 'No dragging.', manual: NO_INPUT },
  '2.5.8': {
    verdict: SUPPORTS,
    remarks:
      'Disclosure toggles and back links are at least 24 by 24 px; footnote links sit in sentences (the inline exception).',
  },
  '3.1.1': {
    verdict: NOT_APPLICABLE,
    remarks: `${PAGE_LEVEL} Each widget marks its own language (3.1.2).`,
    manual: SCOPE,
  },
  '3.1.2': {
    verdict: SUPPORTS,
    remarks:
      'Each widget sets `lang` and `dir` on its content for the language it shows, which may differ from the page’s; the built-in citations (English titles) carry `lang="en"` in every other language. A clinic’s own sources are taken to be in the widget’s language.',
  },
  '3.2.1': {
    verdict: SUPPORTS,
    remarks: 'Focus changes nothing but the focused chart row showing what it means.',
    manual: NO_INPUT,
  },
  '3.2.2': { verdict: NOT_APPLICABLE, remarks: 'No form fields.', manual: NO_INPUT },
  '3.2.3': { verdict: NOT_APPLICABLE, remarks: PAGE_LEVEL, manual: SCOPE },
  '3.2.4': {
    verdict: SUPPORTS,
    remarks:
      'The same parts have the same names in every widget: "Sources (N)", "What the words mean", the fine print.',
    manual: check('Read the spoken snapshots of every widget in test/a11y/speech/.'),
  },
  '3.2.6': {
    verdict: NOT_APPLICABLE,
    remarks:
      'The widgets offer no help of their own. What a clinic adds (the `actions` slot; a phone number in the safety facts’ additions) shows in the same place each time.',
    manual: check(
      'Searched `src/` for contact, chat, `tel:` and `mailto:` links: only the clinic’s phone number, from its additions.',
    ),
  },
  '3.3.1': {
    verdict: NOT_APPLICABLE,
    remarks:
      'No reader input. (Errors in a clinic’s content show in a panel naming each wrong field, for the site owner.)',
    manual: NO_INPUT,
  },
  '3.3.2': { verdict: NOT_APPLICABLE, remarks: 'No reader input.', manual: NO_INPUT },
  '3.3.3': { verdict: NOT_APPLICABLE, remarks: 'No reader input.', manual: NO_INPUT },
  '3.3.4': { verdict: NOT_APPLICABLE, remarks: 'No transactions or submitted data.', manual: NO_INPUT },
  '3.3.7': { verdict: NOT_APPLICABLE, remarks: 'No reader input.', manual: NO_INPUT },
  '3.3.8': { verdict: NOT_APPLICABLE, remarks: 'No sign-in.', manual: NO_INPUT },
  '4.1.1': {
    verdict: NOT_APPLICABLE,
    remarks: 'Obsolete and removed in WCAG 2.2 (for WCAG 2.1 it is always satisfied for HTML).',
  },
  '4.1.2': {
    verdict: SUPPORTS,
    remarks: 'Disclosures are named and read as expanded or collapsed; the table toggle says whether it is expanded.',
  },
  '4.1.3': {
    verdict: SUPPORTS,
    remarks:
      'The error panel is one alert, announced once and not rewritten; the widgets have no other status messages.',
  },
};
