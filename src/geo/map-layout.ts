/**
 * Fits the offline map to the clinics (and the visitor, when they are on the map) and places a
 * label beside each point so that no two labels and no label and point overlap.
 *
 * Coordinates out are CSS pixels of a box `width` × `height` (the SVG's view box is that box),
 * so labels are set in the page's own font size, whatever the scale. Map units (see `map.ts`)
 * go to pixels by `x·scale + dx`, `y·scale + dy`. A visitor beyond the drawn states is not fitted
 * (New York would shrink Minnesota to a dot): they become an edge marker, on the box's edge in
 * their direction. Labels are placed greedily, the visitor first, then the clinics, then the
 * reference places: the first spot of a ring around the point (right, left, above, below, the
 * diagonals), then of two wider rings (drawn with a leader line), that stays inside the box and
 * clear of every point and label so far. A label with no free spot is left out rather than drawn
 * over another (a reference place then goes too); the list still names every clinic. Text widths
 * come from `measure` (the element measures its own font), else an estimate of 0.6 em per
 * character.
 */
import type { LatLng } from './distance.js';
import { projectToMap } from './map.js';
import { MAP_VIEW_BOX } from './map-data.js';

/** The box the map is drawn in, and the label font size, in CSS pixels. */
export interface MapBox {
  readonly width: number;
  readonly height: number;
  readonly em: number;
}

/** A point to show, with its label. */
export interface MapPoint {
  readonly at: LatLng;
  readonly label: string;
}

/** A label's place: its text's start, baseline and alignment; `leader` when set off its point. */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly leader: boolean;
  /** The label's box: [left, top, right, bottom]. */
  readonly rect: Rect;
}

/** A point placed in the box, with its label unless none fitted. */
export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly label?: PlacedLabel;
}

/** The visitor beyond the map: on the box's edge, pointing `angle` radians (0: east, y down). */
export interface EdgePoint extends PlacedPoint {
  readonly angle: number;
}

export interface MapLayout {
  /** Map units → pixels. */
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
  /** In the order given. */
  readonly clinics: readonly PlacedPoint[];
  /** The visitor on the map, or at its edge (`angle` set) when beyond it. */
  readonly origin?: PlacedPoint | EdgePoint;
  /** The reference places inside the box. */
  readonly places: readonly PlacedPoint[];
}

/** What the map shows: the clinics, the visitor, and places a visitor knows. */
export interface MapContent {
  readonly clinics: readonly MapPoint[];
  readonly origin?: MapPoint;
  /** The origin's label when it is beyond the map, from its compass point (0: north, clockwise). */
  readonly farLabel?: (compassPoint: number) => string;
  readonly places?: readonly MapPoint[];
}

/** Half the width of the outline around label text, in pixels. */
const HALO = 1.5;

/** The most pixels per map unit (≈ 3.7 km): one clinic alone still shows its surroundings. */
const MAX_SCALE = 24;

export type Rect = [left: number, top: number, right: number, bottom: number];
const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** True when `at` falls inside the drawn states (then the map is fitted to include it). */
export function isOnMap(at: LatLng): boolean {
  const { x, y } = projectToMap(at);
  const [left, top, width, height] = MAP_VIEW_BOX;
  return x >= left && x <= left + width && y >= top && y <= top + height;
}

/** The compass point (0: north, 1: north-east … 7: north-west) of a screen direction. */
export const compassPoint = (angle: number) => (Math.round((angle * 4) / Math.PI + 2) + 8) % 8;

