/**
 * Offline US ZIP code → centroid lookup, and the towns of Minnesota and its neighbours, from the
 * asset built by `scripts/build-zip-data.mjs`.
 *
 * Asset format (all integers unsigned LEB128 varints unless noted):
 * - magic `ISZ3` (4 ASCII bytes); count N; units per degree U (100 = 0.01°);
 * - section count S, then S × (first ZIP, grid step in units), ascending by first ZIP — each
 *   section's step applies up to the next section's first ZIP;
 * - N ZIP deltas, ascending (the first from 0);
 * - N latitude deltas, then N longitude deltas: zigzag-signed, counted in the section's steps,
 *   restarting from 0 at each section's first ZIP;
 * - towns: state count K, then K × (state code, 2 ASCII bytes; its town count); then for every
 *   town, state by state, the index of its ZIP in the table above as a delta (ascending within a
 *   state, from 0 at each state's first town); then every town name in UTF-8, each ended by `\n`;
 * - the FNV-1a 32-bit hash of every byte before it, 4 bytes little-endian: a cut or damaged file
 *   is refused instead of decoding into wrong places.
 */
import type { LatLng } from './distance.js';
import { DamagedZipData, loadZipData } from './zip-load.js';

export { DamagedZipData };

/** A town the search finds, placed at one of its ZIP codes. */
export interface Town {
  /** As USPS writes it: "Saint Cloud", "Minneapolis". */
  readonly name: string;
  /** Its state's postal code ("MN"). */
  readonly state: string;
  /** Where its ZIP is in the table's arrays. */
  readonly row: number;
}

/** Decoded ZIP table: parallel arrays sorted by ZIP, coordinates in 1/`unitsPerDegree` degrees. */
export interface ZipIndex {
  readonly zips: Int32Array;
  readonly lat: Int16Array;
  readonly lng: Int16Array;
  readonly unitsPerDegree: number;
  /** State by state, Minnesota first. */
  readonly towns: readonly Town[];
}

/** True when `text` is exactly five ASCII digits (no spaces, no ZIP+4). */
export function isZipCode(text: string): boolean {
  return /^\d{5}$/.test(text);
}

/** FNV-1a, 32 bits: the asset's checksum (`scripts/build-zip-data.mjs` writes the same). */
export function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  // Indexed, not for…of: the first (cold) run over 130 KB takes about 2 ms instead of 5-7.
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

/** Decodes the binary asset; throws {@link DamagedZipData} unless it is a complete `ISZ3` file. */
export function decodeZipIndex(buffer: ArrayBuffer | Uint8Array): ZipIndex {
  const steps = decodeZipIndexInSteps(buffer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Resolves in a task of its own (a message to ourselves: unlike a zero timeout, not slowed down
 * to once a second in a background tab).
 */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

/**
 * {@link decodeZipIndex} with each pass in a task of its own, so that no task of ours blocks a
 * slow phone's page for the whole decoding (about 80 ms at Lighthouse's 4× slower CPU).
 */
export async function decodeZipIndexInTasks(buffer: ArrayBuffer | Uint8Array): Promise<ZipIndex> {
  const steps = decodeZipIndexInSteps(buffer);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await nextTask();
  }
}

/**
 * {@link decodeZipIndex} one pass at a time (the checksum, the ZIPs, the latitudes, the
 * longitudes, the towns: a few milliseconds each on a phone), pausing between them, so that a
 * loader can run each pass in a task of its own and no task of ours blocks a slow phone's page
 * for the whole decoding.
 */
export function* decodeZipIndexInSteps(
  buffer: ArrayBuffer | Uint8Array,
): Generator<void, ZipIndex> {
  const file = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (file.length < 8 || String.fromCharCode(...file.subarray(0, 4)) !== 'ISZ3')
    throw new DamagedZipData('not ZIP data');
  const bytes = file.subarray(0, file.length - 4);
  const stored = new DataView(file.buffer, file.byteOffset + bytes.length, 4).getUint32(0, true);
  if (checksum(bytes) !== stored) throw new DamagedZipData('ZIP data is damaged');
  yield;
  let at = 4;
  const next = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length) throw new DamagedZipData('ZIP data is truncated');
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const count = next();
  const unitsPerDegree = next();
  // Coordinates are kept in Int16Array to halve memory; that holds ±180° only up to 182 units.
  if (unitsPerDegree * 180 > 0x7fff) throw new Error('ZIP data grid too fine');
  const sections: number[] = [];
  for (let s = next(); s > 0; s--) sections.push(next(), next());

  const zips = new Int32Array(count);
  for (let i = 0, zip = 0; i < count; i++) zips[i] = zip += next();
  yield;
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
    yield;
  }
  const states: [state: string, count: number][] = [];
  for (let s = next(); s > 0; s--) {
    at += 2;
    states.push([String.fromCharCode(bytes[at - 2], bytes[at - 1]), next()]);
  }
  const rows = states.flatMap(([, count]) => {
    let row = 0;
    return Array.from({ length: count }, () => (row += next()));
  });
  const names = new TextDecoder().decode(bytes.subarray(at)).split('\n');
  if (names.length !== rows.length + 1 || names.pop() !== '' || rows.some((row) => row >= count))
    throw new DamagedZipData('ZIP data is damaged');
  let town = 0;
  const towns = states.flatMap(([state, count]) =>
    Array.from({ length: count }, (): Town => ({ name: names[town], state, row: rows[town++] })),
  );
  return { zips, lat: columns[0], lng: columns[1], unitsPerDegree, towns };
}

/** Where the table's row `row` is. */
export const placeOfRow = (index: ZipIndex, row: number): LatLng => ({
  lat: index.lat[row] / index.unitsPerDegree,
  lng: index.lng[row] / index.unitsPerDegree,
});

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
    if (found === wanted) return placeOfRow(index, mid);
    if (found < wanted) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * Fetches and decodes the asset at `url`, once per URL (see loadZipData: the same origins,
 * timeout and retry rules).
 */
export function loadZipIndex(
  url: string | URL,
  timeoutMs = 8000,
  filesUrl?: string,
): Promise<ZipIndex> {
  return loadZipData(url, decodeZipIndex, timeoutMs, filesUrl);
}
