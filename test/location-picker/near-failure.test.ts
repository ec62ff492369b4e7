import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/location-picker/index.js';
import { configure } from '../../src/core/state.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { part, picker, status } from './harness.js';

/** A race page's `near` when the ZIP data cannot be had: the visitor is told, and can call. */
describe('a race page’s near when the ZIP data fails', () => {
  beforeEach(() => configure(DEFAULT_CONFIG));

  it('says the ZIP codes could not be loaded and offers the call link, never "Searching…" for ever', async () => {
    const el = await picker(
      html`<ispine-location-picker
        variant="nearest"
        near="56377"
        zip-data-url="/dist/no-such-zips.bin"
      ></ispine-location-picker>`,
    );
    await waitUntil(() => status(el) !== 'Searching…' && status(el) !== '', 'still searching');
    expect(status(el)).to.equal("ZIP codes couldn't be loaded. Try again.");
    const call = part(el, 'phone') as HTMLAnchorElement;
    expect(call.href).to.equal('tel:+17632018191');
  });

  it('leaves no "Searching…" behind when near names no known place (the page’s typo)', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await picker(html`<ispine-location-picker near="00000"></ispine-location-picker>`);
      await waitUntil(() => warnings.length > 0, 'no warning');
      await el.updateComplete;
      expect(status(el)).to.equal('');
    } finally {
      console.warn = warn;
    }
  });
});
