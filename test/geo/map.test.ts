import { expect } from '@open-wc/testing';
import { DEFAULT_CONFIG } from '../../src/config/default.js';
import { projectToMap } from '../../src/geo/map.js';
import { MAP_STATES, MAP_VIEW_BOX } from '../../src/geo/map-data.js';

const [minX, minY, width, height] = MAP_VIEW_BOX;
const clinic = (id: string) => DEFAULT_CONFIG.clinics.find((c) => c.id === id)!;

describe('offline map', () => {
  it('puts Sartell north-west of Shakopee (SVG y grows southwards)', () => {
    const sartell = projectToMap(clinic('sartell'));
    const shakopee = projectToMap(clinic('shakopee'));
    expect(sartell.x).to.be.lessThan(shakopee.x);
    expect(sartell.y).to.be.lessThan(shakopee.y);
  });

  it('shows all six clinics inside the view box, well away from its edges', () => {
    expect(DEFAULT_CONFIG.clinics).to.have.length(6);
    for (const place of DEFAULT_CONFIG.clinics) {
      const { x, y } = projectToMap(place);
      expect(x, place.id).to.be.within(minX + width * 0.1, minX + width * 0.9);
      expect(y, place.id).to.be.within(minY + height * 0.1, minY + height * 0.9);
    }
  });

  it('keeps distances true to scale east–west and north–south at mid latitude', () => {
    // One degree of latitude ≈ 69 mi; at 45°N one degree of longitude ≈ 49 mi.
    const origin = projectToMap({ lat: 45, lng: -94 });
    const north = projectToMap({ lat: 46, lng: -94 });
    const east = projectToMap({ lat: 45, lng: -93 });
    expect((east.x - origin.x) / (origin.y - north.y)).to.be.closeTo(Math.cos(Math.PI / 4), 1e-9);
  });

  it('draws Minnesota first, then its four neighbours, as integer SVG path data', () => {
    expect(MAP_STATES.map(({ id }) => id)).to.deep.equal(['MN', 'WI', 'IA', 'SD', 'ND']);
    for (const { d } of MAP_STATES) expect(d).to.match(/^(M-?\d+[ -]-?\d+l[-\d ]+z)+$/);
  });

  it("places each clinic inside Minnesota as drawn, and neighbours' cities in their states", () => {
    // The browser's own geometry answers "is this point inside that outline".
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', MAP_VIEW_BOX.join(' '));
    document.body.append(svg);
    const outline = new Map(
      MAP_STATES.map(({ id, d }) => {
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', d);
        svg.append(path);
        return [id, path];
      }),
    );
    const stateAt = (lat: number, lng: number): string[] => {
      const { x, y } = projectToMap({ lat, lng });
      return [...outline]
        .filter(([, path]) => path.isPointInFill(new DOMPoint(x, y)))
        .map(([id]) => id);
    };
    try {
      for (const place of DEFAULT_CONFIG.clinics)
        expect(stateAt(place.lat, place.lng), place.id).to.deep.equal(['MN']);
      expect(stateAt(46.81, -100.78), 'Bismarck').to.deep.equal(['ND']);
      expect(stateAt(43.55, -96.73), 'Sioux Falls').to.deep.equal(['SD']);
      expect(stateAt(41.59, -93.62), 'Des Moines').to.deep.equal(['IA']);
      expect(stateAt(43.07, -89.4), 'Madison').to.deep.equal(['WI']);
    } finally {
      svg.remove();
    }
  });
});
