// The content floors: what the widgets show in their first render, copied from a loaded widgets
// page (each widget's shadow DOM and style sheets) and written into two scripts that define the
// same tag names:
//   content floor      plain custom elements, each setting its copy as HTML: the DOM, styles,
//                      layout and paint of that content alone, the least any implementation of
//                      these widgets could cost here;
//   Lit content floor  Lit elements, each rendering its copy as one static template (no
//                      bindings, no logic), bundled as the drop-in is: the least a Lit
//                      implementation of this content could cost, Lit's own start-up and template
//                      preparation included. The gap from it to the widgets is their dynamic
//                      templates (bindings, listeners, nested templates) and their logic.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser.mjs';
import { bundle } from './builds.mjs';
import { ROOT, WIDGET_TAGS } from './options.mjs';

/** The content floor's script, served at the drop-in's URL by the `content` origin. */
export const CONTENT_FLOOR = 'dist/bench/content-floor.js';
/** The Lit content floor's source and script, served likewise by the `litContent` origin. */
const LIT_CONTENT_SOURCE = 'dist/bench/lit-content-floor.src.mjs';
export const LIT_CONTENT_FLOOR = 'dist/bench/lit-content-floor.js';

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

/** `text` as the inside of a JavaScript template literal. */
const literal = (text) => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

/**
 * The Lit content floor's module: one static `html` template per distinct copy (Lit's marker
 * comments removed), so that widgets showing the same content share a template as they would in
 * any Lit implementation, and one style sheet per tag.
 */
function litFloorSource(widgets, selector) {
  const copies = widgets.map(({ html }) => html.replace(/<!--[^]*?-->/g, ''));
  const distinct = [...new Set(copies)];
  const sheets = new Map(widgets.map(({ tag, css }) => [tag, css]));
  return `import { LitElement, html, unsafeCSS } from 'lit';
const templates = [
${distinct.map((copy) => `  () => html\`${literal(copy)}\`,`).join('\n')}
];
const templateOf = ${JSON.stringify(copies.map((copy) => distinct.indexOf(copy)))};
const sheets = {
${[...sheets].map(([tag, css]) => `  '${tag}': unsafeCSS(\`${literal(css)}\`),`).join('\n')}
};
for (const tag of Object.keys(sheets)) {
  customElements.define(tag, class extends LitElement {
    static styles = sheets[tag];
    render() {
      const index = [...document.querySelectorAll(${JSON.stringify(selector)})].indexOf(this);
      return templates[templateOf[index]]();
    }
  });
}
`;
}

/** Loads `url` (the widgets page, script on its own origin) and writes both content floors. */
export async function buildContentFloor(browser, url) {
  const selector = WIDGET_TAGS.join(',');
  const loaded = await open(browser, url);
  let widgets;
  try {
    widgets = await loaded.page.evaluate(copyWidgets, selector);
    if (widgets.length === 0) throw new Error(`no widgets on ${url} to copy`);
  } finally {
    await loaded.context.close();
  }
  writeFileSync(join(ROOT, CONTENT_FLOOR), floorScript(widgets, selector));
  writeFileSync(join(ROOT, LIT_CONTENT_SOURCE), litFloorSource(widgets, selector));
  await bundle(LIT_CONTENT_SOURCE, LIT_CONTENT_FLOOR);
}
