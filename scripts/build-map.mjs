// Generates src/geo/map-data.ts: Minnesota and its neighbours (WI, IA, SD, ND) as SVG path
// strings with integer coordinates, the Twin Cities metro area (the seven counties of the
// Metropolitan Council) as one outline, and a few reference places, for the location picker's
// offline map.
//
// Sources: `us-atlas` states-10m.json and counties-10m.json (ISC, © Michael Bostock), TopoJSON
// conversions of the US Census Bureau's 2017 cartographic boundaries — public-domain US
// Government data; the reference places' positions are the mean of their ZIP codes' positions
// in the npm package `zipcodes` (BSD-3-Clause), the same list the town search is built from.
//
// Points go through projectToMap() from src/geo/map.ts, compiled here with TypeScript, so the
// runtime places clinic dots with the one projection the outlines were drawn with.
// Shared borders are simplified once per TopoJSON arc (Douglas–Peucker, arc ends kept), so
// neighbouring states still meet without gaps or overlaps. Deterministic; prints the module's
// brotli size (quality 11).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import prettier from 'prettier';
import { feature, merge } from 'topojson-client';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const topology = require('us-atlas/states-10m.json');
const countyTopology = require('us-atlas/counties-10m.json');
const { codes: namedZips } = require('zipcodes/lib/codes.js');

/** Anoka, Carver, Dakota, Hennepin, Ramsey, Scott and Washington: the seven-county metro. */
const METRO_COUNTIES = ['27003', '27019', '27037', '27053', '27123', '27139', '27163'];
/** Reference places drawn lightly for a sense of place: [label, USPS city name]. */
const PLACES = [
  ['Minneapolis', 'Minneapolis'],
  ['St. Paul', 'Saint Paul'],
  ['St. Cloud', 'Saint Cloud'],
];

/** FIPS code → postal code, Minnesota first (drawn first, listed first). */
const STATES = new Map([
  ['27', 'MN'],
  ['55', 'WI'],
  ['19', 'IA'],
  ['46', 'SD'],
  ['38', 'ND'],
]);
const ORDER = [...STATES.keys()];
/** Douglas–Peucker tolerance in map units (one unit ≈ 3.7 km, about a pixel at the picker's size). */
const TOLERANCE = 2.5;
/** The metro is seen close up (its clinics fill the map): a finer outline. */
const METRO_TOLERANCE = 0.3;
/** Islands and lake slivers smaller than this (square map units) are left out. */
const MIN_RING_AREA = 6;
const OUT = new URL('../src/geo/map-data.ts', import.meta.url);

const mapSource = readFileSync(new URL('../src/geo/map.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(mapSource, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
});
const { projectToMap } = await import(
  `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`
);
/** @param {[number, number]} position [lng, lat] @returns {[number, number]} */
const project = ([lng, lat]) => {
  const { x, y } = projectToMap({ lat, lng });
  return [x, y];
};

/** Squared distance from p to the segment a–b. */
function segmentDistance2([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}

/** Douglas–Peucker on projected points; returns the indices kept, ends included. */
function simplify(
  points,
  tolerance,
  first = 0,
  last = points.length - 1,
  kept = new Set([first, last]),
) {
  let farthest = -1;
  let max = tolerance * tolerance;
  for (let i = first + 1; i < last; i++) {
    const d = segmentDistance2(points[i], points[first], points[last]);
    if (d > max) {
      max = d;
      farthest = i;
    }
  }
  if (farthest >= 0) {
    kept.add(farthest);
    simplify(points, tolerance, first, farthest, kept);
    simplify(points, tolerance, farthest, last, kept);
  }
  return kept;
}

// Decode the quantized, delta-encoded arcs to [lng, lat], simplify each arc in map space, and
// hand topojson-client an untransformed topology holding only the five states.
const arcsOf = ({ transform: { scale, translate }, arcs }, tolerance) =>
  arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const positions = arc.map(([dx, dy]) => [
      (x += dx) * scale[0] + translate[0],
      (y += dy) * scale[1] + translate[1],
    ]);
    const kept = simplify(positions.map(project), tolerance);
    return positions.filter((_, i) => kept.has(i));
  });
