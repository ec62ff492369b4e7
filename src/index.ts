/**
 * The drop-in script: one classic script that defines every widget and `window.ISpineWidgets`.
 * A second copy on the same page (same or another version) changes nothing and warns once.
 */
import { CallBookButton } from './call-book-button/call-book-button.js';
import { startPage } from './core/state.js';
import { LocationPicker } from './location-picker/location-picker.js';
import { SymptomChecker } from './symptom-checker/isolated.js';
import { BASE_URL } from './core/base-url.js';
import { define } from './define.js';
import { VERSION } from './version.js';

export type { CallBookButton, LocationPicker, SymptomChecker };
export type { AttributionDetail, ISpineEventDetails, ISpineEventMap } from './core/events.js';

declare global {
  interface Window {
    /** Present once the widgets script has run. */
    ISpineWidgets?: { readonly version: string };
  }
}

const loaderScript = document.currentScript;
const running = window.ISpineWidgets;

if (!loaderScript) {
  console.warn(
    `ispine-widgets: the <script> tag that loaded the widgets cannot be found (inside a shadow root?), so its data-partner, data-config and data-analytics are not read; the checker's frame and the ZIP data come from ${BASE_URL}. Put the script tag in the page's document, or set partner="…" on each element.`,
  );
}

if (running) {
  console.warn(
    `ispine-widgets: loaded twice (version ${running.version} is running; this copy, version ${VERSION}, is ignored). Remove the extra <script> tag.`,
  );
} else {
  Object.defineProperty(window, 'ISpineWidgets', {
    value: Object.freeze({ version: VERSION }),
    enumerable: true,
  });
  startPage(loaderScript);
  define('ispine-call-book-button', CallBookButton);
  define('ispine-location-picker', LocationPicker);
  define('ispine-symptom-checker', SymptomChecker);
}
