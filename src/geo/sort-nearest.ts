/**
 * The re-sort a ZIP lookup runs, shipped in `ispine-search.js` (loaded at the first lookup)
 * rather than the drop-in: {@link sortByDistance}'s result, exactly, built for a first call on
 * 10,000 clinics, which runs mostly in V8's cold tiers.
 * @internal
 */
import { EARTH_RADIUS_MILES } from './distance.js';
import type { ByDistance, LatLng } from './distance.js';

const RADIANS = Math.PI / 180;
/** Halving is exact in binary floating point, so `x * HALF_RADIANS` is `x * RADIANS * 0.5` to the bit. */
const HALF_RADIANS = RADIANS / 2;
const DIAMETER_MILES = 2 * EARTH_RADIUS_MILES;
/**
 * Added to `x ≥ 0` before a Uint32Array store truncates it, gives `Math.round(x)` for every double
 * below 2^32 (and 0 for NaN, as the store of `Math.round(NaN)` does). `x + 0.5` would not: for
 * x = 0.49999999999999994 it rounds up to 1 in floating point. Just under a half, the sum rounds
 * onto the next integer exactly when `x` is at or past a half (the tests check the edges).
 * @internal
 */
export const ROUNDING = 0.49999999999999994;

/**
 * Which 32-bit half of a 64-bit word holds its low bits: 0 where the platform is little-endian
 * (every browser we know of), 1 where big-endian.
 */
const LOW_HALF = new Uint16Array(new Uint32Array([1]).buffer)[1];

/**
 * How many passes each loop makes before the real work, in a first call on many clinics. A first
 * call's loops start in V8's cold tiers, where every float result is a fresh heap number: slow,
 * and garbage that often brings a young-generation collection into the call. V8 optimizes a loop
 * (Maglev, on a background thread) once it has run a budget of bytecode in proportion to its
 * function's size, counted per pass through the loop body, whichever branch a pass takes. So the
 * measuring loop runs on the first {@link FEEDBACK_CLINICS} clinics (its type feedback, from real
 * clinics), then up to this many index-only passes (cheap, each spending a whole pass's budget),
 * and the gather fills this many places with nothing yet to copy. Both compile while the
 * distances are measured, and most of the work then runs optimized (measured in Chromium,
 * first call: 0.75–0.78× the build without warm-ups; bench/PERFORMANCE.md, session 16). For the
 * gather, 512 passes fell short of its budget; 2,048 bought nothing more.
 */
const WARM_UP_PASSES = 1024;
/** The clinics measured before the index-only passes: the loop's type feedback (see above). */
const FEEDBACK_CLINICS = 16;

/**
 * `items` nearest first from `from`, with their distances in miles, exactly as
 * {@link sortByDistance} gives them: the same distances, and ties within a thousandth of a mile
 * (5 ft) in input order. The key of each item is one unsigned 64-bit integer (its distance in
 * thousandths of a mile in the high half, its index in the low half), written and read back as
 * 32-bit integers and sorted natively: no comparator, and no float `%` to get an index back
 * (in `sortByDistance`, keys past 2^31 there throw the optimized gather loop back to the
 * interpreter in a first call). Most of a first call's time is the distance loop (five Math
 * calls per clinic), the rest the native sort and the gather; each loop is warmed up first
 * (see {@link WARM_UP_PASSES}).
 */
export function sortNearest<T extends LatLng>(items: readonly T[], from: LatLng): ByDistance<T> {
  const count = items.length;
  const distances = new Float64Array(count);
  const keys = new BigUint64Array(count);
  const halves = new Uint32Array(keys.buffer);
  const sorted = new Array<T>(count);
  const miles = new Float64Array(count);
  const measured = Math.min(count, FEEDBACK_CLINICS);
  const warmUp = Math.min(count, WARM_UP_PASSES);
  measure(items, from, distances, halves, 0, measured);
  measure(items, from, distances, halves, measured, warmUp, true);
  gather(items, distances, halves, sorted, miles, warmUp);
  measure(items, from, distances, halves, measured, count);
  keys.sort();
  gather(items, distances, halves, sorted, miles, count);
  return { items: sorted, miles };
}

/**
 * Fills the first `count` places of `sorted` and `miles` in the order of the sorted `halves`
 * (see {@link sortNearest}): each place's item, and its distance from `distances`.
 */
function gather<T>(
  items: readonly T[],
  distances: Float64Array,
  halves: Uint32Array,
  sorted: T[],
  miles: Float64Array,
  count: number,
) {
  for (let rank = 0, low = LOW_HALF; rank < count; rank++, low += 2) {
    const i = halves[low];
    sorted[rank] = items[i];
    miles[rank] = distances[i];
  }
}

/**
 * Writes the distance from `from` of the items from `start` to before `end` into `distances`,
 * and their keys (see {@link sortNearest}) into `halves`; with `indexOnly`, only each key's index
 * half (a warm-up pass: see {@link WARM_UP_PASSES}). A function of its own, as short as the loop
 * allows: V8 weighs a loop's progress toward optimized code against its whole function's
 * bytecode, so alone the loop leaves the cold tiers sooner.
 */
function measure(
  items: readonly LatLng[],
  from: LatLng,
  distances: Float64Array,
  halves: Uint32Array,
  start: number,
  end: number,
  indexOnly = false,
) {
  // Math's functions as locals, and min(1, √h) as a branch (the same value: √h ≤ 1 exactly
  // when h < 1; NaN stays NaN): fewer bytecodes per clinic in the interpreter, where a first
  // call's first clinics run (measured: 0.40× the plain sort, against 0.65× with Math.sin and
  // Math.min, 14 rounds).
  const { sin, cos, asin, sqrt } = Math;
  const { lat, lng } = from;
  // The module's constants as locals too: a register read, not a context slot, per use.
  const radians = RADIANS;
  const halfRadians = HALF_RADIANS;
  const rounding = ROUNDING;
  const cosLat = cos(lat * radians);
  // distanceFrom's haversine, operation for operation (so the same double, to the bit: the
  // tests check it), inlined: a call per clinic costs most in the cold tiers a first lookup
  // starts in (measured: 0.46× the plain sort inlined, 0.50× through distanceFrom's closure).
  for (let i = start, low = LOW_HALF + 2 * start; i < end; i++, low += 2) {
    halves[low] = i;
    if (indexOnly) continue;
    const to = items[i];
    const toLat = to.lat;
    const sinLat = sin((toLat - lat) * halfRadians);
    const sinLng = sin((to.lng - lng) * halfRadians);
    const h = sinLat * sinLat + cosLat * cos(toLat * radians) * sinLng * sinLng;
    const miles = DIAMETER_MILES * asin(h >= 1 ? 1 : sqrt(h));
    distances[i] = miles;
    // Math.round(miles * 1000), without a call: the store truncates (see ROUNDING).
    halves[low ^ 1] = miles * 1000 + rounding;
  }
}
