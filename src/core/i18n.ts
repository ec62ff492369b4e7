import { LANGS } from '../config/schema.js';
import type { Lang } from '../config/schema.js';

export { LANGS };
export type { Lang };

function supported(tag: string | null | undefined): Lang | undefined {
  const base = tag?.trim().toLowerCase().split('-')[0];
  return LANGS.find((lang) => lang === base);
}

/**
 * The element's language: its own `lang` (property or attribute), else the nearest `lang` above
 * it (across shadow roots), else the document's; `en` when none is supported. `es-MX` counts as `es`.
 */
export function resolveLang(element: HTMLElement): Lang {
  if (element.lang) return supported(element.lang) ?? 'en';
  // One native lookup per tree (the element's, then each shadow host's), not a step per ancestor:
  // a page of 200 buttons asks this 200 times on its first render.
  let inTree: Element | null = element;
  while (inTree) {
    const marked = inTree.closest('[lang]');
    if (marked) return supported(marked.getAttribute('lang')) ?? 'en';
    const root = inTree.getRootNode();
    inTree = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}
