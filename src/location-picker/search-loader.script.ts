/**
 * The drop-in's `search-loader.ts`: the built ZIP search, `ispine-search.js`, from the hosted
 * files' folder, where the ZIP data comes from. `import()` is no Trusted Types sink, and needs
 * only what the drop-in itself does: `script-src` allowing the files' host, and CORS.
 * @internal
 */
import { getPageState } from '../core/state.js';

/**
 * Failed imports so far, in the URL's query: browsers keep a module that failed to load for the
 * page's life (until whatwg/html#10327 ships), so a visitor's retry must name another URL.
 */
let failures = 0;

/** The ZIP search once loaded: after a lookup the picker's rows take their sort from it. */
export let loadedSearch: typeof import('../geo/search.js') | undefined;

export const loadSearch = (): Promise<typeof import('../geo/search.js')> =>
  import(new URL(`ispine-search.js?${failures}`, getPageState().loader.filesUrl).href).then(
    (search: typeof import('../geo/search.js')) => (loadedSearch = search),
    (error: unknown) => {
      failures++;
      throw error;
    },
  );
