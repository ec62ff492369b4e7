/**
 * The drop-in's `search-loader.ts`: the built ZIP search, `ispine-search.js`, from the hosted
 * files' folder, where the ZIP data comes from. `import()` is no Trusted Types sink, and needs
 * only what the drop-in itself does: `script-src` allowing the files' host, and CORS.
 * @internal
 */
import { getPageState } from '../core/state.js';

export const loadSearch = (): Promise<typeof import('../geo/search.js')> =>
  import(new URL('ispine-search.js', getPageState().loader.filesUrl).href);
