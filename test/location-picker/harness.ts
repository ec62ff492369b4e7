/**
 * The location picker as a test drives it: its parts by name, its list and status in words, and
 * a visitor typing into the search field. Shared by the picker's test files.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/location-picker/index.js';
import type { LocationPicker } from '../../src/location-picker/location-picker.js';
import { openHostPage } from '../helpers/host-page.js';

export const part = (el: LocationPicker, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const parts = (el: LocationPicker, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
export const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Clinic names in the order the list shows them. */
export const order = (el: LocationPicker) =>
  parts(el, 'clinic').map((li) => text(li.querySelector('strong')));
export const clinicItem = (el: LocationPicker, name: string) =>
  parts(el, 'clinic').find((li) => text(li.querySelector('strong')) === name)!;
export const status = (el: LocationPicker) => text(part(el, 'status'));

/** The picker in `markup`, rendered, with its map drawn once its size was measured (if shown). */
export async function picker(markup: ReturnType<typeof html>): Promise<LocationPicker> {
  const found = await fixture<HTMLElement>(markup);
  const el = found.matches('ispine-location-picker')
    ? found.closest('ispine-location-picker')!
    : found.querySelector('ispine-location-picker')!;
  await el.updateComplete;
  if (el.variant !== 'nearest' && el.shadowRoot!.querySelector('.map')!.clientWidth) {
    // The map waits for an animation frame, which a busy machine's WebKit gives late (3-4 s seen).
    await waitUntil(() => el.shadowRoot!.querySelector('[part="map"]'), 'the map was not drawn', {
      timeout: 6000,
    });
    await el.updateComplete;
  }
  return el;
}

/** Waits until the picker has finished looking something up. */
export async function settled(el: LocationPicker): Promise<void> {
  await waitUntil(() => status(el) !== '' && !status(el).endsWith('…'), 'lookup never finished', {
    timeout: 6000,
  });
  await el.updateComplete;
}

/** Key by key: WebKit's WebDriver drops a repeated character typed in one go ("55" → "5"). */
export async function typeKeys(keys: string): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** Types a ZIP code the way a visitor does: into the field, then Enter. */
export async function typeZip(el: LocationPicker, zip: string): Promise<void> {
  const input = part(el, 'zip-input') as HTMLInputElement;
  input.value = '';
  input.focus();
  await typeKeys(zip);
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

/** The reserve-space.css height of an undefined picker in a plain page `width` px wide. */
export async function reservedHeight(
  width: number,
  attributes = '',
  fontSize = 16,
): Promise<number> {
  const page = await openHostPage(
    `<ispine-location-picker ${attributes}></ispine-location-picker>`,
    `<link rel="stylesheet" href="/src/reserve-space.css"><style>body { margin: 0; font-size: ${fontSize}px }</style>`,
    width,
  );
  return page.document.querySelector('ispine-location-picker')!.getBoundingClientRect().height;
}