/** Fits the content in `box` (with room for labels) and places the labels. */
export function layoutMap(
  { clinics, origin, farLabel, places = [] }: MapContent,
  box: MapBox,
  measure: (text: string) => number = (text) => text.length * 0.6 * box.em,
): MapLayout {
  const { width, height, em } = box;
  const far = origin && !isOnMap(origin.at);
  const fitted = (far || !origin ? clinics : [origin, ...clinics]).map(({ at }) =>
    projectToMap(at),
  );
  const xs = fitted.map(({ x }) => x);
  const ys = fitted.map(({ y }) => y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  // Room for labels and for an edge marker beyond the clinics.
  const padX = Math.min(width / 3, 5 * em);
  const padY = Math.min(height / 3, 2.5 * em);
  const scale = Math.min(
    MAX_SCALE,
    // 0.85: some of the surrounding states stay in view.
    (0.85 * (width - 2 * padX)) / (maxX - minX || 1),
    (0.85 * (height - 2 * padY)) / (maxY - minY || 1),
  );
  const dx = width / 2 - ((minX + maxX) / 2) * scale;
  const dy = height / 2 - ((minY + maxY) / 2) * scale;
  const toBox = (at: LatLng) => {
    const { x, y } = projectToMap(at);
    return { x: x * scale + dx, y: y * scale + dy };
  };

  const dot = 0.45 * em;
  const taken: Rect[] = [];
  const inBox = ([left, top, right, bottom]: Rect) =>
    left >= 0 && top >= 0 && right <= width && bottom <= height;
  const free = (rect: Rect) => inBox(rect) && !taken.some((other) => overlaps(rect, other));
  const mark = ({ x, y }: { x: number; y: number }, size = dot) =>
    taken.push([x - size, y - size, x + size, y + size]);

  /** The first free spot for `text` around (x, y), nearest ring first. */
  const place = (x: number, y: number, text: string): PlacedLabel | undefined => {
    const w = measure(text);
    // A text's box is its font's ascent and descent, not 1 em: up to about 0.95 + 0.25 em.
    const h = 1.25 * em;
    for (const [ring, gap] of [
      [0, 0.7 * em],
      [1, 1.6 * em],
      [2, 2.6 * em],
    ]) {
      for (const [side, lift] of [
        [1, 0],
        [-1, 0],
        [0, -1],
        [0, 1],
        [1, -1],
        [-1, -1],
        [1, 1],
        [-1, 1],
      ]) {
        const left = side > 0 ? x + gap : side < 0 ? x - gap - w : x - w / 2;
        const top = y - h / 2 + lift * (side ? 0.8 * em + ring * 0.6 * em : gap + h / 2);
        const rect: Rect = [left, top, left + w, top + h];
        // Kept clear of the halo too (a 3 px outline in the map's background colour).
        if (!free([left - HALO, top - HALO, left + w + HALO, top + h + HALO])) continue;
        taken.push(rect);
        return {
          text,
          x: side > 0 ? left : side < 0 ? left + w : x,
          y: top + 0.97 * em,
          anchor: side > 0 ? 'start' : side < 0 ? 'end' : 'middle',
          leader: ring > 0,
          rect,
        };
      }
    }
    return undefined;
  };

  const clinicPoints = clinics.map(({ at }) => toBox(at));
  clinicPoints.forEach((point) => mark(point));
  let placedOrigin: PlacedPoint | EdgePoint | undefined;
  if (origin && far) {
    // From the middle of the box towards the visitor, stopped short of the edge.
    const { x, y } = toBox(origin.at);
    const angle = Math.atan2(y - height / 2, x - width / 2);
    const [rx, ry] = [width / 2 - 1.2 * em, height / 2 - 1.2 * em];
    const reach = Math.min(
      Math.abs(rx / (Math.cos(angle) || 1e-9)),
      Math.abs(ry / (Math.sin(angle) || 1e-9)),
    );
    const edge = {
      x: width / 2 + Math.cos(angle) * reach,
      y: height / 2 + Math.sin(angle) * reach,
      angle,
    };
    mark(edge, 0.7 * em);
    const text = farLabel?.(compassPoint(angle)) ?? origin.label;
    placedOrigin = { ...edge, label: place(edge.x, edge.y, text) };
  } else if (origin) {
    const point = toBox(origin.at);
    mark(point);
    placedOrigin = { ...point, label: place(point.x, point.y, origin.label) };
  }
  const placedClinics = clinics.map(({ label }, i) => {
    const { x, y } = clinicPoints[i];
    return { x, y, label: place(x, y, label) };
  });
  const placedPlaces = places.flatMap(({ at, label: text }) => {
    const point = toBox(at);
    const size = 0.25 * em;
    if (!free([point.x - size, point.y - size, point.x + size, point.y + size])) return [];
    const label = place(point.x, point.y, text);
    if (!label) return [];
    mark(point, size);
    return [{ ...point, label }];
  });
  return { scale, dx, dy, clinics: placedClinics, origin: placedOrigin, places: placedPlaces };
}
