/**
 * The ZIP search beside the ZIP data: the asset's decoder and the town search, built as
 * `dist/ispine-search.js` (an ES module) and loaded by the drop-in only when a visitor first
 * searches, together with `ispine-zips.bin`, so the drop-in carries neither. The decoder moves
 * with the data it reads (both are replaced on each release); these two exports are what every
 * drop-in version loads, like the frame's messages: keep their shapes, or publish a file of
 * another name. `decodeZipIndexInTasks` was added beside them: drop-ins that know it decode
 * one pass per task; older ones keep calling `decodeZipIndex`. `sortNearest`, the re-sort after a
 * lookup, was added too: drop-ins that know it take it from here (see `search-loader.ts`).
 * @internal
 */
export { decodeZipIndex, decodeZipIndexInTasks } from './zip-lookup.js';
export { findPlace } from './place-search.js';
export { sortNearest } from './sort-nearest.js';
