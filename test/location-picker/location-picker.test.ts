import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/location-picker/index.js';
import '../../src/call-book-button/index.js';
import type { LocationPicker } from '../../src/location-picker/location-picker.js';
import type { Clinic, Config } from '../../src/config/schema.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { configure, getPageState } from '../../src/core/state.js';
import { clinicDate } from '../../src/geo/hours.js';
import { PARTNER_CONFIG } from '../helpers/config.js';
import { closeHostPages } from '../helpers/host-page.js';
import {
  clinicItem,
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

const ZIP_FILE = '/dist/ispine-zips.bin';

/** The partner config as if Maple Grove had published a street address and weekday hours (made-up test data, not the clinic's). */
const MAPLE_GROVE_EXTRAS = (await (
  await fetch('/test/fixtures/hours-clinic.json')
).json()) as Partial<Clinic>;
const HOURS_CONFIG: Config = {
  ...PARTNER_CONFIG,
  clinics: PARTNER_CONFIG.clinics.map((clinic) =>
    clinic.id === 'maple-grove' ? { ...clinic, ...MAPLE_GROVE_EXTRAS } : clinic,
  ),
};

// Monday 1 June 2026 and Saturday 6 June 2026, in Central Daylight Time (UTC−5).
const MONDAY_10AM = new Date('2026-06-01T15:00:00Z');
const MONDAY_7AM = new Date('2026-06-01T12:00:00Z');
const SATURDAY_NOON = new Date('2026-06-06T17:00:00Z');

type Answer = (success: PositionCallback, failure?: PositionErrorCallback | null) => void;

/** Replaces `navigator.geolocation` for one test; returns how many times it was asked. */
function fakeGeolocation(answer: Answer | undefined): { asked: number } {
  const calls = { asked: 0 };
  const value = answer && {
    getCurrentPosition: (success: PositionCallback, failure?: PositionErrorCallback | null) => {
      calls.asked++;
      answer(success, failure);
    },
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value });
  return calls;
}

const at =
  (lat: number, lng: number): Answer =>
  (success) =>
    success({ coords: { latitude: lat, longitude: lng } } as GeolocationPosition);
const refused =
  (code: number): Answer =>
  (_, failure) =>
    failure?.({ code, message: '' } as GeolocationPositionError);

