/**
 * The drop-in's `validator-loader.ts`: the validator, `ispine-config.js`, imported from the hosted
 * files' folder only when the page brings its own configuration (a `data-ispine-config` block or
 * `data-config`); the built-in default needs none, so most pages never load it. Like
 * `ispine-search.js`, a moving file whose export keeps its shape across releases: pinned drop-ins
 * import the current one. `import()` is no Trusted Types sink.
 * @internal
 */
import type { validateConfig } from './validate.js';

export const loadValidator = (filesUrl: string): Promise<typeof validateConfig> => {
  const url = new URL('ispine-config.js', filesUrl).href;
  return import(url).then(
    (validator: typeof import('./validate.js')) => validator.validateConfig,
    () => {
      throw new Error(`could not be checked (${url} did not load)`);
    },
  );
};
