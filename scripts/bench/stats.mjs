// Medians and ranges over runs, and how each unit is printed.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/** Median, min, max and count of the numbers among `values`; null when there are none. */
export function stats(values) {
  const numbers = values.filter(isNumber);
  if (!numbers.length) return null;
  return {
    median: median(numbers),
    min: Math.min(...numbers),
    max: Math.max(...numbers),
    n: numbers.length,
  };
}

/** Per-run ratios `ours[i] / other[i]` over the runs where both were measured. */
export function ratios(ours, other) {
  return ours.flatMap((v, i) =>
    isNumber(v) && isNumber(other[i]) && other[i] > 0 ? [v / other[i]] : [],
  );
}

export const FORMAT = {
  ms: (v) => `${v.toFixed(1)} ms`,
  KB: (v) => `${v.toFixed(1)} KB`,
  MB: (v) => `${v.toFixed(2)} MB`,
  CLS: (v) => v.toFixed(4),
  count: (v) => String(Math.round(v)),
  ratio: (v) => `${v.toFixed(2)}×`,
};