describe('<ispine-location-picker>', () => {
  beforeEach(() => configure(PARTNER_CONFIG));
  afterEach(() => {
    // Own property over the prototype's getter: deleting it restores the real geolocation.
    delete (navigator as { geolocation?: unknown }).geolocation;
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark', 'auto']) {
        it(`is accessible in ${lang}, ${theme} theme, sorted, with a chosen clinic and hours`, async () => {
          configure(HOURS_CONFIG);
          const el = await picker(
            html`<ispine-location-picker
              lang=${lang}
              theme=${theme}
              selected="sartell"
            ></ispine-location-picker>`,
          );
          el.now = MONDAY_10AM;
          await expect(el).to.be.accessible();
          await typeZip(el, '55369');
          await expect(el).to.be.accessible();
        });

        it(`is accessible in ${lang}, ${theme} theme, as the one-line nearest clinic`, async () => {
          const el = await picker(
            html`<ispine-location-picker
              lang=${lang}
              theme=${theme}
              variant="nearest"
              near="56301"
            ></ispine-location-picker>`,
          );
          await waitUntil(() => parts(el, 'directions').length > 0, 'never found the nearest');
          await expect(el).to.be.accessible();
        });

        it(`is accessible in ${lang}, ${theme} theme, showing a ZIP error`, async () => {
          const el = await picker(
            html`<ispine-location-picker lang=${lang} theme=${theme}></ispine-location-picker>`,
          );
          await typeZip(el, 'abcde');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('gives every link, button and field a 44 × 44 px target and fits 320 px', async () => {
      configure(HOURS_CONFIG);
      const el = await picker(
        html`<div style="width: 320px"><ispine-location-picker></ispine-location-picker></div>`,
      );
      // Those that show: an empty title or a number all clinics do not share is hidden.
      const targets = [...el.shadowRoot!.querySelectorAll('a, button, input')].filter(
        (target) => target.getClientRects().length > 0,
      );
      expect(targets.length).to.be.greaterThan(10);
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        expect(width, text(target)).to.be.at.least(44);
        expect(height, text(target)).to.be.at.least(44);
      }
      expect(el.scrollWidth).to.be.at.most(320);
      for (const item of parts(el, 'clinic')) expect(item.scrollWidth).to.be.at.most(320);
    });

    it('names every link and button after its clinic for screen readers', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const sartell = clinicItem(el, 'Sartell');
      expect(text(sartell.querySelector('[part="phone"]'))).to.equal('(320) 555-0142, Sartell');
      // Numbers differ: each row has its own, and the list none above it.
      expect(part(el, 'list-phone').getClientRects()).to.have.length(0);
      expect(text(sartell.querySelector('[part="directions"]'))).to.equal(
        'Directions, Sartell (opens in a new tab)',
      );
      expect(text(sartell.querySelector('[part="choose"]'))).to.equal(
        'Choose this clinic, Sartell',
      );
    });

    it('marks the chosen clinic in words and with aria-current, not as a toggle', async () => {
      const el = await picker(
        html`<ispine-location-picker selected="chaska"></ispine-location-picker>`,
      );
      for (const button of parts(el, 'choose')) {
        const chosen = button.closest('li') === clinicItem(el, 'Chaska');
        expect(button.hasAttribute('aria-pressed')).to.equal(false);
        expect(button.getAttribute('aria-current')).to.equal(chosen ? 'true' : null);
        expect(text(button)).to.contain(chosen ? 'Your clinic' : 'Choose this clinic');
      }
      expect(parts(el, 'chosen')).to.have.length(1);
    });

    it('keeps the map out of the accessibility tree', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const map = part(el, 'map');
      expect(map.getAttribute('aria-hidden')).to.equal('true');
      expect(map.querySelectorAll('.pin circle')).to.have.length(6);
    });
  });

  describe('defaults and attributes', () => {
    it('lists the six clinics in configured order and shows the main line once', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      expect(order(el)).to.deep.equal([
        'Maple Grove',
        'Coon Rapids',
        'Chaska',
        'Shakopee',
        'Sartell',
        'Delano',
      ]);
      const shown = el.shadowRoot!.textContent.split('(763) 201-8191').length - 1;
      expect(shown).to.equal(1);
      const phones = parts(el, 'phone');
      expect(phones.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:+17632018191']);
      expect(text(part(el, 'list-phone'))).to.equal('All clinics: (763) 201-8191');
      expect(parts(el, 'distance')).to.have.length(0);
    });

    it('says nothing about hours when none are configured', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      expect(parts(el, 'hours')).to.have.length(0);
      expect(parts(el, 'open-status')).to.have.length(0);
      expect(text(part(el, 'list'))).to.not.match(/open now|closed|hours/i);
    });

    it("uses a clinic's own number, else the partner's tracking number", async () => {
      const el = await picker(
        html`<ispine-location-picker partner="twin-cities-running"></ispine-location-picker>`,
      );
      const phone = (name: string) =>
        clinicItem(el, name).querySelector('[part="phone"]')!.getAttribute('href');
      expect(phone('Sartell')).to.equal('tel:+13205550142');
      expect(phone('Chaska')).to.equal('tel:+16125550199');
    });

    it('links directions to the clinic by name and city, or to its street address', async () => {
      configure(HOURS_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const directions = (name: string) =>
        clinicItem(el, name).querySelector<HTMLAnchorElement>('[part="directions"]')!;
      const delano = new URL(directions('Delano').href);
      expect(delano.origin + delano.pathname).to.equal('https://www.google.com/maps/dir/');
      expect(delano.searchParams.get('api')).to.equal('1');
      expect(delano.searchParams.get('destination')).to.equal(
        'iSpine Pain Physicians Delano, Delano, MN',
      );
      expect(new URL(directions('Maple Grove').href).searchParams.get('destination')).to.equal(
        '100 Example Street (test address), Maple Grove, MN 55369',
      );
      expect(directions('Delano').target).to.equal('_blank');
      expect(directions('Delano').rel).to.equal('noopener');
      expect(text(clinicItem(el, 'Maple Grove'))).to.contain('100 Example Street (test address)');
    });

    it('shows weekly hours and "Open now" in Minnesota time', async () => {
      configure(HOURS_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      el.now = MONDAY_10AM;
      await el.updateComplete;
      const mapleGrove = clinicItem(el, 'Maple Grove');
      expect(text(mapleGrove.querySelector('[part="open-status"]'))).to.equal(
        'Open now · until 5:00 PM Today 8:00 AM – 5:00 PM',
      );
      const hours = text(mapleGrove.querySelector('[part="hours"]'));
      expect(hours).to.match(/^Hours this week/);
      expect(hours).to.contain('Mon 8:00 AM – 5:00 PM');
      expect(hours).to.contain('Fri 8:00 AM – noon');
      expect(hours).to.contain('Sat Closed');
      // Clinics without configured hours say nothing about them.
      expect(clinicItem(el, 'Delano').querySelector('[part="open-status"]')).to.equal(null);
    });

    it('says when a closed clinic opens next', async () => {
      configure(HOURS_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      el.now = SATURDAY_NOON;
      await el.updateComplete;
      const openStatus = () =>
        text(clinicItem(el, 'Maple Grove').querySelector('[part="open-status"]'));
      expect(openStatus()).to.equal('Closed · opens Mon at 8:00 AM');
      el.now = MONDAY_7AM;
      await el.updateComplete;
      expect(openStatus()).to.equal('Closed · opens at 8:00 AM Today 8:00 AM – 5:00 PM');
    });

    it('shows a clinic closed today when the clinic closes it for the day', async () => {
      // Today's date in Minnesota, read the way the picker reads it: no clock is faked here.
      const today = clinicDate(new Date());
      configure({
        ...HOURS_CONFIG,
        specialHours: [{ date: today, clinic: 'maple-grove', hours: [], label: 'Staff training' }],
      });
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const mapleGrove = clinicItem(el, 'Maple Grove');
      expect(text(mapleGrove.querySelector('[part="open-status"]'))).to.equal(
        'Closed today (Staff training)',
      );
      expect(text(mapleGrove.querySelector('[part="hours"]'))).to.contain(
        'Closed (Staff training)',
      );
      // The closure is Maple Grove's alone.
      expect(text(clinicItem(el, 'Chaska'))).to.not.contain('Staff training');
    });

    it('shows a holiday and short hours in both languages, in the row and the week', async () => {
      configure({
        ...HOURS_CONFIG,
        specialHours: [
          { date: '2026-12-24', hours: [['09:00', '12:00']], label: 'Christmas Eve' },
          { date: '2026-12-25', hours: [], label: 'Christmas' },
        ],
      });
      const el = await picker(html`<ispine-location-picker lang="es"></ispine-location-picker>`);
      // Thursday 24 December 2026, 10:00 CST (UTC−6).
      el.now = new Date('2026-12-24T16:00:00Z');
      await el.updateComplete;
      const row = () => clinicItem(el, 'Maple Grove');
      expect(text(row().querySelector('[part="open-status"]'))).to.equal(
        'Abierto ahora · hasta las 12:00 del mediodía Hoy: de 9:00 a. m. a 12:00 del mediodía (Christmas Eve)',
      );
      expect(text(row().querySelector('[part="hours"]'))).to.contain('viernes Cerrado (Christmas)');
      el.lang = 'en';
      el.now = new Date('2026-12-25T16:00:00Z');
      await el.updateComplete;
      expect(text(row().querySelector('[part="open-status"]'))).to.equal(
        'Closed today (Christmas)',
      );
      // Delano has no weekly hours; the closure for every clinic still shows.
      expect(text(clinicItem(el, 'Delano').querySelector('[part="open-status"]'))).to.equal(
        'Closed today (Christmas)',
      );
    });

    it('opens sorted from the ZIP code in near, with no prompt', async () => {
      const geolocation = fakeGeolocation(at(0, 0));
      const el = await picker(html`<ispine-location-picker near="56377"></ispine-location-picker>`);
      await settled(el);
      expect(order(el)[0]).to.equal('Sartell');
      expect(status(el)).to.equal('Sorted by distance from 56377');
      expect(geolocation.asked).to.equal(0);
    });

    it('warns about an invalid near and keeps the list unsorted', async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await picker(
          html`<ispine-location-picker near="5637"></ispine-location-picker>`,
        );
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain('near="5637"');
        expect(order(el)[0]).to.equal('Maple Grove');
        expect(status(el)).to.equal('');
      } finally {
        console.warn = warn;
      }
    });

    it('selects the clinic in selected page-wide, for call buttons without a clinic', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <ispine-location-picker selected="sartell"></ispine-location-picker>
          <ispine-call-book-button action="call"></ispine-call-book-button>
        </div>`,
      );
      const button = wrapper.querySelector('ispine-call-book-button')!;
      await button.updateComplete;
      expect(getPageState().selectedClinicId).to.equal('sartell');
      expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
        'tel:+13205550142',
      );
    });

    it('asks for no location and loads no ZIP data until the visitor asks', async () => {
      const geolocation = fakeGeolocation(at(0, 0));
      const url = `${ZIP_FILE}?unused`;
      const el = await picker(
        html`<ispine-location-picker zip-data-url=${url}></ispine-location-picker>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(geolocation.asked).to.equal(0);
      const loaded = performance
        .getEntriesByType('resource')
        .filter(({ name }) => name.includes('unused'));
      expect(loaded).to.have.length(0);
      expect(order(el)[0]).to.equal('Maple Grove');
    });
  });

  describe('size on the page', () => {
    /** Forty made-up clinics with hours: far more content than fits. */
    const MANY: Config = {
      ...HOURS_CONFIG,
      clinics: Array.from({ length: 40 }, (_, i) => ({
        ...HOURS_CONFIG.clinics[0],
        id: `test-${i}`,
        name: `Test clinic ${i}`,
        lat: 44 + i / 20,
        lng: -94 + i / 30,
      })),
    };

    afterEach(closeHostPages);

    for (const width of [320, 390, 1000]) {
      for (const [what, config] of [
        ['the default six clinics', DEFAULT_CONFIG],
        ['forty clinics with hours', MANY],
      ] as const) {
        it(`is as tall as its reserve at ${width} px with ${what}`, async () => {
          configure(config);
          const el = await picker(
            html`<div style="width: ${width}px; font-size: 16px">
              <ispine-location-picker></ispine-location-picker>
            </div>`,
          );
          await typeZip(el, '55369');
          expect(el.getBoundingClientRect().height).to.be.closeTo(await reservedHeight(width), 1);
          const last = parts(el, 'clinic').at(-1)!.getBoundingClientRect();
          expect(last.bottom, 'the list scrolls inside').to.be.greaterThan(
            el.getBoundingClientRect().bottom,
          );
        });
      }
    }

    it('grows with the page text size, and its reserve with it', async () => {
      const el = await picker(
        html`<div style="width: 600px; font-size: 20px">
          <ispine-location-picker></ispine-location-picker>
        </div>`,
      );
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.closeTo(36 * 20, 1);
      expect(height).to.be.closeTo(await reservedHeight(600, '', 20), 1);
      expect(parseFloat(getComputedStyle(part(el, 'list')).fontSize)).to.equal(20);
    });

    it('sets the list beside the map in a 1000 px column, with no list/map switch', async () => {
      const wide = await picker(
        html`<div style="width: 1000px"><ispine-location-picker></ispine-location-picker></div>`,
      );
      const [map, list] = [part(wide, 'map'), part(wide, 'list')].map((node) =>
        node.getBoundingClientRect(),
      );
      expect(list.left).to.be.at.least(map.right);
      expect(list.top, 'side by side').to.be.below(map.bottom);
      expect(part(wide, 'view').getClientRects()).to.have.length(0);
    });

    it('variant="nearest" is one line at most 120 px tall, the same as its reserve', async () => {
      configure(DEFAULT_CONFIG);
      for (const width of [320, 390, 1000]) {
        const el = await picker(
          html`<div style="width: ${width}px">
            <ispine-location-picker variant="nearest" near="56301"></ispine-location-picker>
          </div>`,
        );
        await waitUntil(() => parts(el, 'directions').length > 0, 'never found the nearest');
        const { height } = el.getBoundingClientRect();
        expect(height).to.be.at.most(120);
        expect(height).to.be.closeTo(await reservedHeight(width, 'variant="nearest"'), 1);
        const box = part(el, 'base').getBoundingClientRect();
        for (const target of el.shadowRoot!.querySelectorAll('a, button')) {
          expect(target.getBoundingClientRect().bottom, text(target)).to.be.at.most(box.bottom);
        }
      }
    });

    it('wraps a long clinic name with no space in it instead of overflowing', async () => {
      configure({
        ...DEFAULT_CONFIG,
        clinics: [{ ...DEFAULT_CONFIG.clinics[0], name: 'Physiotherapy'.repeat(8) }],
      });
      const el = await picker(
        html`<div style="width: 320px"><ispine-location-picker></ispine-location-picker></div>`,
      );
      const item = parts(el, 'clinic')[0];
      expect(item.scrollWidth).to.be.at.most(item.clientWidth);
      expect(part(el, 'list').scrollWidth).to.be.at.most(part(el, 'list').clientWidth);
    });
  });

  describe('title', () => {
    it('shows "Find a clinic near you", translated, changed or hidden by heading', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      expect(text(part(el, 'heading'))).to.equal('Find a clinic near you');
      el.lang = 'es';
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Encuentre una clínica cerca de usted');
      el.setAttribute('heading', 'Clinics near the race');
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Clinics near the race');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect(part(el, 'heading').getClientRects()).to.have.length(0);
      el.removeAttribute('heading');
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Encuentre una clínica cerca de usted');
    });
  });

  describe('map', () => {
    const pin = (el: LocationPicker, city: string) =>
      [...part(el, 'map').querySelectorAll<SVGGElement>('.pin')].find((g) => text(g) === city)!;

    it('labels every pin with its city and the race venue as "Race"', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(html`<ispine-location-picker near="55369"></ispine-location-picker>`);
      await settled(el);
      const labels = [...part(el, 'map').querySelectorAll('.pin text')].map(text);
      expect(labels).to.deep.equal(DEFAULT_CONFIG.clinics.map(({ city }) => city));
      for (const label of part(el, 'map').querySelectorAll('text')) {
        const { width, height } = label.getBoundingClientRect();
        expect(width * height, text(label)).to.be.greaterThan(0);
      }
      expect(text(part(el, 'map').querySelector('.origin'))).to.equal('Race');
    });

    it('highlights a row’s pin on hover and focus, and a pin’s row on hover', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      clinicItem(el, 'Delano').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(pin(el, 'Delano').classList.contains('hot')).to.equal(true);
      clinicItem(el, 'Chaska').querySelector<HTMLElement>('[part="choose"]')!.focus();
      await el.updateComplete;
      expect(pin(el, 'Chaska').classList.contains('hot')).to.equal(true);
      expect(pin(el, 'Delano').classList.contains('hot')).to.equal(false);
      pin(el, 'Sartell').dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(clinicItem(el, 'Sartell').classList.contains('hot')).to.equal(true);
    });

    it('chooses a clinic when its pin is clicked, and marks it in both places', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      setTimeout(() => pin(el, 'Shakopee').dispatchEvent(new MouseEvent('click')));
      const event = await oneEvent(el, 'ispine-location-change');
      expect(event.detail).to.deep.equal({ clinicId: 'shakopee' });
      await el.updateComplete;
      expect(pin(el, 'Shakopee').classList.contains('chosen')).to.equal(true);
      expect(clinicItem(el, 'Shakopee').getAttribute('part')).to.contain('chosen');
    });

    it('is drawn at its own size, and again when the card is resized', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 700px"><ispine-location-picker></ispine-location-picker></div>`,
      );
      const el = wrapper.querySelector('ispine-location-picker')!;
      const drawnWidth = () => Number(part(el, 'map').getAttribute('viewBox')!.split(' ')[2]);
      const boxWidth = () => part(el, 'map').getBoundingClientRect().width;
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector('[part="map"]') !== null &&
          Math.abs(drawnWidth() - boxWidth()) < 1,
        'not drawn at its size',
      );
      const narrow = drawnWidth();
      wrapper.style.width = '900px';
      // A resize observer's callback, then a frame: WebKitGTK on a loaded machine has taken
      // over the default second (session 9).
      await waitUntil(() => Math.abs(drawnWidth() - boxWidth()) < 1, 'not redrawn', {
        timeout: 5000,
      });
      expect(drawnWidth()).to.be.greaterThan(narrow);
    });
  });

  describe('nearest variant', () => {
    it('names Sartell for 56301 with its distance, a call link and directions', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(
        html`<ispine-location-picker variant="nearest" near="56301"></ispine-location-picker>`,
      );
      await waitUntil(() => status(el).includes('Sartell'), 'never found the nearest');
      expect(status(el)).to.match(/^Nearest clinic: Sartell, \d+ mi$/);
      expect(part(el, 'phone').getAttribute('href')).to.equal('tel:+17632018191');
      expect(part(el, 'directions').getAttribute('href')).to.contain('Sartell');
      expect(parts(el, 'list')).to.have.length(0);
      setTimeout(() => part(el, 'choose').click());
      const event = await oneEvent(el, 'ispine-location-change');
      expect(event.detail).to.deep.equal({ clinicId: 'sartell' });
      expect(getPageState().selectedClinicId).to.equal('sartell');
    });

    it('offers "Use my location" and a call link until the visitor taps it', async () => {
      fakeGeolocation(at(44.8, -93.53));
      const el = await picker(
        html`<ispine-location-picker variant="nearest"></ispine-location-picker>`,
      );
      expect(status(el)).to.equal('Find your nearest clinic');
      expect(part(el, 'phone').getAttribute('href')).to.equal('tel:+17632018191');
      part(el, 'locate').click();
      await waitUntil(() => status(el).includes('Shakopee'), 'never located');
      await expect(el).to.be.accessible();
    });
  });

  describe('robustness', () => {
    it('still lists clinics and hours in an engine without formatToParts', async () => {
      configure(HOURS_CONFIG);
      const proto = Intl.DateTimeFormat.prototype as Partial<Intl.DateTimeFormat>;
      const real = proto.formatToParts;
      delete proto.formatToParts;
      try {
        const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
        el.now = MONDAY_10AM;
        await el.updateComplete;
        expect(order(el)).to.have.length(6);
        expect(parts(el, 'fallback')).to.have.length(0);
        expect(text(clinicItem(el, 'Maple Grove').querySelector('[part="hours"]'))).to.contain(
          'Mon 8:00 AM – 5:00 PM',
        );
      } finally {
        proto.formatToParts = real;
      }
    });
  });

  describe('keyboard', () => {
    it('reaches the ZIP field from "Use my location" with Tab and sorts with Enter', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      part(el, 'locate').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'zip-input'));
      await typeKeys('55328');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(order(el)[0]).to.equal('Delano');
    });

    it('moves through the list row by row with Tab', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const first = parts(el, 'clinic')[0];
      first.querySelector<HTMLElement>('[part="choose"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(first.querySelector('[part="directions"]'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(
        parts(el, 'clinic')[1].querySelector('[part="choose"]'),
      );
    });

    it('chooses a clinic with Space and with Enter', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      clinicItem(el, 'Chaska').querySelector<HTMLElement>('[part="choose"]')!.focus();
      await sendKeys({ type: ' ' });
      await el.updateComplete;
      expect(el.selected).to.equal('chaska');
      clinicItem(el, 'Delano').querySelector<HTMLElement>('[part="choose"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal('delano');
    });
  });

  describe('events', () => {
    it('fires ispine-location-change when a visitor chooses, and updates a call button', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <ispine-location-picker></ispine-location-picker>
          <ispine-call-book-button action="call"></ispine-call-book-button>
        </div>`,
      );
      const el = wrapper.querySelector('ispine-location-picker')!;
      const button = wrapper.querySelector('ispine-call-book-button')!;
      await el.updateComplete;
      const choose = clinicItem(el, 'Sartell').querySelector<HTMLElement>('[part="choose"]')!;
      setTimeout(() => choose.click());
      const event = await oneEvent(document.body, 'ispine-location-change');
      expect(event.detail).to.deep.equal({ clinicId: 'sartell' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      await button.updateComplete;
      expect(el.getAttribute('selected')).to.equal('sartell');
      expect(choose.getAttribute('aria-current')).to.equal('true');
      expect(text(choose)).to.contain('Your clinic');
      expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
        'tel:+13205550142',
      );
    });

    it('fires nothing when the page sets selected', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      let fired = 0;
      document.addEventListener('ispine-location-change', () => fired++);
      el.selected = 'chaska';
      await el.updateComplete;
      el.setAttribute('selected', 'delano');
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(getPageState().selectedClinicId).to.equal('delano');
      expect(parts(el, 'chosen').map((li) => text(li.querySelector('strong')))).to.deep.equal([
        'Delano',
      ]);
    });

    it('fires ispine-directions when a directions link is followed', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      const link = clinicItem(el, 'Shakopee').querySelector<HTMLElement>('[part="directions"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'ispine-directions');
      expect(event.detail).to.deep.equal({ clinicId: 'shakopee' });
    });
  });

  describe('languages', () => {
    it('speaks Spanish inside a page section marked lang="es"', async () => {
      configure(HOURS_CONFIG);
      const el = await picker(
        html`<section lang="es"><ispine-location-picker></ispine-location-picker></section>`,
      );
      el.now = SATURDAY_NOON;
      await el.updateComplete;
      expect(text(part(el, 'locate'))).to.equal('Usar mi ubicación');
      expect(text(clinicItem(el, 'Maple Grove').querySelector('[part="open-status"]'))).to.equal(
        'Cerrado · abre el lunes a las 8:00 a. m.',
      );
      const hours = text(clinicItem(el, 'Maple Grove').querySelector('[part="hours"]'));
      expect(hours).to.contain('lunes de 8:00 a. m. a 5:00 p. m.');
      expect(hours).to.contain('viernes de 8:00 a. m. a 12:00 del mediodía');
      await typeZip(el, '5537');
      expect(status(el)).to.equal(
        'Escriba un código postal de 5 dígitos o el nombre de una ciudad',
      );
      await typeZip(el, '55379');
      expect(status(el)).to.equal('Ordenadas por distancia desde el código postal 55379');
      const distance = clinicItem(el, 'Shakopee').querySelector('[part="distance"]')!;
      expect(text(distance.querySelector('[aria-hidden]'))).to.equal('4 millas');
      expect(text(distance)).to.contain('a 4 millas');
    });

    it('follows a change of the page language, messages included', async () => {
      const el = await picker(html`<ispine-location-picker lang="en"></ispine-location-picker>`);
      await typeZip(el, '00000');
      el.lang = 'es';
      await el.updateComplete;
      expect(status(el)).to.contain('No encontramos el código postal 00000');
    });
  });

  describe('stories', () => {
    const hometowns: [string, string, string][] = [
      ['Maple Grove', '55369', 'a runner in Maple Grove'],
      ['Coon Rapids', '55433', 'a runner in Coon Rapids'],
      ['Chaska', '55318', 'a runner in Chaska'],
      ['Shakopee', '55379', 'a runner in Shakopee'],
      ['Sartell', '56377', 'a runner in Sartell'],
      ['Delano', '55328', 'a runner in Delano'],
    ];
    for (const [clinic, zip, who] of hometowns) {
      it(`${who} types ${zip} and sees ${clinic} first`, async () => {
        const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
        await typeZip(el, zip);
        expect(order(el)[0]).to.equal(clinic);
        expect(status(el)).to.equal(`Sorted by distance from ${zip}`);
      });
    }

    it('a runner in Maple Grove sees each clinic with its distance, nearest first', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '55369');
      const miles = parts(el, 'distance').map((span) => text(span.querySelector('[aria-hidden]')));
      expect(miles[0]).to.equal('4 mi');
      const numbers = miles.map((value) => Number.parseInt(value, 10));
      expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
      expect(text(parts(el, 'distance')[0])).to.contain('4 miles away');
    });

    it('a racer from Hudson, Wisconsin (54016) sees a Twin Cities clinic first', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '54016');
      expect(order(el)[0]).to.equal('Coon Rapids');
    });

    it('a racer from Fargo, North Dakota (58102) sees Sartell first', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '58102');
      expect(order(el)[0]).to.equal('Sartell');
      expect(text(parts(el, 'distance')[0])).to.match(/^15\d mi/);
    });

    it('a racer from Fargo is told the nearest clinic is far, with Sartell and the phone', async () => {
      configure(DEFAULT_CONFIG);
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '58102');
      const notice = part(el, 'notice');
      expect(text(notice)).to.match(/^Our nearest clinic, Sartell, is 15\d miles away\./);
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal('tel:+17632018191');
      expect(text(notice)).to.contain('(763) 201\u20118191');
      expect(order(el)[0]).to.equal('Sartell');
    });

    it('a screen reader hears the new order once, in the status, not the whole list', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')).to.have.length(1);
      await typeZip(el, '55369');
      expect(status(el)).to.equal('Sorted by distance from 55369');
      expect(parts(el, 'nearest').map((li) => text(li.querySelector('strong')))).to.deep.equal([
        'Maple Grove',
      ]);
    });

    it('a visitor who types four digits is asked for five or a town, and the list stays as it was', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '5536');
      expect(status(el)).to.equal('Enter a 5-digit ZIP code or a town name');
      const input = part(el, 'zip-input');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('status');
      expect(order(el)[0]).to.equal('Maple Grove');
    });

    it('a visitor who types 00000 is told it was not found, then fixes it', async () => {
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      await typeZip(el, '00000');
      expect(status(el)).to.contain("We couldn't find ZIP 00000");
      await typeZip(el, '56377');
      expect(order(el)[0]).to.equal('Sartell');
      expect(part(el, 'zip-input').hasAttribute('aria-invalid')).to.equal(false);
    });

    const zipFileProblems: [string, string, string][] = [
      ['offline', '/missing/ispine-zips.bin', "ZIP codes couldn't be loaded. Try again."],
      [
        'given a damaged ZIP file',
        '/src/reserve-space.css',
        'The ZIP code data is damaged. Use your location or call us.',
      ],
    ];
    for (const [what, url, message] of zipFileProblems) {
      it(`a visitor ${what} is told so, and the list stays as it was`, async () => {
        const el = await picker(
          html`<ispine-location-picker zip-data-url=${url}></ispine-location-picker>`,
        );
        await typeZip(el, '55369');
        expect(status(el)).to.equal(message);
        expect(order(el)[0]).to.equal('Maple Grove');
      });
    }

    it('a runner who shares their location near St. Cloud sees Sartell first', async () => {
      const geolocation = fakeGeolocation(at(45.56, -94.16));
      const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
      part(el, 'locate').click();
      await settled(el);
      expect(geolocation.asked).to.equal(1);
      expect(order(el)[0]).to.equal('Sartell');
      expect(status(el)).to.equal('Sorted by distance from your location');
      expect(text(part(el, 'map').querySelector('.origin'))).to.equal('You');
    });

    const failures: [string, Answer | undefined, RegExp][] = [
      ['denies access', refused(1), /access is off/],
      ['waits too long', refused(3), /took too long/],
      ['has no position', refused(2), /isn't available/],
      ['has a browser without geolocation', undefined, /isn't available/],
    ];
    for (const [what, answer, message] of failures) {
      it(`a visitor who ${what} is pointed to the ZIP field`, async () => {
        fakeGeolocation(answer);
        const el = await picker(html`<ispine-location-picker></ispine-location-picker>`);
        part(el, 'locate').click();
        await settled(el);
        expect(status(el)).to.match(message);
        expect(status(el)).to.contain('ZIP code');
        expect(order(el)[0]).to.equal('Maple Grove');
      });
    }

    it('a visitor who sorts and chooses leaves no storage and makes no request but the ZIP file', async () => {
      const since = performance.now();
      const cookies = document.cookie;
      const stored = [localStorage.length, sessionStorage.length];
      fakeGeolocation(at(45.0, -93.5));
      const el = await picker(
        html`<ispine-location-picker zip-data-url="${ZIP_FILE}?story"></ispine-location-picker>`,
      );
      await typeZip(el, '55369');
      part(el, 'locate').click();
      await settled(el);
      parts(el, 'choose')[1].click();
      await el.updateComplete;
      const requests = performance
        .getEntriesByType('resource')
        .filter(({ startTime }) => startTime >= since)
        .map(({ name }) => new URL(name));
      expect(requests.map(({ pathname }) => pathname)).to.deep.equal([ZIP_FILE]);
      expect(requests[0].origin).to.equal(location.origin);
      expect(document.cookie).to.equal(cookies);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
    });
  });
});
