// The location picker's behaviour without a browser: the list's view model, the locate flow and
// the map's layout, from the built ES modules (run after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, test } from 'node:test';
import { DEFAULT_CONFIG } from '../../dist/esm/config/default.js';
import { layoutMap } from '../../dist/esm/geo/map-layout.js';
import { findPlace, readQuery } from '../../dist/esm/geo/place-search.js';
import { DamagedZipData, decodeZipIndex, loadZipIndex } from '../../dist/esm/geo/zip-lookup.js';
import { Locator, statusText } from '../../dist/esm/location-picker/locate.js';
import { clinicList, directionsUrl } from '../../dist/esm/location-picker/rows.js';
import { STRINGS } from '../../dist/esm/location-picker/strings.js';

const en = STRINGS.en;
const ZIPS = decodeZipIndex(readFileSync(new URL('../../dist/ispine-zips.bin', import.meta.url)));
/** The locator's place finder over `index` (or a promise of it), as the picker hands it in. */
const finder = (index) => async (query) => findPlace(await index, query);
const MONDAY_10AM = new Date('2026-06-01T15:00:00Z'); // Central Daylight Time (UTC−5)
const SATURDAY_NOON = new Date('2026-06-06T17:00:00Z');
const FARGO = { lat: 46.87, lng: -96.79 };
const MAPLE_GROVE_55369 = { lat: 45.13, lng: -93.45 };

/** Made-up test facts, not the clinic's: a street address and weekday hours for Maple Grove. */
const MAPLE_GROVE_EXTRAS = JSON.parse(
  readFileSync(new URL('../fixtures/hours-clinic.json', import.meta.url), 'utf8'),
);
const HOURS_CONFIG = {
  ...DEFAULT_CONFIG,
  clinics: DEFAULT_CONFIG.clinics.map((clinic) =>
    clinic.id === 'maple-grove' ? { ...clinic, ...MAPLE_GROVE_EXTRAS } : clinic,
  ),
};

const list = (changes = {}) =>
  clinicList({ config: DEFAULT_CONFIG, strings: en, now: MONDAY_10AM, ...changes });
const row = (result, id) => result.rows.find(({ clinic }) => clinic.id === id);

describe('the list of clinics', () => {
  test('with the default configuration, the main line is shown once and no row repeats it', () => {
    const result = list();
    assert.equal(result.phone, '+17632018191');
    assert.ok(result.rows.every(({ phone }) => phone === undefined));
    assert.equal(result.sorted, false);
    assert.deepEqual(
      result.rows.map(({ clinic }) => clinic.id),
      DEFAULT_CONFIG.clinics.map(({ id }) => id),
    );
  });

  test('a clinic with its own number shows numbers per row', () => {
    const config = {
      ...DEFAULT_CONFIG,
      clinics: DEFAULT_CONFIG.clinics.map((c) =>
        c.id === 'sartell' ? { ...c, phone: '+13205550142' } : c,
      ),
    };
    const result = list({ config });
    assert.equal(result.phone, undefined);
    assert.equal(row(result, 'sartell').phone, '+13205550142');
    assert.equal(row(result, 'delano').phone, '+17632018191');
  });

  test('a partner tracking number replaces the main line everywhere', () => {
    const config = { ...DEFAULT_CONFIG, partners: { shop: { phone: '+16125550199' } } };
    const result = list({ config, partner: 'shop' });
    assert.equal(result.phone, '+16125550199');
    assert.equal(result.mainPhone, '+16125550199');
  });

  test('no directions link of the default configuration holds a latitude/longitude pair', () => {
    for (const { directions, clinic } of list().rows) {
      const destination = new URL(directions).searchParams.get('destination');
      assert.doesNotMatch(destination, /-?\d+\.\d+\s*,\s*-?\d+\.\d+/);
      assert.equal(
        destination,
        `iSpine Pain Physicians ${clinic.name}, ${clinic.city}, ${clinic.state}`,
      );
    }
  });

  test('directions go to the street address when one is configured', () => {
    const clinic = HOURS_CONFIG.clinics[0];
    assert.equal(
      new URL(directionsUrl(HOURS_CONFIG, clinic, en)).searchParams.get('destination'),
      '100 Example Street (test address), Maple Grove, MN 55369',
    );
  });

  test('the name is not repeated as the address; a street address is shown', () => {
    const result = list({ config: HOURS_CONFIG });
    assert.equal(row(result, 'delano').address, '');
    assert.equal(
      row(result, 'maple-grove').address,
      '100 Example Street (test address), Maple Grove, MN 55369',
    );
  });

  test('a runner in Maple Grove sees Maple Grove first, 4 miles away, marked nearest', () => {
    const result = list({ origin: MAPLE_GROVE_55369 });
    assert.equal(result.sorted, true);
    assert.equal(result.rows[0].clinic.id, 'maple-grove');
    assert.equal(result.rows[0].miles, 4);
    assert.deepEqual(
      result.rows.map(({ nearest }) => nearest),
      [true, false, false, false, false, false],
    );
    assert.equal(result.far, undefined);
  });

  test('a racer from Fargo is told the nearest clinic, Sartell, is far', () => {
    const result = list({ origin: FARGO });
    assert.equal(result.rows[0].clinic.id, 'sartell');
    assert.match(result.far, /^Our nearest clinic, Sartell, is 15\d miles away\./);
    assert.equal(result.mainPhone, '+17632018191');
    assert.equal(
      list({ origin: FARGO, config: { ...DEFAULT_CONFIG, outOfAreaMiles: 200 } }).far,
      undefined,
    );
  });

  test('the chosen clinic is marked', () => {
    assert.deepEqual(
      list({ selected: 'chaska' })
        .rows.filter(({ chosen }) => chosen)
        .map(({ clinic }) => clinic.id),
      ['chaska'],
    );
  });
});

