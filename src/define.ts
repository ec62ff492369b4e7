import { VERSION } from './version.js';

/**
 * Registers a custom element unless the name is taken. Never throws: a page may carry two copies
 * of the widgets (two script tags, or a bundle plus the CDN script); the first definition wins.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (customElements.get(name)) {
    console.warn(`ispine-widgets ${VERSION}: <${name}> is already defined; keeping that one.`);
    return;
  }
  customElements.define(name, element);
}
