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
 * `items` nearest first from `from`, with their distances in miles. Distances within a
 * thousandth of a mile (5 ft) count as equal and keep the input order (the config's order).
 *
 * Each distance is computed once (and what depends on `from` alone, once per call), the sort runs
 * on one Float64Array of keys (distance in thousandths of a mile × n + input index, exact
 * integers below 2^53) with the engine's native numeric sort — no comparator callbacks — and the
 * result is two flat arrays, with no object per clinic. The drop-in keeps this short form for
 * a sort before any ZIP lookup (the visitor's own position); after one, the picker takes the
 * faster `sortNearest` from the ZIP search (`sort-nearest.ts`), which gives the same result.
 */
export function sortByDistance<T extends LatLng>(items: readonly T[], from: LatLng): ByDistance<T> {
  const count = items.length;
  const distances = Float64Array.from(items, distanceFrom(from));
  const keys = distances.map((miles, i) => Math.round(miles * 1000) * count + i).sort();
  return {
    items: Array.from(keys, (key) => items[key % count]),
    miles: keys.map((key) => distances[key % count]),
  };
}
