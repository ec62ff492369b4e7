/**
 * Fetching the ZIP asset (`ispine-zips.bin`, format in `zip-lookup.ts`), once per URL, decoded
 * by the function handed in. The drop-in carries only this: the decoder and the town search come
 * beside the data, in `ispine-search.js` (see `search.ts`), loaded together with it.
 */
import { fetchOwn } from '../config/fetch-policy.js';
import type { ZipIndex } from './zip-lookup.js';

/** The ZIP file arrived but is not intact (cut short, altered, or not ours). */
export class DamagedZipData extends Error {}

/**
 * Decodes the asset's bytes; throws (or rejects) when they are not a complete ZIP asset. A
 * promise lets the decoder run in several tasks (`decodeZipIndexInTasks`).
 */
export type ZipDecoder = (bytes: ArrayBuffer) => ZipIndex | Promise<ZipIndex>;

const loads = new Map<string, Promise<ZipIndex>>();

/**
 * Fetches the asset at `url` and decodes it with `decoder` (or the decoder once it has loaded,
 * fetched meanwhile), once per URL: later calls share the same promise. Like a configuration
 * file, it may come only from the page's origin or the hosted files' (`filesUrl`, when a page
 * chose the URL), without redirects (see fetchOwn). Bytes that do not decode reject with
 * {@link DamagedZipData}; a load that fails, or takes longer than `timeoutMs` (then it is
 * aborted), is forgotten, so the next call (e.g. the visitor retrying) starts a new request
 * instead of joining a stalled one.
 */
export function loadZipData(
  url: string | URL,
  decoder: ZipDecoder | Promise<ZipDecoder>,
  timeoutMs = 8000,
  filesUrl?: string,
): Promise<ZipIndex> {
  const key = String(url);
  let load = loads.get(key);
  if (!load) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const bytes = fetchOwn(key, filesUrl, abort.signal).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    load = Promise.all([bytes, decoder])
      .then(([data, decode]) =>
        // Called in a then, so that a decoder's throw and its rejection are handled alike.
        Promise.resolve(data)
          .then(decode)
          .catch((error: unknown) => {
            // The decoder may come from another copy of this module (ispine-search.js): its
            // DamagedZipData is not this one.
            throw error instanceof DamagedZipData ? error : new DamagedZipData(String(error));
          }),
      )
      .finally(() => clearTimeout(timer));
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}
