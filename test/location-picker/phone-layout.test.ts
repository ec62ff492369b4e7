// The picker on a phone and in tight spots: the list before the map, searches that go wrong,
// towns and ZIP+4, a frame that blocks forms, map labels that never collide, and the one-line
// `nearest` strip at every width and text size.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure } from '../../src/core/state.js';
import type { LocationPicker } from '../../src/location-picker/location-picker.js';
import { closeHostPages, LOADER, openDocument } from '../helpers/host-page.js';
import type { HostPage } from '../helpers/host-page.js';
import {
  order,
  part,
  parts,
  picker,
  reservedHeight,
  settled,
  status,
  text,
  typeKeys,
  typeZip,
} from './harness.js';

type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
const within = (inner: Rect, outer: Rect, slack = 0.5) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;
const overlap = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** WCAG contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/[\d.]+/g)!
      .map(Number)
      .map((c) => c / 255);
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(bl);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A partner page `width` × `height` px with the drop-in and one picker; sandboxed on request. */
async function partnerPage(width: number, height: number, sandbox?: string): Promise<HostPage> {
  const markup = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script src="/test/fixtures/capture.js"></script><style>body { margin: 8px; font-size: 16px }</style></head><body><ispine-location-picker></ispine-location-picker>${LOADER}</body></html>`;
  return openDocument(markup, width, height, sandbox);
}

/** The picker of a partner page, once it has rendered. */
async function pickerOf(page: HostPage): Promise<LocationPicker> {
  await waitUntil(
    () => page.document.querySelector('ispine-location-picker')?.shadowRoot?.querySelector('#zip'),
    'the picker never rendered',
  );
  return page.document.querySelector('ispine-location-picker') as LocationPicker;
}

describe('<ispine-location-picker> on a phone', () => {
  beforeEach(() => configure(DEFAULT_CONFIG));
  afterEach(closeHostPages);

  describe('list first, map on demand', () => {
    it('shows at least three clinics wholly on a 390 × 844 screen after a ZIP search', async () => {
      const page = await partnerPage(390, 844);
      const el = await pickerOf(page);
      (part(el, 'zip-input') as HTMLInputElement).value = '55369';
      part(el, 'zip-submit').click();
      await waitUntil(() => status(el).startsWith('Sorted'), 'never sorted');
      await el.updateComplete;
      const screen = { left: 0, top: 0, right: 390, bottom: 844 };
      const card = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
      const seen = parts(el, 'clinic').filter((row) => {
        const box = row.getBoundingClientRect();
        return within(box, card) && within(box, screen);
      });
      expect(seen.length, 'clinics wholly visible').to.be.at.least(3);
      expect(text(seen[0].querySelector('strong'))).to.equal('Maple Grove');
      expect(
        el.shadowRoot!.querySelector('.map')!.getClientRects(),
        'the map waits',
      ).to.have.length(0);
    });

    it('switches to the map and back with an accessible List/Map switch', async () => {
      const el = await picker(
        html`<div style="width: 390px"><ispine-location-picker></ispine-location-picker></div>`,
      );
      const [list, map] = [...part(el, 'view').querySelectorAll('button')];
      expect(part(el, 'view').getAttribute('role')).to.equal('group');
      expect(part(el, 'view').getAttribute('aria-label')).to.equal('View');
      expect([text(list), text(map)]).to.deep.equal(['List', 'Map']);
      expect(list.getAttribute('aria-pressed')).to.equal('true');
      const height = el.getBoundingClientRect().height;
      map.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part="map"]'), 'no map drawn', {
        timeout: 6000,
      });
      expect(map.getAttribute('aria-pressed')).to.equal('true');
      expect(part(el, 'list').getClientRects()).to.have.length(0);
      expect(part(el, 'map').getBoundingClientRect().height).to.be.greaterThan(200);
      expect(el.getBoundingClientRect().height, 'the switch never resizes the card').to.equal(
        height,
      );
      await expect(el).to.be.accessible();
      list.click();
      await el.updateComplete;
      expect(part(el, 'list').getClientRects().length).to.be.greaterThan(0);
    });
  });

  describe('searches that go wrong', () => {
    for (const theme of ['light', 'dark']) {
      it(`an invalid ZIP after a valid one leaves no old distance, and reads as an error (${theme})`, async () => {
        const el = await picker(
          html`<div style="width: 390px">
            <ispine-location-picker theme=${theme}></ispine-location-picker>
          </div>`,
        );
        await typeZip(el, '56377');
        expect(order(el)[0]).to.equal('Sartell');
        expect(parts(el, 'distance')).to.have.length(6);
        await typeZip(el, '5637');
        expect(status(el)).to.equal('Enter a 5-digit ZIP code or a town name');
        expect(parts(el, 'distance'), 'old distances').to.have.length(0);
        expect(el.shadowRoot!.textContent).not.to.match(/\d+ mi\b/);
        expect(order(el)[0], 'configured order again').to.equal('Maple Grove');
        const input = part(el, 'zip-input');
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal('status');
        const line = part(el, 'status');
        expect(line.querySelector('svg.icon'), 'an error icon').to.exist;
        const ratio = contrast(getComputedStyle(line).color, getComputedStyle(el).backgroundColor);
        expect(ratio).to.be.at.least(4.5);
        await typeZip(el, 'Atlantis');
        expect(status(el)).to.equal(
          "We couldn't find Atlantis in Minnesota, Wisconsin, Iowa or the Dakotas",
        );
        expect(parts(el, 'distance')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('a visitor who denies location is taken to the search field, told why', async () => {
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (_: PositionCallback, failure: PositionErrorCallback) =>
            failure({ code: 1, message: '' } as GeolocationPositionError),
        },
      });
      try {
        const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
        part(el, 'locate').click();
        await settled(el);
        expect(status(el)).to.contain('Type your ZIP code');
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zip-input'));
        expect(part(el, 'zip-input').getAttribute('aria-describedby')).to.equal('status');
      } finally {
        delete (navigator as { geolocation?: unknown }).geolocation;
      }
    });
  });

  describe('ZIP+4 and towns', () => {
    it('reads a ZIP+4 as its first five digits', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '56377-1234');
      expect(order(el)[0]).to.equal('Sartell');
      expect(status(el)).to.equal('Sorted by distance from 56377');
    });

    const towns: [typed: string, found: string, first: string][] = [
      ['St. Cloud', 'Saint Cloud, MN', 'Sartell'],
      ['shakopee', 'Shakopee, MN', 'Shakopee'],
      ['Hudson, WI', 'Hudson, WI', 'Coon Rapids'],
      ['Fargo', 'Fargo, ND', 'Sartell'],
    ];
    for (const [typed, found, first] of towns) {
      it(`a runner who types "${typed}" sees ${first} first`, async () => {
        const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
        await typeZip(el, typed);
        expect(status(el)).to.equal(`Sorted by distance from ${found}`);
        expect(order(el)[0]).to.equal(first);
      });
    }
  });

  it('searches with Enter and with Find in a frame sandboxed without allow-forms', async () => {
    const page = await partnerPage(390, 700, 'allow-scripts allow-same-origin');
    const el = await pickerOf(page);
    const input = part(el, 'zip-input') as HTMLInputElement;
    input.focus();
    await typeKeys('56377');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).startsWith('Sorted'), 'Enter did nothing in the sandbox');
    await el.updateComplete;
    expect(order(el)[0]).to.equal('Sartell');
    input.value = '55318';
    part(el, 'zip-submit').click();
    await waitUntil(() => status(el).endsWith('55318'), 'Find did nothing in the sandbox');
    await el.updateComplete;
    expect(order(el)[0]).to.equal('Chaska');
    expect(page.captured.errors).to.deep.equal([]);
  });

  describe('map labels', () => {
    for (const width of [390, 768, 1280]) {
      for (const zip of ['55369', '56377', '10001', '90210']) {
        it(`never overlap at ${width} px for ${zip}`, async () => {
          const el = await picker(
            html`<div style="width: ${width}px">
              <ispine-location-picker></ispine-location-picker>
            </div>`,
          );
          await typeZip(el, zip);
          const toMap = part(el, 'view').querySelectorAll('button')[1];
          if (toMap.getClientRects().length) toMap.click();
          await waitUntil(
            () => el.shadowRoot!.querySelector('[part="map"] .origin text'),
            'the visitor is not on the map',
            { timeout: 6000 },
          );
          await el.updateComplete;
          const map = part(el, 'map');
          const box = map.getBoundingClientRect();
          // Each text's own geometry (getBBox, in the view box's pixels): some engines' client
          // rectangles include the halo around the text as well.
          const labels = [...map.querySelectorAll('text')].map((label) => {
            const { x, y, width: w, height: h } = label.getBBox();
            return {
              name: text(label),
              box: {
                left: box.left + x,
                top: box.top + y,
                right: box.left + x + w,
                bottom: box.top + y + h,
              },
            };
          });
          expect(map.querySelectorAll('.pin text'), 'every clinic labelled').to.have.length(6);
          for (const { name, box: label } of labels) expect(within(label, box), name).to.be.true;
          labels.forEach((a, i) =>
            labels
              .slice(i + 1)
              .forEach((b) => expect(overlap(a.box, b.box), `${a.name} / ${b.name}`).to.be.false),
          );
          const far = zip === '10001' || zip === '90210';
          expect(!!map.querySelector('.edge'), 'edge marker').to.equal(far);
          if (far) {
            expect(text(map.querySelector('.origin text'))).to.match(
              zip === '10001' ? /^You: \d+ mi east$/ : /^You: \d+ mi (south)?west$/,
            );
          }
        });
      }
    }
  });

  describe('variant="nearest"', () => {
    for (const width of [280, 320, 390, 768]) {
      for (const size of [16, 20, 24]) {
        it(`shows every control wholly and a call link at ${width} px with ${size} px text`, async () => {
          for (const [lang, near] of [
            ['en', ''],
            ['en', '56301'],
            ['es', '56301'],
          ]) {
            const el = await picker(
              html`<div style="width: ${width}px; font-size: ${size}px">
                <ispine-location-picker
                  lang=${lang}
                  variant="nearest"
                  near=${near || nothing}
                ></ispine-location-picker>
              </div>`,
            );
            if (near) await waitUntil(() => parts(el, 'directions').length, 'no nearest clinic');
            const what = `${lang} ${near || 'before a search'}`;
            const host = el.getBoundingClientRect();
            const base = part(el, 'base').getBoundingClientRect();
            expect(within(base, host), what).to.be.true;
            const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')];
            expect(controls.length, what).to.equal(near ? 3 : 2);
            for (const control of controls) {
              const label = `${what}: ${text(control)}`;
              expect(within(control.getBoundingClientRect(), base), label).to.be.true;
              expect(control.scrollWidth, label).to.be.at.most(control.clientWidth);
            }
            const call = part(el, 'phone');
            expect(call.getAttribute('href')).to.equal('tel:+17632018191');
            expect(text(call)).to.match(/^(Call|Llamar)/);
            expect(host.height).to.be.at.most(120);
            expect(host.height).to.be.closeTo(
              await reservedHeight(width, `variant="nearest"`, size),
              1,
            );
          }
        });
      }
    }
  });
});
