/**
 * The validator of a page's own configuration (load.ts), at hand at once: bundles and the ES
 * modules carry it, and `configure()` needs it synchronously anyway. The drop-in, one classic
 * script, uses `validator-loader.script.ts` in this module's place (see `rollup.config.mjs`).
 * @internal
 */
import { validateConfig } from './validate.js';

/** The validator, given where the hosted files are (the drop-in's loads from there). */
export const loadValidator: (
  filesUrl: string,
) => typeof validateConfig | Promise<typeof validateConfig> = () => validateConfig;
