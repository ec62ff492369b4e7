/**
 * `ispine-widgets`: the three elements as ES modules, for bundlers. Importing it defines them in
 * a browser and does nothing else: no `<script>` tag is read, and on a server (Node, no DOM)
 * nothing is defined. Where the checker's frame and the ZIP data come from: `setBaseUrl()`
 * (default: the clinic's host this package was built for). The drop-in script is src/drop-in.ts.
 * @packageDocumentation
 */
import { defineWidgets } from './widgets.js';

export { CallBookButton, LocationPicker, SymptomChecker } from './widgets.js';
export { configure, setBaseUrl } from './core/state.js';
export type { Config } from './config/schema.js';
export type { AttributionDetail, ISpineEventDetails, ISpineEventMap } from './core/events.js';

defineWidgets();
