/**
 * WCAG contrast as the visitor sees it, from the rendered colours: each text's computed colour
 * over the background actually behind it, found by walking up the composed tree (slots, shadow
 * roots, a modal dialog's backdrop, the frame it sits in) and compositing every translucent
 * layer down to the first opaque one.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number];

/**
 * A computed colour: `rgb()`/`rgba()` in either syntax, `color(srgb …)` (what some engines give
 * for `color-mix()`), or `transparent`. Anything else throws, so that a new format cannot pass
 * unmeasured.
 */
export function parseColour(colour: string): Rgba {
  if (colour === 'transparent') return [0, 0, 0, 0];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(colour);
  if (srgb) {
    const [, r, g, b, alpha = '1'] = srgb;
    return [Number(r) * 255, Number(g) * 255, Number(b) * 255, Number(alpha)];
  }
  const rgb = /^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)$/.exec(
    colour,
  );
  if (!rgb) throw new Error(`cannot read the colour ${colour}`);
  const [, r, g, b, alpha = '1'] = rgb;
  const opacity = alpha.endsWith('%') ? parseFloat(alpha) / 100 : Number(alpha);
  return [Number(r), Number(g), Number(b), opacity];
}

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
  return [mix(0), mix(1), mix(2), alpha];
}

const luminance = ([r, g, b]: Rgba) => {
  const linear = (c: number) =>
    c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

/** The WCAG 2 contrast ratio of two opaque colours (1–21). */
export function ratio(a: Rgba | string, b: Rgba | string): number {
  const [x, y] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColour(c) : c));
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The element `el` is drawn inside: its slot, parent, shadow host or frame element. */
function container(el: Element): Element | null {
  return (
    el.assignedSlot ?? el.parentElement ?? (el.getRootNode() as Partial<ShadowRoot>).host ?? null
  );
}

/**
 * What is drawn behind a document's root, innermost first: the canvas of a top-level page; for a
 * frame, what its embedder shows there (`outside`, for a frame on another origin, as that page
 * measured it), or an opaque canvas of the frame's own where its colour scheme differs from the
 * frame element's (CSS Color Adjustment 1, "Color Schemes" for embedded documents).
 */
function behindDocument(doc: Document, outside?: Backdrop): string[] {
  const view = doc.defaultView!;
  const own = schemeCanvas(doc.documentElement);
  if (view.frameElement) {
    return own === schemeCanvas(view.frameElement) ? layersFrom(view.frameElement) : [own];
  }
  if (view.parent === view) return [own];
  if (!outside) throw new Error('a frame on another origin: say what its page shows behind it');
  return outside.scheme === own ? outside.layers : [own];
}

/** The `Canvas` colour under the colour scheme `el` has (what a frame in it should match). */
export function schemeCanvas(el: Element): string {
  const probe = el.ownerDocument.createElement('div');
  const { colorScheme } = getComputedStyle(el);
  probe.style.cssText = `position: absolute; background-color: Canvas; color-scheme: ${colorScheme}`;
  el.ownerDocument.documentElement.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}

/** The background layers from `start` outwards, innermost first, ending at the page's canvas. */
export function layersFrom(start: Element, outside?: Backdrop): string[] {
  const layers: string[] = [];
  for (let el: Element | null = start; el; el = container(el)) {
    const background = getComputedStyle(el).backgroundColor;
    layers.push(background);
    if (parseColour(background)[3] === 1) return layers;
    // A modal dialog is drawn in the top layer, over its backdrop and the whole page.
    if (el.localName === 'dialog' && el.matches(':modal')) {
      layers.push(getComputedStyle(el, '::backdrop').backgroundColor);
      const { documentElement, body } = el.ownerDocument;
      const page = [body, documentElement].map((node) => getComputedStyle(node).backgroundColor);
      return [...layers, ...page, ...behindDocument(el.ownerDocument, outside)];
    }
  }
  return [...layers, ...behindDocument(start.ownerDocument, outside)];
}

/** Composites background layers (innermost first) into the opaque colour they show. */
export function flatten(layers: string[]): Rgba {
  return layers.reduceRight<Rgba>(
    (below, layer) => over(parseColour(layer), below),
    [255, 255, 255, 0],
  );
}

/**
 * What a page on another origin shows behind a frame (test/fixtures/visitor.js measures it):
 * the layers from the frame element out to the page's canvas, innermost first, and the
 * `Canvas` colour under the frame element's colour scheme.
 */
export interface Backdrop {
  layers: string[];
  scheme: string;
}

/** One text as measured. */
export interface Measured {
  text: string;
  /** The element holding it: its part, or its tag and class. */
  where: string;
  colour: string;
  background: string;
  ratio: number;
}

const css = ([r, g, b]: Rgba) => `rgb(${[r, g, b].map(Math.round).join(', ')})`;

/** The contrast of `el`'s own text over what is behind it. */
export function measure(el: Element, outside?: Backdrop): Measured {
  const background = flatten(layersFrom(el, outside));
  const colour = over(parseColour(getComputedStyle(el).color), background);
  const text = [...el.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const classes = el.getAttribute('class');
  const where = el.getAttribute('part') ?? `${el.localName}${classes ? `.${classes}` : ''}`;
  return {
    text,
    where,
    colour: css(colour),
    background: css(background),
    ratio: ratio(colour, background),
  };
}

/**
 * Every element in `root`'s composed subtree (shadow roots included) that shows text of its own:
 * rendered, larger than the 1 px of visually hidden text, outside SVG.
 */
export function textElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (el: Element) => {
    if (el instanceof el.ownerDocument.defaultView!.SVGElement) return;
    const own = [...el.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''),
    );
    const box = el.getBoundingClientRect();
    if (own && box.width > 1 && box.height > 1 && el.checkVisibility()) found.push(el);
    for (const child of el.shadowRoot?.children ?? []) visit(child);
    for (const child of el.children) visit(child);
  };
  visit(root);
  return found;
}

/** Every text in `root` as measured; throws when there is none (a test that cannot fail). */
export function measureTexts(root: Element, outside?: Backdrop): Measured[] {
  const texts = textElements(root).map((el) => measure(el, outside));
  if (texts.length === 0) throw new Error(`no text measured in ${root.localName}`);
  return texts;
}

/** The lowest contrast of `texts`, and where, for a test's report. */
export function lowest(texts: Measured[]): Measured {
  return texts.reduce((low, text) => (text.ratio < low.ratio ? text : low));
}
