/**
 * Offline US ZIP code → centroid lookup, from the asset built by `scripts/build-zip-data.mjs`.
 *
 * Asset format (all integers unsigned LEB128 varints unless noted):
 * - magic `ISZ1` (4 ASCII bytes); count N; units per degree U (100 = 0.01°);
 * - section count S, then S × (first ZIP, grid step in units), ascending by first ZIP — each
 *   section's step applies up to the next section's first ZIP;
 * - N ZIP deltas, ascending (the first from 0);
 * - N latitude deltas, then N longitude deltas: zigzag-signed, counted in the section's steps,
 *   restarting from 0 at each section's first ZIP.
 */
import type { LatLng } from './distance.js';

/** Decoded ZIP table: parallel arrays sorted by ZIP, coordinates in 1/`unitsPerDegree` degrees. */
export interface ZipIndex {
  readonly zips: Int32Array;
  readonly lat: Int16Array;
  readonly lng: Int16Array;
  readonly unitsPerDegree: number;
}

/** True when `text` is exactly five ASCII digits (no spaces, no ZIP+4). */
export function isZipCode(text: string): boolean {
  return /^\d{5}$/.test(text);
}

/** Decodes the binary asset; throws on anything that is not a complete `ISZ1` file. */
export function decodeZipIndex(buffer: ArrayBuffer | Uint8Array): ZipIndex {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let at = 4;
  const next = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length) throw new Error('ZIP data is truncated');
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'ISZ1') throw new Error('not ZIP data');
  const count = next();
  const unitsPerDegree = next();
  // Coordinates are kept in Int16Array to halve memory; that holds ±180° only up to 182 units.
  if (unitsPerDegree * 180 > 0x7fff) throw new Error('ZIP data grid too fine');
  const sections: number[] = [];
  for (let s = next(); s > 0; s--) sections.push(next(), next());

  const zips = new Int32Array(count);
  for (let i = 0, zip = 0; i < count; i++) zips[i] = zip += next();
  const columns = [new Int16Array(count), new Int16Array(count)] as const;
  for (const column of columns) {
    for (let i = 0, s = -2, step = 1, value = 0; i < count; i++) {
      while (s + 2 < sections.length && zips[i] >= sections[s + 2]) {
        s += 2;
        step = sections[s + 1];
        value = 0;
      }
      const zigzag = next();
      value += zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
      column[i] = value * step;
    }
  }
  return { zips, lat: columns[0], lng: columns[1], unitsPerDegree };
}

/** The centroid of `zip`, or undefined for an unknown ZIP (e.g. `00000`) or a non-ZIP. */
export function lookupZip(index: ZipIndex, zip: string): LatLng | undefined {
  if (!isZipCode(zip)) return undefined;
  const wanted = Number(zip);
  const { zips } = index;
  let low = 0;
  let high = zips.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const found = zips[mid];
    if (found === wanted) {
      return {
        lat: index.lat[mid] / index.unitsPerDegree,
        lng: index.lng[mid] / index.unitsPerDegree,
      };
    }
    if (found < wanted) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

const loads = new Map<string, Promise<ZipIndex>>();

/**
 * Fetches and decodes the asset at `url`, once per URL: later calls share the same promise.
 * A failed load is forgotten, so the next call (e.g. the visitor retrying) fetches again.
 */
export function loadZipIndex(url: string | URL): Promise<ZipIndex> {
  const key = String(url);
  let load = loads.get(key);
  if (!load) {
    load = fetch(key).then(async (response) => {
      if (!response.ok) throw new Error(`ZIP data: HTTP ${response.status} for ${key}`);
      return decodeZipIndex(await response.arrayBuffer());
    });
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}
