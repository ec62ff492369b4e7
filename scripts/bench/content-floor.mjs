// The content floor: what the widgets show in their first render, with no framework at all. The
// widgets' shadow DOM and style sheets are copied from a loaded widgets page and written into a
// script that defines the same tag names as plain custom elements, each setting its copy as
// HTML. What the page then pays is the DOM, styles, layout and paint of that content alone: the
// least any implementation of these widgets could cost here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser.mjs';
import { ROOT, WIDGET_TAGS } from './options.mjs';

/** The content floor's script, served at the drop-in's URL by the `content` origin. */
export const CONTENT_FLOOR = 'dist/bench/content-floor.js';

/**
 * Each widget on the loaded page, in document order: its tag, the text of its adopted style
 * sheets and its shadow DOM as the first render made it (the checker's frame and the picker's
 * map come in later tasks, so they are left out).
 */
function copyWidgets(selector) {
  return [...document.querySelectorAll(selector)].map((element) => {
    const root = element.shadowRoot;
    const copy = document.createElement('template');
    copy.innerHTML = root.innerHTML;
    for (const later of copy.content.querySelectorAll('iframe, [part="map"]')) later.remove();
    return {
      tag: element.localName,
      css: root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
      html: copy.innerHTML,
    };
  });
}

/** The page-side script: plain custom elements that each set their widget's copied content. */
const floorScript = (widgets, selector) => `(() => {
  const widgets = ${JSON.stringify(widgets)};
  const sheets = new Map();
  const sheetFor = ({ tag, css }) => {
    if (!sheets.has(tag)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(tag, sheet);
    }
    return sheets.get(tag);
  };
  for (const tag of new Set(widgets.map((w) => w.tag))) {
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const widget = widgets[[...document.querySelectorAll(${JSON.stringify(selector)})].indexOf(this)];
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheetFor(widget)];
        root.innerHTML = widget.html;
      }
    });
  }
})();
`;

/** Loads `url` (the widgets page, script on its own origin) and writes the content floor. */
export async function buildContentFloor(browser, url) {
  const selector = WIDGET_TAGS.join(',');
  const loaded = await open(browser, url);
  try {
    const widgets = await loaded.page.evaluate(copyWidgets, selector);
    if (widgets.length === 0) throw new Error(`no widgets on ${url} to copy`);
    writeFileSync(join(ROOT, CONTENT_FLOOR), floorScript(widgets, selector));
  } finally {
    await loaded.context.close();
  }
}
