/**
 * The picker's few icons, drawn inline (no icon font, no request), 1em square in the text's
 * colour. Each sits beside words or a visually hidden name: hidden from screen readers.
 * @internal
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * One html`` template for every icon, its path bound as an attribute: the drop-in's build
 * compiles html`` templates (an svg`` template would be prepared in the visitor's browser at
 * first render, one per icon), and the HTML parser puts `<svg>` and its `<path>` in the SVG
 * namespace as svg`` would.
 */
const icon = (d: string): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;

/** A handset: the call link. */
export const phoneIcon = icon(
  'M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z',
);

/** An arrow turning right: directions. */
export const directionsIcon = icon(
  'M12 2 2 12l10 10 10-10zm1 13v-3H9v3H7v-4c0-.6.4-1 1-1h5V7l4 4z',
);

/** A tick: choose this clinic. */
export const chooseIcon = icon('m9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4z');

/**
 * A target: the visitor's location. The full picker writes it into its own template with this
 * path (one template fewer to prepare and clone at its first render).
 */
export const LOCATE_PATH =
  'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm9 3h-2.1A7 7 0 0 0 13 5.1V3h-2v2.1A7 7 0 0 0 5.1 11H3v2h2.1a7 7 0 0 0 5.9 5.9V21h2v-2.1a7 7 0 0 0 5.9-5.9H21zm-9 6a5 5 0 1 1 0-10 5 5 0 0 1 0 10z';
export const locateIcon = icon(LOCATE_PATH);

/** A circled exclamation mark: what went wrong. */
export const problemIcon = icon(
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2zm0-4h-2V7h2z',
);