describe('opening hours in the list', () => {
  const realFormatToParts = Intl.DateTimeFormat.prototype.formatToParts;
  const realFormat = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format');
  afterEach(() => {
    Intl.DateTimeFormat.prototype.formatToParts = realFormatToParts;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', realFormat);
  });

  test('on Monday at 10 AM Maple Grove is open until 5 PM, with today and the week', () => {
    const mapleGrove = row(list({ config: HOURS_CONFIG }), 'maple-grove');
    assert.equal(mapleGrove.open, 'open');
    assert.equal(mapleGrove.openText, 'Open now · until 5:00 PM');
    assert.equal(mapleGrove.today, 'Today 8:00 AM – 5:00 PM');
    assert.deepEqual(mapleGrove.week, [
      ['Mon', '8:00 AM – 5:00 PM'],
      ['Tue', '8:00 AM – 5:00 PM'],
      ['Wed', '8:00 AM – 5:00 PM'],
      ['Thu', '8:00 AM – 5:00 PM'],
      ['Fri', '8:00 AM – noon'],
      ['Sat', 'Closed'],
      ['Sun', 'Closed'],
    ]);
    assert.equal(row(list({ config: HOURS_CONFIG }), 'delano').openText, undefined);
  });

  test('on Saturday it is closed and opens Monday, in Spanish too', () => {
    const config = HOURS_CONFIG;
    const saturday = (strings) => row(list({ config, strings, now: SATURDAY_NOON }), 'maple-grove');
    assert.equal(saturday(en).openText, 'Closed · opens Mon at 8:00 AM');
    assert.equal(saturday(en).today, undefined);
    assert.equal(saturday(STRINGS.es).openText, 'Cerrado · abre el lunes a las 8:00 a. m.');
  });

  test('an engine without formatToParts still says whether the clinic is open', () => {
    delete Intl.DateTimeFormat.prototype.formatToParts;
    const mapleGrove = row(list({ config: HOURS_CONFIG }), 'maple-grove');
    assert.equal(mapleGrove.openText, 'Open now · until 5:00 PM');
  });

  test('an engine whose clock cannot be read shows the week without "open now"', () => {
    delete Intl.DateTimeFormat.prototype.formatToParts;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      get: () => () => 'unreadable',
      configurable: true,
    });
    const mapleGrove = row(list({ config: HOURS_CONFIG }), 'maple-grove');
    assert.equal(mapleGrove.openText, undefined);
    assert.equal(mapleGrove.week.length, 7);
  });
});

