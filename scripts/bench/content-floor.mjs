// The Lit content floor: what our widgets show in their first render, copied from each loaded
// page (each widget's shadow DOM and style sheets), rendered by Lit elements of the same tag
// names, one static template per distinct copy (no bindings, no logic), bundled as the drop-in
// is. It is the least a Lit implementation of this content could cost here, Lit's own start-up
// and template preparation included, so the gap from it to our widgets is their dynamic
// templates and logic. One floor script holds the copies of every page it stands in for; it
// picks a page's copies by the page's path and by whether it was loaded from the page's origin
// (on both, the checker is a frame element, created once the page has loaded and is idle, after
// the spans the bench judges: it is left out of the copy; see bench/PERFORMANCE.md, session 17).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser.mjs';
import { bundle } from './builds.mjs';
import { ROOT, WIDGET_TAGS } from './options.mjs';

const SOURCE = 'dist/bench/lit-content-floor.src.mjs';
/** The Lit content floor's script, served at the drop-in's URL by the floor's origins. */
export const LIT_CONTENT_FLOOR = 'dist/bench/lit-content-floor.js';

/**
 * Each widget on the loaded page, in document order: its tag, the text of its adopted style
 * sheets and its shadow DOM as the first render made it (the checker's frame document and the
 * picker's map come in later tasks, so they are left out).
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
      html: copy.innerHTML.replace(/<!--[^]*?-->/g, ''),
    };
  });
}

/** `text` as the inside of a JavaScript template literal. */
const literal = (text) => text.replace(/[\\`]|\$\{/g, (c) => `\\${c}`);

/** The key a page's copies are found by, in the floor script (`same:` or `cross:` + path). */
const keyOf = (url, sameOrigin) => `${sameOrigin ? 'same' : 'cross'}:${new URL(url).pathname}`;

/**
 * The floor's module: distinct copies as static templates, one sheet per tag and, per page and
 * tag, which template each widget of that tag renders in document order. Each tag's elements
 * upgrade in document order when it is defined, one tag after another, so a counter per tag
 * numbers them without looking them up.
 */
function floorSource(pages) {
  const all = pages.flatMap(({ widgets }) => widgets);
  const distinct = [...new Set(all.map((w) => w.html))];
  const sheets = new Map(all.map(({ tag, css }) => [tag, css]));
  const ofTag = (widgets, tag) =>
    widgets.filter((w) => w.tag === tag).map((w) => distinct.indexOf(w.html));
  const order = Object.fromEntries(
    pages.map(({ key, widgets }) => [
      key,
      Object.fromEntries([...sheets.keys()].map((tag) => [tag, ofTag(widgets, tag)])),
    ]),
  );
  return `import { LitElement, html, unsafeCSS } from 'lit';
const templates = [
${distinct.map((copy) => `  () => html\`${literal(copy)}\`,`).join('\n')}
];
const script = new URL(document.currentScript.src);
const key = (script.origin === location.origin ? 'same:' : 'cross:') + location.pathname;
const order = ${JSON.stringify(order)}[key] ?? {};
const sheets = {
${[...sheets].map(([tag, css]) => `  '${tag}': unsafeCSS(\`${literal(css)}\`),`).join('\n')}
};
for (const tag of Object.keys(sheets)) {
  const mine = order[tag] ?? [];
  let next = 0;
  customElements.define(tag, class extends LitElement {
    static styles = sheets[tag];
    template = templates[mine[next++]];
    render() {
      return this.template();
    }
  });
}
`;
}

/**
 * Loads each of `urls` (`{ url, sameOrigin }`: our widgets rendered on it) and writes the floor
 * that stands in for all of them.
 */
export async function buildContentFloor(browser, urls) {
  const selector = WIDGET_TAGS.join(',');
  const pages = [];
  for (const { url, sameOrigin } of urls) {
    const loaded = await open(browser, url);
    try {
      const widgets = await loaded.page.evaluate(copyWidgets, selector);
      if (widgets.length === 0) throw new Error(`no widgets on ${url} to copy`);
      pages.push({ key: keyOf(url, sameOrigin), widgets });
    } finally {
      await loaded.context.close();
    }
  }
  writeFileSync(join(ROOT, SOURCE), floorSource(pages));
  await bundle(SOURCE, LIT_CONTENT_FLOOR);
}
