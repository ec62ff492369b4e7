import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { distanceMiles, sortByDistance, type LatLng } from '../../src/geo/distance.js';
import { ROUNDING, sortNearest } from '../../src/geo/sort-nearest.js';
import * as search from '../../src/geo/search.js';

/** Park–Miller: seeded, so a failure names data that can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

type Place = LatLng & { readonly id: number };

/** The obvious sort, to check against: a distance per place, then a stable comparator sort. */
const reference = (places: readonly Place[], from: LatLng) =>
  places
    .map((place) => ({ place, miles: distanceMiles(from, place) }))
    .sort((a, b) => Math.round(a.miles * 1000) - Math.round(b.miles * 1000));

/** `count` places spread over `box` (south, west, north, east), with exact twins and near-ties. */
function places(seed: number, count: number, [south, west, north, east]: number[]): Place[] {
  const next = random(seed);
  const out: Place[] = [];
  for (let id = 0; id < count; id++) {
    const roll = next();
    if (id > 0 && roll < 0.05) {
      // The same point as an earlier place: a tie that must keep the input order.
      const twin = out[Math.floor(next() * id)];
      out.push({ id, lat: twin.lat, lng: twin.lng });
    } else if (id > 0 && roll < 0.1) {
      // A few feet from an earlier place: within or just past the 5 ft that count as a tie.
      const near = out[Math.floor(next() * id)];
      out.push({ id, lat: near.lat + (next() - 0.5) * 3e-5, lng: near.lng });
    } else {
      out.push({ id, lat: south + next() * (north - south), lng: west + next() * (east - west) });
    }
  }
  return out;
}

describe('sortNearest', () => {
  const cases: [string, number, number[], LatLng][] = [
    ['Minnesota and its neighbours', 1, [43.5, -97.2, 49.4, -89.5], { lat: 44.98, lng: -93.27 }],
    ['the lower 48', 2, [25, -124, 49, -67], { lat: 46.79, lng: -92.1 }],
    ['the whole globe', 3, [-90, -180, 90, 180], { lat: -33.9, lng: 151.2 }],
  ];
  for (const [where, seed, box, from] of cases) {
    it(`orders 10,000 places across ${where} as the reference does, ties in input order`, () => {
      const input = places(seed, 10_000, box);
      const { items, miles } = sortNearest(input, from);
      const expected = reference(input, from);
      expect(items.map(({ id }) => id)).to.deep.equal(expected.map(({ place }) => place.id));
      expect(miles).to.be.instanceOf(Float64Array);
      // Every distance is the haversine, to the bit.
      items.forEach((place, i) => {
        if (miles[i] !== distanceMiles(from, place))
          expect.fail(`place ${place.id}: ${miles[i]} is not ${distanceMiles(from, place)}`);
      });
    });

    it(`gives sortByDistance's result exactly across ${where}`, () => {
      const input = places(seed + 10, 2_000, box);
      const fast = sortNearest(input, from);
      const plain = sortByDistance(input, from);
      expect(fast.items).to.deep.equal(plain.items);
      expect([...fast.miles]).to.deep.equal([...plain.miles]);
    });
  }

  it("gives sortByDistance's result for any count, either side of its warm-up passes", () => {
    // The warm-up (a few clinics measured, index-only passes, a gather with nothing to copy)
    // covers up to 1,024 places; whatever it writes, the real passes overwrite.
    const from = { lat: 44.98, lng: -93.27 };
    const all = places(21, 3_000, [43.5, -97.2, 49.4, -89.5]);
    for (const count of [1, 2, 15, 16, 17, 1_023, 1_024, 1_025, 3_000]) {
      const input = all.slice(0, count);
      const fast = sortNearest(input, from);
      const plain = sortByDistance(input, from);
      expect(fast.items, `${count} places`).to.deep.equal(plain.items);
      expect([...fast.miles], `${count} places`).to.deep.equal([...plain.miles]);
    }
  });

  it('leaves its input untouched and sorts the configured clinics', () => {
    const clinics = DEFAULT_CONFIG.clinics;
    const before = [...clinics];
    const { items } = sortNearest(clinics, { lat: 45.64, lng: -94.23 });
    expect(clinics).to.deep.equal(before);
    expect(items.map(({ id }) => id).slice(0, 3)).to.deep.equal([
      'sartell',
      'delano',
      'maple-grove',
    ]);
  });

  it('rounds thousandths of a mile as Math.round does, through a truncating store', () => {
    const bits = new Float64Array(1);
    const word = new BigUint64Array(bits.buffer);
    /** The double `steps` units in the last place away from `x` (x > 0). */
    const nudge = (x: number, steps: number) => {
      bits[0] = x;
      word[0] += BigInt(steps);
      return bits[0];
    };
    const next = random(7);
    const values = [0, 0.49999999999999994, 0.5, 1.5, 2.5, 4_294_967_294.5, NaN];
    for (let k = 0; k < 20_000; k++) {
      // Halves and their neighbours a few ulps away, up to past the 12,500 miles of a half-turn.
      const half = Math.floor(next() * 2 ** (k % 25)) + 0.5;
      values.push(half, nudge(half, -1), nudge(half, 1), nudge(half, -2), next() * 2e7);
    }
    const stored = new Uint32Array(1);
    for (const x of values) {
      stored[0] = x + ROUNDING;
      const rounded = stored[0];
      stored[0] = Math.round(x);
      if (rounded !== stored[0])
        expect.fail(`${x}: ${rounded}, where Math.round gives ${stored[0]}`);
    }
  });

  it('returns nothing for no places', () => {
    const { items, miles } = sortNearest([], { lat: 45, lng: -93 });
    expect(items).to.deep.equal([]);
    expect(miles).to.have.length(0);
  });

  it('is what the ZIP search exports, beside the exports older drop-ins load', () => {
    expect(search.sortNearest).to.equal(sortNearest);
    expect(search.decodeZipIndex).to.be.a('function');
    expect(search.decodeZipIndexInTasks).to.be.a('function');
    expect(search.findPlace).to.be.a('function');
  });
});
