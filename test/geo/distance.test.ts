import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { distanceMiles, sortByDistance, type LatLng } from '../../src/geo/distance.js';

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
      expect(miles[i]).to.equal(distanceMiles(CHICAGO, clinic));
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

  it('sorts 10,000 synthetic clinics correctly', () => {
    // Deterministic pseudo-random points across the lower 48 (Park–Miller generator).
    let seed = 12345;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const clinics: (LatLng & { id: number })[] = Array.from({ length: 10_000 }, (_, id) => ({
      id,
      lat: 25 + random() * 24,
      lng: -124 + random() * 57,
    }));
    // A few exact duplicates to exercise ties.
    clinics[9_999] = { ...clinics[0], id: 9_999 };
    const { items, miles } = sortByDistance(clinics, MINNEAPOLIS);

    expect(items).to.have.length(10_000);
    expect(new Set(items.map(({ id }) => id)).size).to.equal(10_000);
    const nearest = Math.min(...clinics.map((clinic) => distanceMiles(MINNEAPOLIS, clinic)));
    expect(miles[0]).to.equal(nearest);
    for (let i = 1; i < items.length; i++) {
      expect(miles[i]).to.equal(distanceMiles(MINNEAPOLIS, items[i]));
      // Distances within 5 ft of each other count as a tie and keep the input order.
      expect(miles[i]).to.be.at.least(miles[i - 1] - 0.001);
      if (miles[i] <= miles[i - 1]) expect(items[i].id).to.be.greaterThan(items[i - 1].id);
    }
  });
});