describe('special days in the list', () => {
  // Made-up closures for the test, on real dates: Thanksgiving and Christmas Eve 2026 (Thursdays).
  const SPECIAL_CONFIG = {
    ...HOURS_CONFIG,
    specialHours: [
      { date: '2026-11-26', hours: [], label: 'Thanksgiving' },
      {
        date: '2026-12-24',
        clinic: 'maple-grove',
        hours: [['09:00', '12:00']],
        label: 'Christmas Eve',
      },
    ],
  };
  const THANKSGIVING_10AM = new Date('2026-11-26T16:00:00Z'); // CST (UTC−6)
  const CHRISTMAS_EVE_10AM = new Date('2026-12-24T16:00:00Z');
  const at = (now, strings = en) => list({ config: SPECIAL_CONFIG, strings, now });

  test('on Thanksgiving every clinic is closed today, in the row and the week', () => {
    const mapleGrove = row(at(THANKSGIVING_10AM), 'maple-grove');
    assert.equal(mapleGrove.open, 'closed');
    assert.equal(mapleGrove.openText, 'Closed today (Thanksgiving)');
    assert.equal(mapleGrove.today, undefined);
    assert.deepEqual(mapleGrove.week[3], ['Thu', 'Closed (Thanksgiving)']);
    assert.deepEqual(mapleGrove.week[2], ['Wed', '8:00 AM – 5:00 PM']);
    // Delano has no weekly hours, yet its closure is known.
    const delano = row(at(THANKSGIVING_10AM), 'delano');
    assert.equal(delano.openText, 'Closed today (Thanksgiving)');
    assert.deepEqual(delano.week, [['Thu', 'Closed (Thanksgiving)']]);
    assert.equal(
      row(at(THANKSGIVING_10AM, STRINGS.es), 'delano').openText,
      'Cerrado hoy (Thanksgiving)',
    );
  });

  test('on Christmas Eve Maple Grove keeps short hours; the others their usual ones', () => {
    const mapleGrove = row(at(CHRISTMAS_EVE_10AM), 'maple-grove');
    assert.equal(mapleGrove.openText, 'Open now · until noon');
    assert.equal(mapleGrove.today, 'Today 9:00 AM – noon (Christmas Eve)');
    assert.deepEqual(mapleGrove.week[3], ['Thu', '9:00 AM – noon (Christmas Eve)']);
    assert.equal(
      row(at(CHRISTMAS_EVE_10AM, STRINGS.es), 'maple-grove').today,
      'Hoy: de 9:00 a. m. a 12:00 del mediodía (Christmas Eve)',
    );
    assert.equal(row(at(CHRISTMAS_EVE_10AM), 'chaska').openText, undefined);
  });

  test('a special day weeks away leaves this week as usual', () => {
    const mapleGrove = row(at(MONDAY_10AM), 'maple-grove');
    assert.equal(mapleGrove.today, 'Today 8:00 AM – 5:00 PM');
    assert.deepEqual(mapleGrove.week[3], ['Thu', '8:00 AM – 5:00 PM']);
  });
});

