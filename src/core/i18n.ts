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
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return supported(node.getAttribute('lang')) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
