/*
 * Natural frequencies ("about 7 in 10 people"), the rules of docs/evidence-rating.md#natural-frequencies:
 * - one denominator for every group of a comparison: 10, or 100 when a non-zero share (or a bound of a range)
 *   is below 10% (in 10 it would become 0, or 5% "about 1 in 10", doubled), or a range's two bounds would round
 *   to the same count in 10;
 * - each count is the nearest whole number (halves up); a share of 0 stays 0, a non-zero share (or either bound
 *   of a range) never becomes 0: below 1 in 100 it is flagged `belowOne`, and stays in words (an icon array of
 *   100 would show no one);
 * - counts the study itself reports ("10 of 12") are kept as they are, with their own denominator.
 * Rounding is monotone, so it can make two groups equal but never reverse them or open a gap between equal shares.
 */

/** What the evidence gives for one group: a percentage, a range of percentages, or a count of people. */
export type Share = { percent: number } | { low: number; high: number } | { count: number; of: number };

/** One group as a natural frequency: `low` to `high` people in `denominator` (low = high unless a range). */
export interface Frequency {
  low: number;
  high: number;
  denominator: number;
  /** True when the count is the reported one or the share times the denominator is a whole number. */
  exact: boolean;
  /** A count the study reported ("10 of 12"), not a share turned into one. */
  reported: boolean;
  /**
   * A non-zero share, or a non-zero bound of a range, below 1 in 100: too small for an icon array, so it stays in
   * words ("3 or 4 in 1,000").
   */
  belowOne: boolean;
}

const isCount = (share: Share): share is { count: number; of: number } => 'count' in share;
const bounds = (share: Share): [number, number] =>
  'percent' in share ? [share.percent, share.percent] : isCount(share) ? [NaN, NaN] : [share.low, share.high];

/** People in `denominator` for a percentage, rounded to the nearest whole person (halves up). */
const peopleIn = (percent: number, denominator: number): number => Math.round((percent * denominator) / 100);

/** Below this percentage a non-zero share is counted in 100: in 10 it would be 0, or (5% and up) doubled or more. */
const SMALL_SHARE = 10;

/** The one denominator for a comparison of percentages: 10 unless rounding to 10 would distort a share or a range. */
export function commonDenominator(shares: readonly Share[]): 10 | 100 {
  const tooCoarse = shares.some((share) => {
    const [low, high] = bounds(share);
    const hidesAShare = [low, high].some((p) => p > 0 && p < SMALL_SHARE);
    const hidesARange = low !== high && peopleIn(low, 10) === peopleIn(high, 10);
    return hidesAShare || hidesARange;
  });
  return tooCoarse ? 100 : 10;
}

/** Every group of one comparison as natural frequencies with the same denominator (reported counts stay as they are). */
export function naturalFrequencies(shares: readonly Share[]): Frequency[] {
  const counts = shares.filter(isCount);
  if (counts.length > 0) {
    if (counts.length !== shares.length || new Set(counts.map((c) => c.of)).size !== 1) {
      throw new RangeError('A comparison of counts needs a count for every group, all of the same total');
    }
    return counts.map(({ count, of }) => ({
      low: count,
      high: count,
      denominator: of,
      exact: true,
      reported: true,
      belowOne: false,
    }));
  }
  for (const share of shares) {
    const [low, high] = bounds(share);
    if (!(low >= 0 && low <= high && high <= 100))
      throw new RangeError(`Not a share or range of shares: ${low}–${high}%`);
  }
  const denominator = commonDenominator(shares);
  return shares.map((share) => {
    const [low, high] = bounds(share);
    const exact = [low, high].every((p) => Number.isInteger((p * denominator) / 100));
    return {
      low: peopleIn(low, denominator),
      high: peopleIn(high, denominator),
      denominator,
      exact,
      reported: false,
      belowOne: [low, high].some((p) => p > 0 && peopleIn(p, denominator) === 0),
    };
  });
}
