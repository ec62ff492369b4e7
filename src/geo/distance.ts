/** A point in degrees (WGS 84). Clinics satisfy it, so they sort without copying. */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/**
 * Things placed nearest first, as returned by {@link sortByDistance}: `miles[i]` is how far
 * `items[i]` is. Two flat arrays rather than an object per item: nothing to allocate per clinic.
 */
export interface ByDistance<T> {
  readonly items: readonly T[];
  readonly miles: Float64Array;
}

/** Mean Earth radius in statute miles (IUGG mean radius 6371.0088 km). */
export const EARTH_RADIUS_MILES = 3958.76;

const RADIANS = Math.PI / 180;

/**
 * Great-circle (haversine) distance in miles from `a`, within 0.5% of the ellipsoidal distance.
 * The returned function measures to any point; what depends on `a` alone is computed once.
 */
export function distanceFrom(a: LatLng): (b: LatLng) => number {
  const cosA = Math.cos(a.lat * RADIANS);
  return (b) => {
    const sinLat = Math.sin((b.lat - a.lat) * RADIANS * 0.5);
    const sinLng = Math.sin((b.lng - a.lng) * RADIANS * 0.5);
    const h = sinLat * sinLat + cosA * Math.cos(b.lat * RADIANS) * sinLng * sinLng;
    return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
  };
}

/** Great-circle (haversine) distance in miles between `a` and `b`. */
export function distanceMiles(a: LatLng, b: LatLng): number {
  return distanceFrom(a)(b);
}

/**
 * Each point as a unit vector (x, y, z, three numbers a point) on the sphere: what depends on the
 * point alone, so the distance from another point needs no trigonometry but one arcsine.
 */
function unitVectors(points: readonly LatLng[]): Float64Array {
  const vectors = new Float64Array(points.length * 3);
  for (let i = 0, j = 0; i < points.length; i++, j += 3) {
    const lat = points[i].lat * RADIANS;
    const lng = points[i].lng * RADIANS;
    const cosLat = Math.cos(lat);
    vectors[j] = cosLat * Math.cos(lng);
    vectors[j + 1] = cosLat * Math.sin(lng);
    vectors[j + 2] = Math.sin(lat);
  }
  return vectors;
}

/** Each clinic list's unit vectors, made once per list (a configuration's list never changes). */
const vectorsOf = new WeakMap<readonly LatLng[], Float64Array>();

/** `items`' unit vectors, made at the first call for this list. */
function vectorsFor(items: readonly LatLng[]): Float64Array {
  let vectors = vectorsOf.get(items);
  if (!vectors) vectorsOf.set(items, (vectors = unitVectors(items)));
  return vectors;
}

/**
 * Works out what the distances to `items` need of each item alone, once for this list, so that
 * {@link sortByDistance} on it does not: call it when the list is known and the visitor is not
 * waiting (e.g. while the ZIP data loads). Calling it again for the same list costs nothing.
 */
export function prepareDistances(items: readonly LatLng[]): void {
  vectorsFor(items);
}

/**
 * How far from half a thousandth of a mile a chord's distance must be to round as haversine's
 * does, in thousandths of a mile (1e-8 mi), with room to spare: both are within about 1e-11 mi
 * of the true distance. Squared, as the sort compares it.
 */
const EDGE_SQUARED = (0.5 - 1e-5) ** 2;

/** The Earth's diameter in thousandths of a mile: the arc of a chord c is that × asin(c / 2). */
const DIAMETER_THOUSANDTHS = 2 * EARTH_RADIUS_MILES * 1000;

/**
 * Added to every key's thousandths (2^22, over 4,000 mi), so that from 512 items on every key is
 * past the small integers V8 keeps untagged: the optimized loops then never meet a key of
 * another kind than the first ones they saw (a deoptimization, and the rest of the first
 * lookup back in the interpreter). Still exact: keys stay below 2^53 up to 500 million items.
 */
const KEY_OFFSET = 2 ** 22;

/**
 * `items` nearest first from `from`, with their distances in miles. Distances within a
 * thousandth of a mile (5 ft) count as equal and keep the input order (the config's order).
 *
 * Built for 10,000 clinics on a slow phone: each item's point on the unit sphere is worked out
 * once per list ({@link prepareDistances}), so a distance is a chord (three differences) and one
 * arcsine, with no call per clinic. It equals {@link distanceMiles} to within 1e-8 mi; where that
 * could round otherwise (within 1e-8 mi of half a thousandth, at half a mile) or the arcsine loses
 * digits (near the antipode), haversine's own is used, so the order (ties included) and the
 * whole miles shown are exactly haversine's. The sort runs on one Float64Array of keys (distance
 * in thousandths of a mile × n + input index, exact integers below 2^53) with the engine's native
 * numeric sort — no comparator callbacks — and the result is two flat arrays, with no object per
 * clinic.
 */
export function sortByDistance<T extends LatLng>(items: readonly T[], from: LatLng): ByDistance<T> {
  const count = items.length;
  const vectors = vectorsFor(items);
  const [x, y, z] = unitVectors([from]);
  const distances = new Float64Array(count);
  const keys = new Float64Array(count);
  // Items near a rounding edge, listed without a branch (each index written at the list's end,
  // which moves on only for such an item): a branch the loop takes once in a thousand items
  // would throw its optimized code away each time.
  const edges = new Int32Array(count + 1);
  let edgeCount = 0;
  for (let i = 0, j = 0; i < count; i++, j += 3) {
    const dx = vectors[j] - x;
    const dy = vectors[j + 1] - y;
    const dz = vectors[j + 2] - z;
    const halfChord = Math.sqrt(dx * dx + dy * dy + dz * dz) * 0.5;
    const thousandths = DIAMETER_THOUSANDTHS * Math.asin(halfChord);
    const rounded = Math.round(thousandths);
    const off = thousandths - rounded;
    distances[i] = thousandths / 1000;
    keys[i] = (rounded + KEY_OFFSET) * count + i;
    // Half a mile is a superset of the whole miles' edges (one distance in a thousand); past half
    // a chord of 0.9 (8,800 mi) the arcsine's slope multiplies its error, as haversine's does.
    edges[edgeCount] = i;
    edgeCount += +(off * off > EDGE_SQUARED) | +(rounded % 1000 === 500) | +(halfChord > 0.9);
  }
  for (let e = 0; e < edgeCount; e++) {
    const i = edges[e];
    distances[i] = distanceMiles(from, items[i]);
    keys[i] = (Math.round(distances[i] * 1000) + KEY_OFFSET) * count + i;
  }
  keys.sort();
  const sorted = new Array<T>(count);
  const miles = new Float64Array(count);
  for (let rank = 0; rank < count; rank++) {
    const i = keys[rank] % count;
    sorted[rank] = items[i];
    miles[rank] = distances[i];
  }
  return { items: sorted, miles };
}