const arcs = arcsOf(topology, TOLERANCE);
const geometries = topology.objects.states.geometries
  .filter((geometry) => STATES.has(geometry.id))
  .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
const states = feature(
  { type: 'Topology', arcs, objects: { states: { type: 'GeometryCollection', geometries } } },
  { type: 'GeometryCollection', geometries },
).features;

let minX = Infinity;
let minY = Infinity;
let maxX = -Infinity;
let maxY = -Infinity;

/** Signed area (shoelace) of a ring of integer points. */
const area = (ring) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0) / 2;

/** Numbers joined compactly: a minus sign already separates. */
const join = (numbers) => numbers.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');

/** One SVG path: absolute move to each ring's start, then relative lines, then close. */
function pathOf(geometry, per = 1) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const ring of polygons.flat()) {
    const points = [];
    for (const position of ring.slice(0, -1)) {
      const [x, y] = project(position).map((v) => Math.round(v * per));
      const previous = points.at(-1);
      if (!previous || previous[0] !== x || previous[1] !== y) points.push([x, y]);
    }
    if (points.length < 3 || Math.abs(area(points)) < MIN_RING_AREA * per * per) continue;
    for (const [x, y] of per === 1 ? points : []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    const deltas = points.slice(1).flatMap(([x, y], i) => [x - points[i][0], y - points[i][1]]);
    d += `M${join(points[0])}l${join(deltas)}z`;
  }
  return d;
}

const paths = states.map(({ id, properties, geometry }) => ({
  id: STATES.get(id),
  name: properties.name,
  d: pathOf(geometry),
}));

const metroCounties = countyTopology.objects.counties.geometries.filter((geometry) =>
  METRO_COUNTIES.includes(geometry.id),
);
if (metroCounties.length !== METRO_COUNTIES.length) throw new Error('a metro county is missing');
// In tenths of a map unit: seen close up, whole units would show as steps.
const metro = pathOf(
  merge({ type: 'Topology', arcs: arcsOf(countyTopology, METRO_TOLERANCE) }, metroCounties),
  10,
);

const places = PLACES.map(([label, city]) => {
  const zips = Object.values(namedZips).filter((zip) => zip.city === city && zip.state === 'MN');
  const mean = (key) =>
    Math.round((zips.reduce((sum, zip) => sum + zip[key], 0) / zips.length) * 100) / 100;
  return { label, lat: mean('latitude'), lng: mean('longitude') };
});

const generated = `// Generated by scripts/build-map.mjs — do not edit; run \`node scripts/build-map.mjs\`.
// Outlines: US Census Bureau cartographic state boundaries 2017 (public domain), via us-atlas.
// Coordinates are map units from projectToMap() in ./map.ts.

/** The map's SVG \`viewBox\`: min x, min y, width, height, in map units. */
export const MAP_VIEW_BOX = [${minX}, ${minY}, ${maxX - minX}, ${maxY - minY}] as const;

/** State outlines as SVG path data, Minnesota first. */
export const MAP_STATES: readonly { id: string; name: string; d: string }[] = [
${paths.map((p) => `  { id: '${p.id}', name: '${p.name}', d: '${p.d}' },`).join('\n')}
];

/** The Twin Cities' seven-county metro area as SVG path data, in tenths of a map unit. */
export const MAP_METRO = '${metro}';

/** Reference places, drawn lightly: the visitor knows where these are. */
export const MAP_PLACES: readonly { label: string; lat: number; lng: number }[] = [
${places.map((p) => `  { label: '${p.label}', lat: ${p.lat}, lng: ${p.lng} },`).join('\n')}
];
`;
// Formatted here so the committed file passes `prettier --check` as generated.
const source = await prettier.format(generated, {
  ...(await prettier.resolveConfig(OUT)),
  filepath: OUT.pathname,
});
writeFileSync(OUT, source);
const brotli = brotliCompressSync(Buffer.from(source), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
console.log(
  `src/geo/map-data.ts: ${paths.map((p) => p.id).join(', ')}, view box ${minX} ${minY} ${maxX - minX} ${maxY - minY}, ${source.length} bytes, ${(brotli / 1024).toFixed(2)} KB brotli`,
);
