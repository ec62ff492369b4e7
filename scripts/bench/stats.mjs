// The bench's statistics: 20%-trimmed means over rounds, ratios of them between two columns
// measured in the same rounds, 95% bootstrap intervals over rounds, and verdicts.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

/** The share trimmed from each end before averaging. */
export const TRIM = 0.2;

/**
 * The mean of `values` without the lowest and highest `trim` share (floor(n × trim) values from
 * each end): a busy moment that slows a few loads moves it little, unlike a plain mean.
 */
export function trimmedMean(values, trim = TRIM) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * trim);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}

/** mulberry32: a small seeded generator, so the same rounds always give the same interval. */
export function seeded(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds where both `ours` and `other` were measured, as pairs (other = null: ours alone). */
export function paired(ours, other) {
  return ours.flatMap((v, i) =>
    isNumber(v) && (other === null || (isNumber(other[i]) && other[i] > 0))
      ? [[v, other === null ? 1 : other[i]]]
      : [],
  );
}

/**
 * The figure of `pairs` ([ours, other] per round): trimmed mean of ours ÷ trimmed mean of the
 * other, and its 95% percentile-bootstrap interval, resampling whole rounds (so each resample
 * keeps ours and the other of one round together). `resamples` and `seed` fix the interval.
 */
export function ratioWithInterval(pairs, { resamples = 2000, seed = 1 } = {}) {
  if (!pairs.length) return null;
  const of = (sample) =>
    trimmedMean(sample.map(([a]) => a)) / trimmedMean(sample.map(([, b]) => b));
  const random = seeded(seed);
  const estimates = [];
  for (let r = 0; r < resamples; r++) {
    const sample = pairs.map(() => pairs[Math.floor(random() * pairs.length)]);
    estimates.push(of(sample));
  }
  estimates.sort((a, b) => a - b);
  const at = (q) =>
    estimates[Math.min(resamples - 1, Math.max(0, Math.round(q * (resamples - 1))))];
  return { value: of(pairs), low: at(0.025), high: at(0.975), n: pairs.length };
}

const OPS = { '<=': (v, x) => v <= x, '<': (v, x) => v < x, '=': (v, x) => v === x };

/**
 * pass when the whole interval keeps `limit` ([op, value]), fail when none of it does,
 * inconclusive when it straddles the limit (rerun, or pool the rounds of several benches);
 * null when not measured.
 */
export function verdict(limit, estimate) {
  if (!limit || !estimate || !isNumber(estimate.value)) return null;
  const keeps = OPS[limit[0]];
  if (!keeps) throw new Error(`bench/budgets.json: unknown operator ${limit[0]}`);
  const low = keeps(estimate.low, limit[1]);
  const high = keeps(estimate.high, limit[1]);
  if (low && high) return 'pass';
  if (!low && !high) return 'fail';
  // "=": an interval around the value that includes it but is not all of it
  return limit[0] === '=' && !keeps(estimate.value, limit[1]) ? 'fail' : 'inconclusive';
}

export const FORMAT = {
  ms: (v) => `${v.toFixed(1)} ms`,
  KB: (v) => `${v.toFixed(1)} KB`,
  MB: (v) => `${v.toFixed(2)} MB`,
  CLS: (v) => v.toFixed(4),
  count: (v) => String(Math.round(v * 10) / 10),
  ratio: (v) => `${v.toFixed(2)}×`,
};
