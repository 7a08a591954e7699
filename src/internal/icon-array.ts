import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../localization/format.js';
import { naturalFrequencies, type Frequency, type Share } from './natural-frequency.js';

/**
 * One comparison as the evidence gives it: who, when and what was counted, each group's share, and what a
 * patient must know to read it (a missing comparison group, many improving on placebo). The words and the
 * arrays come from the same numbers (natural-frequency.ts), so they cannot disagree.
 */
export interface FrequencyComparison {
  /** Unique within the widget: names the stripe pattern of range arrays. */
  id: string;
  /** The group, the time and what was counted, e.g. "In this study of 30 adults …, after 2 weeks: who responded". */
  context: () => string;
  groups: readonly { name: () => string; share: Share }[];
  /**
   * What the source reports on the difference between the groups, required when there are two or more:
   * `not-significant` adds a note that the difference could be due to chance, `no-test` one that the source does not
   * say whether it could be (rounding alone cannot show either). `stated`: the source states the effect itself, as a
   * drug label states a harm, so no note doubts it; `notes` says what it states.
   */
  difference?: 'significant' | 'not-significant' | 'no-test' | 'stated';
  /** How many people the numbers rest on, when the evidence says: under 100 adds the few-people note. */
  participants?: number;
  /** What else a reader needs in order to read the arrays right (no comparison group, no placebo rate given). */
  notes?: () => readonly string[];
}

/** Below this many people, the array says in words that the true numbers could be quite different. */
const FEW_PEOPLE = 100;

/** The width and height of one person in the SVG's user units. */
const CELL = { width: 20, height: 24 };
/** One person: a head and shoulders, symmetric, so mirroring for right-to-left changes nothing but the order. */
const PERSON = 'M10 1.5a4.25 4.25 0 1 1 0 8.5a4.25 4.25 0 1 1 0-8.5zM2.5 22.5v-5a7.5 6.5 0 0 1 15 0v5z';

type IconState = 'filled' | 'range' | 'empty';

/** A group's icons in reading order: filled up to the low bound, striped up to the high one, then empty. */
export const iconStates = ({ low, high, denominator }: Frequency): IconState[] =>
  Array.from({ length: denominator }, (_, i) => (i < low ? 'filled' : i < high ? 'range' : 'empty'));

/** Columns of the grid: 10 for 10 and 100, two even rows for a reported total such as 12. */
const columnsFor = (denominator: number): number =>
  denominator % 10 === 0 ? 10 : Math.ceil(denominator / Math.ceil(denominator / 10));

/**
 * A comparison as words and icon arrays, one array per group: a figure captioned with the context, each group
 * a figure whose caption ("Ketamine: about 7 in 10") is the array's one text equivalent (the SVG is hidden from
 * assistive technology), then the legend in words and the notes on how sure the numbers are.
 */
export function iconArrays(comparison: FrequencyComparison): TemplateResult {
  const frequencies = naturalFrequencies(comparison.groups.map((group) => group.share));
  if (frequencies.some((f) => f.belowOne)) {
    // Fewer than 1 in 100 (the label's 0.3% to 0.4% passing out) draws as an empty array: say it in words instead.
    throw new RangeError(`${comparison.id}: a rate below 1 in 100 is too small for an icon array; keep it in words`);
  }
  if (comparison.groups.length > 1 && comparison.difference === undefined) {
    throw new RangeError(`${comparison.id}: say what the source reports on the difference between the groups`);
  }
  const hasRange = frequencies.some((f) => f.high > f.low);
  const notes = [
    ...(comparison.difference === 'not-significant' ? [differenceByChance()] : []),
    ...(comparison.difference === 'no-test' ? [differenceUntested()] : []),
    ...(comparison.participants !== undefined && comparison.participants < FEW_PEOPLE ? [fewPeople()] : []),
    ...(hasRange ? [rangeNote()] : []),
    ...(comparison.notes?.() ?? []),
  ];
  // Named by their captions explicitly, as the chart is: not every reader names a figure from its figcaption.
  const captionId = `icon-array-${comparison.id}`;
  return html`<figure
    part="icon-array"
    class="icon-array"
    data-comparison=${comparison.id}
    aria-labelledby=${captionId}
  >
    <figcaption id=${captionId} class="icon-array-context">${comparison.context()}</figcaption>
    <div class="icon-array-groups">
      ${comparison.groups.map(
        (group, i) =>
          html`<figure part="icon-array-group" class="icon-array-group" aria-labelledby="${captionId}-${i}">
            ${people(frequencies[i]!, `${comparison.id}-${i}`)}
            <figcaption id="${captionId}-${i}" class="icon-array-count">
              ${frequencyText(group.name(), frequencies[i]!)}
            </figcaption>
          </figure>`,
      )}
    </div>
    <p class="icon-array-legend">${legend()}${hasRange ? html` ${rangeLegend()}` : nothing}</p>
    ${notes.map((note) => html`<p class="icon-array-note">${note}</p>`)}
  </figure>`;
}