describe('the locate flow', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('a typed ZIP sorts from its centre and says so', async () => {
    let changes = 0;
    const locator = new Locator(() => changes++, finder(ZIPS));
    await locator.fromZip('56377');
    assert.equal(locator.source, 'zip');
    assert.ok(Math.abs(locator.origin.lat - 45.6) < 0.2);
    assert.equal(statusText(en, locator.note), 'Sorted by distance from 56377');
    assert.equal(
      statusText(STRINGS.es, locator.note),
      'Ordenadas por distancia desde el código postal 56377',
    );
    assert.ok(changes >= 2);
  });

  test('letters and unknown ZIPs are explained and leave the origin alone', async () => {
    const locator = new Locator(() => {}, finder(ZIPS));
    await locator.fromZip('5536');
    assert.equal(statusText(en, locator.note), 'Enter a 5-digit ZIP code or a town name');
    await locator.fromZip('Atlantis');
    assert.equal(
      statusText(en, locator.note),
      "We couldn't find Atlantis in Minnesota, Wisconsin, Iowa or the Dakotas",
    );
    await locator.fromZip('00000');
    assert.equal(statusText(en, locator.note), "We couldn't find ZIP 00000");
    assert.equal(locator.origin, undefined);
  });

  test('a damaged ZIP file and a failed download get different messages', async () => {
    const bytes = readFileSync(new URL('../../dist/ispine-zips.bin', import.meta.url));
    bytes[1000] ^= 0x55;
    const damaged = new Locator(
      () => {},
      async (query) => findPlace(decodeZipIndex(bytes), query),
    );
    await damaged.fromZip('55369');
    assert.equal(damaged.note.kind, 'zipDamaged');
    assert.match(statusText(en, damaged.note), /damaged/);
    const offline = new Locator(
      () => {},
      () => Promise.reject(new TypeError('offline')),
    );
    await offline.fromZip('55369');
    assert.equal(offline.note.kind, 'zipLoadFailed');
  });

  test('a slow ZIP lookup never overrides a newer location', async () => {
    let release;
    const slow = new Promise((resolve) => (release = resolve));
    const locator = new Locator(() => {}, finder(slow));
    const zip = locator.fromZip('56377');
    locator.fromDevice({
      getCurrentPosition: (success) => success({ coords: { latitude: 44.8, longitude: -93.53 } }),
    });
    release(ZIPS);
    await zip;
    assert.equal(locator.source, 'device');
    assert.equal(locator.origin.lat, 44.8);
    assert.equal(statusText(en, locator.note), 'Sorted by distance from your location');
  });

  test('the page’s near never shows the visitor an error; it warns in the console', async () => {
    const warn = console.warn;
    const warnings = [];
    console.warn = (message) => warnings.push(message);
    try {
      const locator = new Locator(() => {}, finder(ZIPS));
      await locator.fromZip('5637', 'near');
      assert.equal(locator.note, undefined);
      assert.match(warnings[0], /near="5637"/);
      await locator.fromZip('56301', 'near');
      assert.equal(locator.source, 'near');
    } finally {
      console.warn = warn;
    }
  });

  for (const [code, kind] of [
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ]) {
    test(`geolocation error ${code} tells the visitor "${kind}" and points to the ZIP field`, async () => {
      const locator = new Locator(() => {}, finder(ZIPS));
      locator.fromDevice({ getCurrentPosition: (_, failure) => failure({ code }) });
      await settle();
      assert.equal(locator.note.kind, kind);
      assert.match(statusText(en, locator.note), /ZIP code/);
    });
  }

  test('a browser without geolocation is told it is unavailable', () => {
    const locator = new Locator(() => {}, finder(ZIPS));
    locator.fromDevice(undefined);
    assert.equal(locator.note.kind, 'unavailable');
  });
});

