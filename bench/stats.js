/** Median, min and max of a sample, rounded to `digits` decimals. */
export function summarize(values, digits = 1) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const round = (x) => Number(x.toFixed(digits));
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)), runs: values.length };
}

export const ratio = (a, b) => Number((a.median / b.median).toFixed(2));
