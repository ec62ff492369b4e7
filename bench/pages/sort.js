// Re-sorting 10,000 clinics after a ZIP lookup, with the sort the picker takes after a lookup:
// `sortNearest` from the ZIP search exactly as the drop-in loads it (dist/ispine-search.js). The
// reference and the check measure with the geo module as built (dist/esm). The clinics are
// synthetic (a seeded generator, so every run sorts the same data), spread over Minnesota and
// its neighbours, with the fields a real configuration carries. A build from before
// `sortNearest` (bench --against an older build) sorts with the drop-in's `sortByDistance`, which
// its picker used after a lookup.
import { distanceMiles, sortByDistance } from '../../dist/esm/geo/distance.js';
import * as search from '../../dist/ispine-search.js';

const sortNearest = search.sortNearest ?? sortByDistance;

const COUNT = 10_000;
const WARM_SORTS = 10;
/**
 * With `?typing`, the first sort waits this long after the clinics are made: a visitor types a
 * ZIP code before the first re-sort, so on a real page the clinics are never milliseconds old.
 * Without it, the first sort runs at once.
 */
const TYPING_MS = 1000;

/** mulberry32: a small seeded generator. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20240607);
const clinics = Array.from({ length: COUNT }, (_, i) => ({
  id: `clinic-${i}`,
  name: `Clinic ${i}`,
  street: `${100 + (i % 900)} Main St`,
  city: 'Somewhere',
  state: 'MN',
  zip: String(55000 + (i % 1000)),
  phone: '+17632018191',
  lat: 43.5 + next() * 5.9,
  lng: -97.2 + next() * 7.7,
}));
// ZIP centroids a visitor might type: Minneapolis, Duluth, Rochester, Fargo, Sioux Falls, ...
const origins = [
  { lat: 44.98, lng: -93.27 },
  { lat: 46.79, lng: -92.1 },
  { lat: 44.02, lng: -92.46 },
  { lat: 46.88, lng: -96.79 },
  { lat: 43.54, lng: -96.73 },
  { lat: 45.56, lng: -94.16 },
];

const time = (sort, from) => {
  const t0 = performance.now();
  const sorted = sort(clinics, from);
  return { ms: performance.now() - t0, sorted };
};

/** The obvious way, for reference: distance per clinic, then a comparator sort. */
const naive = (items, from) =>
  items
    .map((item) => ({ item, miles: distanceMiles(from, item) }))
    .sort((a, b) => a.miles - b.miles);

/** The reference's rows as sortByDistance's columns, to compare the two. */
const toColumns = (rows) => ({
  items: rows.map(({ item }) => item),
  miles: rows.map(({ miles }) => miles),
});

// `?ref`: time the reference instead, in its own fresh page, so neither warms up the other.
const query = new URLSearchParams(location.search);
const reference = query.has('ref');
if (query.has('typing')) await new Promise((resolve) => setTimeout(resolve, TYPING_MS));
const sort = reference ? naive : sortNearest;
const result = {
  count: COUNT,
  implementation: reference ? 'reference' : search.sortNearest ? 'sortNearest' : 'sortByDistance',
  errors: [],
};
try {
  // First call in a fresh page: what a visitor's first ZIP lookup pays (nothing warmed up). It
  // runs alone in a task of its own, marked, so the bench reads its main-thread CPU time (the
  // thread time of that task) from the trace; the wall clock is kept beside as information.
  const first = await new Promise((resolve) => {
    setTimeout(() => {
      performance.mark('sort:cold');
      resolve(time(sort, origins[0]));
    });
  });
  await new Promise((resolve) => setTimeout(resolve));
  result.cold = first.ms;
  result.warm = [];
  for (let i = 1; i <= WARM_SORTS; i++) {
    result.warm.push(time(sort, origins[i % origins.length]).ms);
  }
  // Same order as the reference (up to ties within 5 ft): the bench measures a correct sort.
  const { items, miles } = reference ? toColumns(first.sorted) : first.sorted;
  const expected = naive(clinics, origins[0]);
  if (
    items.length !== COUNT ||
    expected.some(
      ({ miles: d }, i) =>
        Math.abs(miles[i] - d) > 0.001 || distanceMiles(origins[0], items[i]) !== miles[i],
    )
  ) {
    result.errors.push(`${result.implementation} disagrees with the reference sort`);
  }
} catch (error) {
  result.errors.push(error.message);
}
window.__sort = result;
