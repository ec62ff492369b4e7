import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { sortByDistance } from '../../src/geo/distance.js';
import { loadZipData } from '../../src/geo/zip-load.js';
import {
  checksum,
  DamagedZipData,
  decodeZipIndex,
  decodeZipIndexInSteps,
  decodeZipIndexInTasks,
  isZipCode,
  loadZipIndex,
  lookupZip,
  type ZipIndex,
} from '../../src/geo/zip-lookup.js';

// The real asset, built by scripts/build-zip-data.mjs (npm test builds before testing).
const ASSET = '/dist/ispine-zips.bin';

function nearestClinicTo(index: ZipIndex, zip: string): string {
  const place = lookupZip(index, zip);
  if (!place) throw new Error(`${zip} not found`);
  return sortByDistance(DEFAULT_CONFIG.clinics, place).items[0].id;
}

describe('isZipCode', () => {
  it('accepts exactly five digits', () => {
    expect(isZipCode('55369')).to.be.true;
    expect(isZipCode('00000')).to.be.true;
  });

  it('rejects letters, short or long input, spaces and ZIP+4', () => {
    for (const text of [
      'abcde',
      '5536',
      '553690',
      ' 55369',
      '55369 ',
      '55369-1234',
      '',
      '５５３６９',
    ]) {
      expect(isZipCode(text), text).to.be.false;
    }
  });
});

describe('ZIP lookup with the real asset', () => {
  let index: ZipIndex;
  before(async () => {
    index = await loadZipIndex(ASSET);
  });

  const cityZips: [clinic: string, zips: string[]][] = [
    ['maple-grove', ['55369', '55311']],
    ['coon-rapids', ['55433', '55448']],
    ['chaska', ['55318']],
    ['shakopee', ['55379']],
    ['sartell', ['56377']],
    ['delano', ['55328']],
  ];
  for (const [clinic, zips] of cityZips) {
    for (const zip of zips) {
      it(`a visitor in ${clinic} types ${zip} and sees the ${clinic} clinic first`, () => {
        expect(nearestClinicTo(index, zip)).to.equal(clinic);
      });
    }
  }

  it('La Crosse, WI (54601) sees Shakopee first: the southernmost metro clinic, ~137 mi', () => {
    expect(nearestClinicTo(index, '54601')).to.equal('shakopee');
  });

  it('Eau Claire, WI (54701) sees Coon Rapids first: the easternmost clinic, ~92 mi', () => {
    expect(nearestClinicTo(index, '54701')).to.equal('coon-rapids');
  });

  it('Fargo, ND (58102) sees Sartell first: the north-western clinic, ~154 mi', () => {
    expect(nearestClinicTo(index, '58102')).to.equal('sartell');
  });

  it('places a ZIP within a kilometre of its Census centroid near the clinics', () => {
    // 55369 Maple Grove: ZCTA centroid 45.127366, -93.4492; the grid here is 0.01°.
    const place = lookupZip(index, '55369')!;
    expect(place.lat).to.be.closeTo(45.127366, 0.006);
    expect(place.lng).to.be.closeTo(-93.4492, 0.006);
  });

  it('places a far-away ZIP on the coarser grid, within 0.03°', () => {
    // 90210 Beverly Hills: 34.100517, -118.41463.
    const place = lookupZip(index, '90210')!;
    expect(place.lat).to.be.closeTo(34.100517, 0.03);
    expect(place.lng).to.be.closeTo(-118.41463, 0.03);
  });

  it('knows the first and last ZIPs and the whole country (Puerto Rico to Alaska)', () => {
    expect(index.zips.length).to.be.greaterThan(33000);
    expect(lookupZip(index, '00601')!.lat).to.be.closeTo(18.18, 0.03);
    expect(lookupZip(index, '99929')!.lng).to.be.closeTo(-131.92, 0.03);
  });

  it('answers undefined for an unknown ZIP (00000) and for text that is not a ZIP', () => {
    expect(lookupZip(index, '00000')).to.be.undefined;
    expect(lookupZip(index, '99999')).to.be.undefined;
    expect(lookupZip(index, 'abcde')).to.be.undefined;
    expect(lookupZip(index, '5536')).to.be.undefined;
  });

  it('fetches the asset once for repeated loads', async () => {
    expect(await loadZipIndex(ASSET)).to.equal(index);
  });
});

