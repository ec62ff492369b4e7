/**
 * The drop-in script (dist/ispine-widgets.js): one classic script that reads the `<script>` tag
 * that loaded it (`data-partner`, `data-config`, `data-analytics`, and its own address, where the
 * checker's frame, the ZIP data and the configuration's validator are), then defines
 * `window.ISpineWidgets` and, once the configuration is known, every widget.
 * Only this entry reads `document.currentScript`; bundler users import src/index.ts instead.
 * A second copy on the same page (same or another version) changes nothing and warns once.
 */
import { BASE_URL } from './core/base-url.js';
import { currentScript, runningVersion } from './core/loader.js';
import { getPageState, startPage, subscribe } from './core/state.js';
import { VERSION } from './version.js';
import { defineWidgets } from './widgets.js';

declare global {
  interface Window {
    /** Present once the drop-in script has run. */
    ISpineWidgets?: { readonly version: string };
  }
}

// Read past anything the page's elements shadow (see currentScript(), runningVersion()).
const loaderScript = currentScript();
const running = runningVersion();

if (!loaderScript) {
  console.warn(
    `ispine-widgets: its <script> tag cannot be found (in a shadow root?): data-* attributes are not read, files come from ${BASE_URL}. Put the tag in the page's document, or set partner="…" on each element.`,
  );
}

if (running !== undefined) {
  console.warn(
    `ispine-widgets: loaded twice (version ${running} is running; this copy, version ${VERSION}, is ignored).`,
  );
} else {
  Object.defineProperty(window, 'ISpineWidgets', {
    value: Object.freeze({ version: VERSION }),
    enumerable: true,
  });
  // Before the elements are defined: the ones already on the page upgrade with these settings.
  startPage(loaderScript);
  // Defined once the configuration is known (at once with the built-in default): until then the
  // reserve CSS draws their fallback content as they will render, so nothing on the page moves
  // while a page's own configuration waits for its validator (ispine-config.js) or its file.
  if (getPageState().ready) {
    defineWidgets();
  } else {
    const stop = subscribe(() => {
      if (!getPageState().ready) return;
      stop();
      defineWidgets();
    });
  }
}
