/**
 * The projection of the offline map in `map-data.ts`. `scripts/build-map.mjs` draws the states
 * through this very function (it compiles this file), so clinic dots and the visitor's position
 * land where the outlines are: keep this module free of imports other than types.
 *
 * Equirectangular with the x axis scaled by cos 45° (the middle of the map), so Minnesota keeps
 * its shape; y grows southwards like SVG's. Coordinates are in map units, the view box's units.
 */
import type { LatLng } from './distance.js';

/** Map units per degree of latitude (one unit ≈ 3.7 km). */
export const MAP_UNITS_PER_DEGREE = 30;
/** The point projected to (0, 0), near the middle of Minnesota and its four neighbours. */
export const MAP_CENTER: LatLng = { lat: 45, lng: -95.4 };

const X_SCALE = MAP_UNITS_PER_DEGREE * Math.cos((MAP_CENTER.lat * Math.PI) / 180);

/** Where a point falls on the map, in view-box units (not rounded). */
export function projectToMap(point: LatLng): { x: number; y: number } {
  return {
    x: (point.lng - MAP_CENTER.lng) * X_SCALE,
    y: (MAP_CENTER.lat - point.lat) * MAP_UNITS_PER_DEGREE,
  };
}
