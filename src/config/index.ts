/**
 * `ispine-widgets/config`: configure the widgets from code (bundler users; the drop-in reads
 * the page's `data-ispine-config` block or `data-config` URL instead), and set where their
 * hosted files come from (`setBaseUrl`). Importing it defines no element.
 * @packageDocumentation
 */
export { DEFAULT_CONFIG } from './default.js';
export { ConfigError, configProblems, validateConfig } from './validate.js';
export type { ConfigProblem } from './validate.js';
export { configure, setBaseUrl } from '../core/state.js';
export type { Clinic, Config, OpeningPeriod, Partner, Weekday, WeeklyHours } from './schema.js';
