import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import {
  distanceMiles,
  prepareDistances,
  sortByDistance,
  type LatLng,
} from '../../src/geo/distance.js';

const MINNEAPOLIS = { lat: 44.9778, lng: -93.265 };
const CHICAGO = { lat: 41.8781, lng: -87.6298 };
const NEW_YORK = { lat: 40.7128, lng: -74.006 };
const LOS_ANGELES = { lat: 34.0522, lng: -118.2437 };

describe('distanceMiles', () => {
  it('measures known city pairs as the crow flies, within 1%', () => {
    // Published great-circle distances: Minneapolis–Chicago 355 mi, New York–Los Angeles 2,445 mi.
    expect(distanceMiles(MINNEAPOLIS, CHICAGO)).to.be.closeTo(355, 3.5);
    expect(distanceMiles(NEW_YORK, LOS_ANGELES)).to.be.closeTo(2445, 24);
  });

  it('puts Sartell about 53 miles from Maple Grove, either way round', () => {
    const [mapleGrove, , , , sartell] = DEFAULT_CONFIG.clinics;
    expect(distanceMiles(mapleGrove, sartell)).to.be.closeTo(53, 1);
    expect(distanceMiles(sartell, mapleGrove)).to.equal(distanceMiles(mapleGrove, sartell));
  });

  it('is zero for the same place and half the Earth round for antipodes', () => {
    expect(distanceMiles(CHICAGO, CHICAGO)).to.equal(0);
    expect(distanceMiles({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).to.be.closeTo(12437, 2);
  });

  it('measures across the antimeridian the short way', () => {
    expect(distanceMiles({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).to.be.closeTo(69.1, 0.2);
  });
});

describe('sortByDistance', () => {
  it('orders the clinics for a runner in Sartell: Sartell, then Delano, then Maple Grove', () => {
    const { items, miles } = sortByDistance(DEFAULT_CONFIG.clinics, { lat: 45.64, lng: -94.23 });
    expect(items.map(({ id }) => id).slice(0, 3)).to.deep.equal([
      'sartell',
      'delano',
      'maple-grove',
    ]);
    expect(miles[0]).to.be.lessThan(2);
  });

  it('returns every clinic once, with its distance, leaving the input untouched', () => {
    const clinics = DEFAULT_CONFIG.clinics;
    const before = clinics.map(({ id }) => id);
    const { items, miles } = sortByDistance(clinics, CHICAGO);
    expect(clinics.map(({ id }) => id)).to.deep.equal(before);
    expect(items.map(({ id }) => id).sort()).to.deep.equal([...before].sort());
    expect(miles).to.have.length(clinics.length);
    items.forEach((clinic, i) => {
      expect(miles[i]).to.be.closeTo(distanceMiles(CHICAGO, clinic), 1e-8);
    });
  });

  it('keeps the configured order for clinics at the same distance', () => {
    const here = { lat: 45, lng: -93 };
    const twins = ['a', 'b', 'c'].map((id) => ({ id, lat: 45.5, lng: -93 }));
    expect(sortByDistance(twins, here).items.map(({ id }) => id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('returns nothing for no clinics', () => {
    const { items, miles } = sortByDistance([], CHICAGO);
    expect(items).to.deep.equal([]);
    expect(miles).to.have.length(0);
  });

  /** Haversine's order with the 5 ft ties: thousandths of a mile, then the input order. */
  const haversineOrder = <T extends LatLng>(clinics: readonly T[], from: LatLng): T[] =>
    clinics
      .map((clinic, i) => ({ clinic, key: Math.round(distanceMiles(from, clinic) * 1000), i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map(({ clinic }) => clinic);

  it('sorts 10,000 synthetic clinics in haversine order, ties included, near and far', () => {
    // Deterministic pseudo-random points across the lower 48 (Park–Miller generator).
    let seed = 12345;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const clinics: (LatLng & { id: number })[] = Array.from({ length: 10_000 }, (_, id) => ({
      id,
      lat: 25 + random() * 24,
      lng: -124 + random() * 57,
    }));
    // Exact duplicates, and clinics a foot or two apart, to exercise ties.
    for (let i = 0; i < 50; i++) {
      clinics[9_900 + i] = { ...clinics[i], id: 9_900 + i };
      clinics[9_850 + i] = { ...clinics[i], lat: clinics[i].lat + 5e-6, id: 9_850 + i };
    }
    prepareDistances(clinics);
    // Minneapolis, and the far side of the world (over 8,800 mi: haversine's own distances).
    for (const from of [MINNEAPOLIS, { lat: -40, lng: 80 }]) {
      const { items, miles } = sortByDistance(clinics, from);
      expect(items).to.deep.equal(haversineOrder(clinics, from));
      items.forEach((clinic, i) => {
        const exact = distanceMiles(from, clinic);
        expect(miles[i]).to.be.closeTo(exact, 1e-8);
        expect(Math.round(miles[i])).to.equal(Math.round(exact));
      });
    }
  });

  it('lets haversine decide a distance at a rounding edge', () => {
    // Clinics due north of Minneapolis whose haversine distance is within a hair of 10.0005 mi,
    // the edge between two thousandths, on both sides of it: found by bisection.
    let [low, high] = [MINNEAPOLIS.lat, MINNEAPOLIS.lat + 1];
    for (let i = 0; i < 200 && low < high; i++) {
      const mid = (low + high) / 2;
      if (mid === low || mid === high) break;
      if (
        Math.round(distanceMiles(MINNEAPOLIS, { lat: mid, lng: MINNEAPOLIS.lng }) * 1000) < 10_001
      )
        low = mid;
      else high = mid;
    }
    const edge = [high, low, high, low].map((lat, id) => ({ id, lat, lng: MINNEAPOLIS.lng }));
    const { items, miles } = sortByDistance(edge, MINNEAPOLIS);
    expect(items).to.deep.equal(haversineOrder(edge, MINNEAPOLIS));
    expect(items.map(({ id }) => id)).to.deep.equal([1, 3, 0, 2]);
    items.forEach((clinic, i) => {
      expect(miles[i]).to.equal(distanceMiles(MINNEAPOLIS, clinic));
    });
  });

  it('measures a list again when it was prepared, and one it was not', () => {
    const clinics = DEFAULT_CONFIG.clinics;
    prepareDistances(clinics);
    prepareDistances(clinics);
    const fresh = clinics.map((clinic) => ({ ...clinic }));
    expect(sortByDistance(clinics, CHICAGO).miles).to.deep.equal(
      sortByDistance(fresh, CHICAGO).miles,
    );
  });
});
