/**
 * Loads the ZIP search (`src/geo/search.ts`) when a visitor first searches; bundlers split it off at
 * this import. The drop-in, one classic script, uses `search-loader.script.ts` in this module's
 * place (see `rollup.config.mjs`).
 * @internal
 */

/** The ZIP search once loaded: after a lookup the picker's rows take their sort from it. */
export let loadedSearch: typeof import('../geo/search.js') | undefined;

export const loadSearch = (): Promise<typeof import('../geo/search.js')> =>
  import('../geo/search.js').then((search) => (loadedSearch = search));