describe('loadZipIndex', () => {
  it('rejects on HTTP errors, then fetches again when retried', async () => {
    const url = `${ASSET}?retry`;
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return calls === 1
        ? Promise.resolve(new Response('', { status: 503 }))
        : realFetch(input, init);
    };
    try {
      let failure: unknown;
      await loadZipIndex(url).catch((error: unknown) => (failure = error));
      expect(String(failure)).to.contain('503');
      const index = await loadZipIndex(url);
      expect(lookupZip(index, '56377')).to.not.be.undefined;
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('decoding the ZIP data one pass per task (a slow phone’s page is never blocked long)', () => {
  it('decodes in five steps to the same table as in one go', async () => {
    const bytes = await (await fetch(ASSET)).arrayBuffer();
    const steps = decodeZipIndexInSteps(bytes);
    let passes = 1;
    let step = steps.next();
    for (; !step.done; step = steps.next()) passes++;
    expect(passes).to.equal(5);
    expect(step.value).to.deep.equal(decodeZipIndex(bytes));
  });

  it('runs each pass in a task of its own when the picker loads the data', async () => {
    // A chain of tasks of ours (each queues the next) runs beside the decoding: it gets a turn
    // between passes only when each pass is a task; all in one task, or in microtasks, it gets
    // none.
    let turns = 0;
    let decoding = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turns++;
      if (decoding) channel.port2.postMessage(undefined);
    };
    channel.port2.postMessage(undefined);
    // Counted from the decoding's start (the chain also runs while the data is fetched).
    const index = await loadZipData(`${ASSET}?tasks`, (bytes) => {
      turns = 0;
      return decodeZipIndexInTasks(bytes);
    });
    const turnsWhileDecoding = turns;
    decoding = false;
    channel.port1.close();
    expect(lookupZip(index, '56377')).to.not.be.undefined;
    // Four gaps between five passes; engines order the messages of two channels as they like
    // (WebKit gave 3 turns), so some gap may pass without one. One task would give none.
    expect(turnsWhileDecoding).to.be.at.least(2);
  });

  it('refuses damaged data decoded in tasks as in one go', async () => {
    let failure: unknown;
    await loadZipData(`${ASSET}?damaged`, (bytes) =>
      decodeZipIndexInTasks(new Uint8Array(bytes).subarray(0, bytes.byteLength - 1)),
    ).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(DamagedZipData);
  });
});

describe('where loadZipIndex may fetch from (a page’s zip-data-url)', () => {
  const filesUrl = `${location.origin}/dist/`;

  it('refuses a host other than the page’s and the script’s, without a request', async () => {
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (
      requested.push(new Request(input).url),
      realFetch(input, init)
    );
    try {
      const failure = await loadZipIndex('https://third-party.example/zips.bin', 8000, filesUrl)
        .then(() => undefined)
        .catch((error: unknown) => String(error));
      expect(failure).to.contain('not https://third-party.example');
      expect(requested).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('refuses a redirect, never contacting where it leads', async () => {
    const token = `zips-${Math.random()}`;
    const third = `http://127.0.0.1:${location.port}${ASSET}?seen=${token}`;
    const failure = await loadZipIndex(
      `/test/redirect?to=${encodeURIComponent(third)}`,
      8000,
      filesUrl,
    )
      .then(() => undefined)
      .catch((error: unknown) => String(error));
    expect(failure).to.contain('redirects are not followed');
    expect(await (await fetch('/test/seen.json')).json()).to.not.include(token);
  });
});

describe('decodeZipIndex', () => {
  it('rejects data that is not a ZIP asset', () => {
    expect(() => decodeZipIndex(new TextEncoder().encode('<!doctype html>'))).to.throw(
      'not ZIP data',
    );
  });

  it('rejects a truncated asset', async () => {
    const bytes = new Uint8Array(await (await fetch(ASSET)).arrayBuffer());
    expect(() => decodeZipIndex(bytes.subarray(0, bytes.length - 1))).to.throw(DamagedZipData);
  });

  it('decodes a hand-made asset with two grid sections and two towns', () => {
    // ISZ3, 3 ZIPs, 100 units/°, sections [0 → step 5, 50000 → step 1];
    // ZIPs 10001, 55369, 55370; latitudes 40.75, 45.13, 45.12; longitudes -74, -93.45, -93.44;
    // towns: one state, MN, with Maple Grove at row 1 and Osseo at row 2.
    const bytes = [
      ...new TextEncoder().encode('ISZ3'),
      3,
      100,
      2,
      0,
      5,
      ...varint(50000),
      1,
      ...varint(10001),
      ...varint(45368),
      1,
      ...varint(zigzag(815)),
      ...varint(zigzag(4513)),
      ...varint(zigzag(-1)),
      ...varint(zigzag(-1480)),
      ...varint(zigzag(-9345)),
      ...varint(zigzag(1)),
      1,
      ...new TextEncoder().encode('MN'),
      2,
      1,
      1,
      ...new TextEncoder().encode('Maple Grove\nOsseo\n'),
    ];
    const hash = checksum(new Uint8Array(bytes));
    const index = decodeZipIndex(
      new Uint8Array([...bytes, ...new Uint8Array(new Uint32Array([hash]).buffer)]),
    );
    expect(lookupZip(index, '10001')).to.deep.equal({ lat: 40.75, lng: -74 });
    expect(lookupZip(index, '55369')).to.deep.equal({ lat: 45.13, lng: -93.45 });
    expect(lookupZip(index, '55370')).to.deep.equal({ lat: 45.12, lng: -93.44 });
    expect(index.towns).to.deep.equal([
      { name: 'Maple Grove', state: 'MN', row: 1 },
      { name: 'Osseo', state: 'MN', row: 2 },
    ]);
  });
});

function varint(value: number): number[] {
  const out: number[] = [];
  for (; value >= 0x80; value >>>= 7) out.push((value & 0x7f) | 0x80);
  out.push(value);
  return out;
}

function zigzag(n: number): number {
  return n < 0 ? -2 * n - 1 : 2 * n;
}