/** One group's array: `denominator` people, row by row from the inline start (CSS mirrors it in right to left). */
function people(frequency: Frequency, patternId: string): TemplateResult {
  const columns = columnsFor(frequency.denominator);
  const rows = Math.ceil(frequency.denominator / columns);
  const states = iconStates(frequency);
  const stripes = `ketamine-stripes-${patternId}`;
  return html`<svg
    class="icon-array-people"
    viewBox="0 0 ${columns * CELL.width} ${rows * CELL.height}"
    width=${columns * CELL.width}
    height=${rows * CELL.height}
    aria-hidden="true"
    focusable="false"
  >
    ${
      states.includes('range')
        ? svg`<defs><pattern id=${stripes} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="1.5" height="4" fill="currentColor"></rect></pattern></defs>`
        : nothing
    }
    ${states.map((state, i) => person(state, (i % columns) * CELL.width, Math.floor(i / columns) * CELL.height, stripes))}
  </svg>`;
}

function person(state: IconState, x: number, y: number, stripes: string): SVGTemplateResult {
  const fill = state === 'filled' ? 'currentColor' : state === 'range' ? `url(#${stripes})` : 'none';
  return svg`<path class="person" data-state=${state} d=${PERSON} transform="translate(${x} ${y})" fill=${fill} stroke="currentColor" stroke-width="1.25"></path>`;
}

/** "Ketamine: about 7 in 10", "Esketamine: 8 to 19 in 100", "Ketamine: 10 of 12". */
export function frequencyText(name: string, f: Frequency): string {
  const [low, high, total] = [formatNumber(f.low), formatNumber(f.high), formatNumber(f.denominator)];
  if (f.reported)
    return msg(str`${name}: ${low} of ${total}`, {
      id: 'icon-array.count',
      desc: 'Icon array caption: the number of people the study reported, out of everyone in it (e.g. "Ketamine: 10 of 12"). First placeholder: the group; the others: numbers, formatted for the locale.',
    });
  if (f.high > f.low)
    return f.exact
      ? msg(str`${name}: ${low} to ${high} in ${total}`, {
          id: 'icon-array.range',
          desc: 'Icon array caption: a range of people out of 10 or 100, exact (e.g. "Esketamine: 8 to 19 in 100"). First placeholder: the group; the others: numbers, formatted for the locale.',
        })
      : msg(str`${name}: about ${low} to ${high} in ${total}`, {
          id: 'icon-array.range-about',
          desc: 'Icon array caption: a range of people out of 10 or 100, rounded (e.g. "Esketamine: about 6 to 8 in 10"). First placeholder: the group; the others: numbers, formatted for the locale.',
        });
  return f.exact
    ? msg(str`${name}: ${low} in ${total}`, {
        id: 'icon-array.exact',
        desc: 'Icon array caption: people out of 10 or 100, exact (e.g. "Placebo: 0 in 10", "Midazolam: 2 in 10"). First placeholder: the group; the others: numbers, formatted for the locale.',
      })
    : msg(str`${name}: about ${low} in ${total}`, {
        id: 'icon-array.about',
        desc: 'Icon array caption: people out of 10 or 100, rounded (e.g. "Ketamine: about 7 in 10"). First placeholder: the group; the others: numbers, formatted for the locale.',
      });
}

const legend = (): string =>
  msg('Each figure is 1 person. Filled: it happened to them. Empty: it did not.', {
    id: 'icon-array.legend',
    desc: 'Icon array legend, under the arrays: a filled figure is a person with the outcome named in the caption above, an empty (outlined) one a person without it. Keep the number 1.',
  });

const rangeLegend = (): string =>
  msg('Striped: the source gives a range, so we do not know if it happened to these people.', {
    id: 'icon-array.legend-range',
    desc: 'Icon array legend for a range (e.g. 61% to 75%): striped figures lie between the low and the high end of the range the source gives, so whether those people had the effect is unknown.',
  });

const differenceByChance = (): string =>
  msg('This difference could be due to chance.', {
    id: 'icon-array.difference-chance',
    desc: 'Icon array note: the source reports that the difference between the groups was not statistically significant, so it may be chance alone. Keep it as plain as a positive result.',
  });

const differenceUntested = (): string =>
  msg('Our source does not say whether this difference could be due to chance.', {
    id: 'icon-array.difference-untested',
    desc: 'Icon array note: the source gives the rates of the groups but no statistical test of the difference between them, so we cannot say whether it could be chance. Neutral: neither a benefit nor a harm is played down.',
  });

const fewPeople = (): string =>
  msg('Few people took part, so the true numbers could be quite different.', {
    id: 'icon-array.few-people',
    desc: 'Icon array note on uncertainty: the study was small (under 100 people), so the real rates could be quite different from these.',
  });

const rangeNote = (): string =>
  msg('The rate is given as a range, not one number, so the figures show the whole range.', {
    id: 'icon-array.range-note',
    desc: 'Icon array note on uncertainty: the source gives a range of rates (e.g. 61% to 75%), not a single rate, shown as filled plus striped figures.',
  });
