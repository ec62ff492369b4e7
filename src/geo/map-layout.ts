/**
 * Fits the offline map to its points and places a label beside each one without overlaps.
 *
 * Coordinates out are CSS pixels of a box `width` × `height` (the SVG's view box is that box),
 * so labels are set in the page's own font size, whatever the scale. Map units (see `map.ts`)
 * go to pixels by `x·scale + dx`, `y·scale + dy`. Labels are placed greedily in the order given
 * (the origin first, then the clinics): right of the point, else left, above, below or a
 * diagonal — the first spot that stays inside the box and clear of every point and label placed
 * so far (else the first spot: a label is never dropped). The fit leaves a margin of context. Text width is
 * estimated (0.6 em per character): good enough to keep short city names apart.
 */
import type { LatLng } from './distance.js';
import { projectToMap } from './map.js';

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

/** A point placed in the box, with its label's anchor and alignment. */
export interface PlacedPoint {
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface MapLayout {
  /** Map units → pixels. */
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
  /** In the order of the points given. */
  readonly points: readonly PlacedPoint[];
}

/** The most pixels per map unit (≈ 3.7 km): one clinic alone still shows its surroundings. */
const MAX_SCALE = 24;

type Rect = [left: number, top: number, right: number, bottom: number];
const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Fits `points` in `box` (with room for their labels) and places the labels. */
export function layoutMap(points: readonly MapPoint[], box: MapBox): MapLayout {
  const { width, height, em } = box;
  const projected = points.map(({ at }) => projectToMap(at));
  const xs = projected.map(({ x }) => x);
  const ys = projected.map(({ y }) => y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const padX = Math.min(width / 3, 5 * em);
  const padY = Math.min(height / 3, 1.5 * em);
  const scale = Math.min(
    MAX_SCALE,
    // 0.85: some of the surrounding states stay in view.
    (0.85 * (width - 2 * padX)) / (maxX - minX || 1),
    (0.85 * (height - 2 * padY)) / (maxY - minY || 1),
  );
  const dx = width / 2 - ((minX + maxX) / 2) * scale;
  const dy = height / 2 - ((minY + maxY) / 2) * scale;

  const pixels = projected.map(({ x, y }) => [x * scale + dx, y * scale + dy] as const);
  const dot = 0.4 * em;
  const taken: Rect[] = pixels.map(([x, y]) => [x - dot, y - dot, x + dot, y + dot]);
  const placed = points.map(({ label }, i): PlacedPoint => {
    const [x, y] = pixels[i];
    const w = label.length * 0.6 * em;
    const h = em;
    const gap = 0.7 * em;
    // [rect, labelX, labelY (baseline), anchor]: right, left, above, below, then the diagonals.
    const spots: [Rect, number, number, PlacedPoint['anchor']][] = [];
    for (const [side, lift] of [
      [1, 0],
      [-1, 0],
      [0, -1],
      [0, 1],
      [1, -1],
      [-1, -1],
      [1, 1],
      [-1, 1],
      [1, -2],
      [-1, -2],
      [1, 2],
      [-1, 2],
    ]) {
      const left = side > 0 ? x + gap : side < 0 ? x - gap - w : x - w / 2;
      const top = y - h / 2 + lift * (side ? 0.8 * em : gap + h / 2);
      spots.push([
        [left, top, left + w, top + h],
        side > 0 ? left : side < 0 ? x - gap : x,
        top + 0.85 * em,
        side > 0 ? 'start' : side < 0 ? 'end' : 'middle',
      ]);
    }
    const fits = ([rect]: (typeof spots)[number]) =>
      rect[0] >= 0 &&
      rect[1] >= 0 &&
      rect[2] <= width &&
      rect[3] <= height &&
      !taken.some((other, j) => j !== i && overlaps(rect, other));
    const [rect, labelX, labelY, anchor] = spots.find(fits) ?? spots[0];
    taken.push(rect);
    return { x, y, labelX, labelY, anchor };
  });
  return { scale, dx, dy, points: placed };
}
