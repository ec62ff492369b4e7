import { html, nothing, svg } from 'lit';
import type { Clinic } from '../config/schema.js';
import type { LatLng } from '../geo/distance.js';
import { projectToMap } from '../geo/map.js';
import { MAP_STATES, MAP_VIEW_BOX } from '../geo/map-data.js';

function dot(point: LatLng, className: string) {
  const { x, y } = projectToMap(point);
  return svg`<circle class=${className} cx=${x.toFixed(1)} cy=${y.toFixed(1)} r="4"></circle>`;
}

/**
 * Minnesota and its neighbours with a dot per clinic (the chosen one marked) and the visitor's
 * point when known. Drawn from build-time data: no tiles, no requests. Hidden from screen
 * readers: the list beside it says everything the map shows.
 */
export function renderMap(clinics: readonly Clinic[], chosen?: string, visitor?: LatLng) {
  return html`<svg part="map" viewBox=${MAP_VIEW_BOX.join(' ')} aria-hidden="true">
    ${MAP_STATES.map(({ id, d }) => svg`<path class=${id} d=${d}></path>`)}
    ${clinics.map((clinic) => dot(clinic, clinic.id === chosen ? 'chosen' : 'clinic'))}
    ${visitor ? dot(visitor, 'you') : nothing}
  </svg>`;
}
