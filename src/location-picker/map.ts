import { nothing, svg } from 'lit';
import type { Clinic } from '../config/schema.js';
import type { LatLng } from '../geo/distance.js';
import { layoutMap } from '../geo/map-layout.js';
import type { MapBox, PlacedPoint } from '../geo/map-layout.js';
import { MAP_STATES } from '../geo/map-data.js';

/** What the map shows and how it talks back to the list. */
export interface MapInput {
  readonly clinics: readonly Clinic[];
  readonly box: MapBox;
  readonly chosen?: string;
  /** The clinic highlighted from the list (hover or focus), or from the map. */
  readonly hot?: string;
  /** Where distances are measured from, with its label ("You", "Race"). */
  readonly origin?: { readonly at: LatLng; readonly label: string };
  readonly onHot: (clinicId?: string) => void;
  readonly onChoose: (clinicId: string) => void;
}

const label = (point: PlacedPoint, text: string) =>
  svg`<text x=${point.labelX} y=${point.labelY} text-anchor=${point.anchor}>${text}</text>`;

/**
 * The states around the clinics, fitted to the clinics and the origin, each pin labelled with
 * its city. Hidden from screen readers and out of the tab order: the list says all of it, and
 * its rows do everything a pin does. A pointer can still pick a clinic on the map.
 */
export function renderMap({ clinics, box, chosen, hot, origin, onHot, onChoose }: MapInput) {
  const points = clinics.map(({ lat, lng, city }) => ({ at: { lat, lng }, label: city }));
  const { scale, dx, dy, points: placed } = layoutMap(origin ? [origin, ...points] : points, box);
  const pins = origin ? placed.slice(1) : placed;
  return svg`<svg part="map" viewBox="0 0 ${box.width} ${box.height}" aria-hidden="true">
    <g transform="translate(${dx} ${dy}) scale(${scale})">
      ${MAP_STATES.map(({ id, d }) => svg`<path class=${id} d=${d}></path>`)}
    </g>
    ${clinics.map(({ id, city }, i) => {
      const pin = pins[i];
      return svg`<g
        class="pin ${id === chosen ? 'chosen' : ''} ${id === hot ? 'hot' : ''}"
        @click=${() => onChoose(id)}
        @pointerenter=${() => onHot(id)}
        @pointerleave=${() => onHot()}
      >
        <circle cx=${pin.x} cy=${pin.y} r=${box.em * 0.45}></circle>${label(pin, city)}
      </g>`;
    })}
    ${
      origin
        ? svg`<g class="origin"><rect x=${placed[0].x - 5} y=${placed[0].y - 5} width="10" height="10"></rect>${label(placed[0], origin.label)}</g>`
        : nothing
    }
  </svg>`;
}
