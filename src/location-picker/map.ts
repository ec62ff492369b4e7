import { nothing, svg } from 'lit';
import type { Clinic } from '../config/schema.js';
import type { LatLng } from '../geo/distance.js';
import { layoutMap } from '../geo/map-layout.js';
import type { MapBox, PlacedPoint } from '../geo/map-layout.js';
import { MAP_METRO, MAP_PLACES, MAP_STATES } from '../geo/map-data.js';

/** What the map shows and how it talks back to the list. */
export interface MapInput {
  readonly clinics: readonly Clinic[];
  readonly box: MapBox;
  readonly chosen?: string;
  /** The clinic highlighted from the list (hover or focus), or from the map. */
  readonly hot?: string;
  /** Where distances are measured from, with its label ("You", "Race"). */
  readonly origin?: { readonly at: LatLng; readonly label: string };
  /** The origin's label when it is beyond the map, from its compass point (0: north). */
  readonly farLabel: (compassPoint: number) => string;
  /** A label's width in pixels, in the map's font. */
  readonly measure?: (text: string) => number;
  readonly onHot: (clinicId?: string) => void;
  readonly onChoose: (clinicId: string) => void;
}

const PLACES = MAP_PLACES.map(({ label, lat, lng }) => ({ label, at: { lat, lng } }));

/** A point's label, with a thin line back to the point when it had to stand off. */
const label = ({ x, y, label }: PlacedPoint) =>
  label
    ? svg`${
        label.leader
          ? svg`<line x1=${x} y1=${y} x2=${(label.rect[0] + label.rect[2]) / 2} y2=${(label.rect[1] + label.rect[3]) / 2}></line>`
          : nothing
      }<text x=${label.x} y=${label.y} text-anchor=${label.anchor}>${label.text}</text>`
    : nothing;

/**
 * The states around the clinics, the metro area and a few reference places drawn lightly,
 * fitted to the clinics and the visitor (or, for a far visitor, with an arrow on the edge
 * towards them), each pin labelled with its city. Hidden from screen readers and out of the
 * tab order: the list says all of it, and its rows do everything a pin does. A pointer can
 * still pick a clinic on the map.
 */
export function renderMap(input: MapInput) {
  const { clinics, box, chosen, hot, onHot, onChoose } = input;
  const layout = layoutMap(
    {
      clinics: clinics.map(({ lat, lng, city }) => ({ at: { lat, lng }, label: city })),
      origin: input.origin,
      farLabel: input.farLabel,
      places: PLACES,
    },
    box,
    input.measure,
  );
  const { scale, dx, dy } = layout;
  const at = layout.origin;
  return svg`<svg part="map" viewBox="0 0 ${box.width} ${box.height}" aria-hidden="true">
    <g transform="translate(${dx} ${dy}) scale(${scale})">
      ${MAP_STATES.map(({ id, d }) => svg`<path class=${id} d=${d}></path>`)}
      <path class="metro" d=${MAP_METRO} transform="scale(0.1)"></path>
    </g>
    ${layout.places.map(
      (place) =>
        svg`<g class="place"><circle cx=${place.x} cy=${place.y} r=${box.em * 0.2}></circle>${label(place)}</g>`,
    )}
    ${clinics.map(({ id }, i) => {
      const pin = layout.clinics[i];
      return svg`<g
        class="pin ${id === chosen ? 'chosen' : ''} ${id === hot ? 'hot' : ''}"
        @click=${() => onChoose(id)}
        @pointerenter=${() => onHot(id)}
        @pointerleave=${() => onHot()}
      >
        <circle cx=${pin.x} cy=${pin.y} r=${box.em * 0.45}></circle>${label(pin)}
      </g>`;
    })}
    ${
      at
        ? svg`<g class="origin">${
            'angle' in at
              ? svg`<path class="edge" d="M0-.6L1.2 0 0 .6z" transform="translate(${at.x} ${at.y}) rotate(${(at.angle * 180) / Math.PI}) scale(${box.em})"></path>`
              : svg`<rect x=${at.x - 5} y=${at.y - 5} width="10" height="10"></rect>`
          }${label(at)}</g>`
        : nothing
    }
  </svg>`;
}
