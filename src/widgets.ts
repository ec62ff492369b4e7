/**
 * The three elements and the one call that defines them, shared by the drop-in script
 * (src/drop-in.ts) and the ES module index (src/index.ts). Importing this defines nothing.
 */
import { CallBookButton } from './call-book-button/call-book-button.js';
import { LocationPicker } from './location-picker/location-picker.js';
import { SymptomChecker } from './symptom-checker/isolated.js';
import { define } from './define.js';

export { CallBookButton, LocationPicker, SymptomChecker };

/** Defines the three elements (in a browser; on a server, nothing). */
export function defineWidgets(): void {
  define('ispine-call-book-button', CallBookButton);
  define('ispine-location-picker', LocationPicker);
  define('ispine-symptom-checker', SymptomChecker);
}