describe('the map', () => {
  const clinics = DEFAULT_CONFIG.clinics.map(({ lat, lng, city }) => ({
    at: { lat, lng },
    label: city,
  }));
  const places = [
    { at: { lat: 44.98, lng: -93.3 }, label: 'Minneapolis' },
    { at: { lat: 44.96, lng: -93.1 }, label: 'St. Paul' },
  ];
  const labels = (layout) =>
    [layout.origin, ...layout.clinics, ...layout.places].flatMap((point) =>
      point?.label ? [point.label.rect] : [],
    );

  test('fits the six clinics and labels each inside the box, without overlapping labels', () => {
    const box = { width: 400, height: 420, em: 13 };
    const layout = layoutMap(
      { clinics, origin: { at: MAPLE_GROVE_55369, label: 'Race' }, places },
      box,
    );
    assert.equal(layout.clinics.filter(({ label }) => label).length, 6);
    const rects = labels(layout);
    for (const [left, top, right, bottom] of rects) {
      assert.ok(left >= 0 && top >= 0 && right <= box.width && bottom <= box.height);
    }
    rects.forEach((a, i) =>
      rects
        .slice(i + 1)
        .forEach((b) =>
          assert.ok(!(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]), 'labels overlap'),
        ),
    );
  });

  test('puts Sartell north-west of Shakopee', () => {
    const { clinics: placed } = layoutMap({ clinics }, { width: 300, height: 200, em: 12 });
    const sartell = placed[4];
    const shakopee = placed[3];
    assert.ok(sartell.x < shakopee.x && sartell.y < shakopee.y);
  });

  test('a visitor from New York is an edge marker pointing east, not a dot in empty space', () => {
    const box = { width: 300, height: 400, em: 12 };
    const layout = layoutMap(
      {
        clinics,
        origin: { at: { lat: 40.75, lng: -74 }, label: 'You' },
        farLabel: (point) => `You: 1020 mi ${en.directionNames[point]}`,
      },
      box,
    );
    assert.ok(Math.abs(layout.origin.angle) < Math.PI / 8, 'east');
    assert.ok(layout.origin.x > box.width * 0.8 && layout.origin.x < box.width);
    assert.equal(layout.origin.label.text, 'You: 1020 mi east');
    // The clinics are fitted as if there were no visitor.
    const where = ({ clinics: placed }) => placed.map(({ x, y }) => [x, y]);
    assert.deepEqual(where(layout), where(layoutMap({ clinics }, box)));
  });
});

describe('the search field', () => {
  const search = (text) => {
    const query = readQuery(text);
    return query && findPlace(ZIPS, query);
  };

  test('a ZIP+4 is read as its first five digits', () => {
    for (const text of ['55369-1234', '553691234', ' 55369 1234 ']) {
      assert.deepEqual(readQuery(text), { kind: 'zip', zip: '55369' }, text);
    }
    assert.equal(readQuery('55369-12'), undefined);
    assert.equal(readQuery('5536'), undefined);
  });

  test('towns of Minnesota and its neighbours are found, however they are written', () => {
    assert.equal(search('Sartell').label, 'Sartell, MN');
    assert.equal(search('st. cloud').label, 'Saint Cloud, MN');
    assert.equal(search('SAINT PAUL, MN').label, 'Saint Paul, MN');
    assert.equal(search('Hudson, WI').label, 'Hudson, WI');
    assert.equal(search('Fargo').label, 'Fargo, ND');
    assert.equal(search('Sioux Falls').label, 'Sioux Falls, SD');
    assert.equal(search('Des Moines').label, 'Des Moines, IA');
    assert.ok(Math.abs(search('Minneapolis').at.lat - 44.98) < 0.1);
    assert.equal(search('Chicago'), undefined, 'Illinois is not searched');
    assert.equal(search('Atlantis'), undefined);
  });
});

describe('the ZIP data file', () => {
  const file = () => readFileSync(new URL('../../dist/ispine-zips.bin', import.meta.url));
  const realFetch = globalThis.fetch;
  afterEach(() => (globalThis.fetch = realFetch));

  test('one changed byte anywhere is refused as damaged, not decoded into wrong places', () => {
    const bytes = file();
    for (const at of [8, Math.floor(bytes.length / 2), bytes.length - 5, bytes.length - 1]) {
      const copy = Uint8Array.from(bytes);
      copy[at] ^= 0x01;
      assert.throws(() => decodeZipIndex(copy), DamagedZipData, `byte ${at}`);
    }
    assert.throws(() => decodeZipIndex(bytes.subarray(0, bytes.length - 100)), DamagedZipData);
  });

  test('a stalled download is aborted after the timeout, and a retry starts a new request', async () => {
    const signals = [];
    globalThis.fetch = (url, { signal }) => {
      signals.push(signal);
      if (signals.length > 1) return Promise.resolve(new Response(file()));
      return new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(signal.reason)),
      );
    };
    const url = 'https://files.example/ispine-zips.bin?stalled';
    await assert.rejects(loadZipIndex(url, 50));
    assert.equal(signals[0].aborted, true);
    const index = await loadZipIndex(url, 50);
    assert.equal(signals.length, 2);
    assert.ok(index.zips.length > 30000);
  });
});
