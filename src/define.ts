import { VERSION } from './version.js';

/** The registry refused an element once already: one console error per page is enough. */
let registryBroken = false;

/** Our element classes carry the version that defined them (see WidgetElement). */
type Versioned = CustomElementConstructor & { readonly ispineVersion?: string };

/**
 * Registers a custom element unless the name is taken; never throws. A page may carry two copies
 * of the widgets (two script tags, or a bundle plus the hosted script): the first definition
 * wins, silently when it is this same version, with one warning naming both versions otherwise.
 * Outside a browser (server rendering in Node) it does nothing: elements live in browsers only.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  let existing: Versioned | undefined;
  try {
    existing = customElements.get(name);
    if (!existing) customElements.define(name, element);
  } catch (error) {
    // A page that replaced or broke the registry: the element's light-DOM fallback stays.
    if (!registryBroken) {
      console.error(
        `ispine-widgets ${VERSION}: customElements refused <${name}> (${String(error)}); fallback content stays.`,
      );
    }
    registryBroken = true;
    return;
  }
  if (existing && existing.ispineVersion !== VERSION) {
    const holder = existing.ispineVersion
      ? `ispine-widgets ${existing.ispineVersion}`
      : 'another script';
    console.warn(
      `ispine-widgets ${VERSION}: <${name}> is already defined by ${holder}; keeping that one.`,
    );
  }
}
