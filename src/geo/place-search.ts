/**
 * What a visitor types in the picker's search field, read as a place: a ZIP code (a ZIP+4 is
 * read as its first five digits) or a town in Minnesota or a neighbouring state, found in the
 * ZIP asset's town list. Town names compare without case, accents or punctuation, and "St." is
 * "Saint" as USPS writes it; a state after the name ("Hudson, WI") picks among namesakes, else
 * the first state in the list (Minnesota) wins.
 * @internal
 */
import type { LatLng } from './distance.js';
import { lookupZip, placeOfRow } from './zip-lookup.js';
import type { ZipIndex } from './zip-lookup.js';

/** The search text read as a ZIP code or a town name (with its state, when given). */
export type PlaceQuery =
  | { readonly kind: 'zip'; readonly zip: string }
  | { readonly kind: 'town'; readonly name: string; readonly state?: string };

/** A place found: where it is and how to name it to the visitor ("55369", "Saint Cloud, MN"). */
export interface FoundPlace {
  readonly at: LatLng;
  readonly label: string;
}

/** Lower case, no accents or punctuation, abbreviations spelled out as USPS does. */
const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bmt\b/g, 'mount')
    .trim();

/** Reads the search text; undefined when it is neither five digits (plus four) nor a name. */
export function readQuery(text: string): PlaceQuery | undefined {
  const trimmed = text.trim();
  const zip = /^(\d{5})(?:[-\s]?\d{4})?$/.exec(trimmed);
  if (zip) return { kind: 'zip', zip: zip[1] };
  if (!/\p{L}/u.test(trimmed) || /\d/.test(trimmed)) return undefined;
  const withState = /^(.+?)[,\s]+([a-z]{2})$/i.exec(trimmed);
  return withState
    ? { kind: 'town', name: withState[1], state: withState[2].toUpperCase() }
    : { kind: 'town', name: trimmed };
}

/** The place `query` names in `index`, or undefined when there is none. */
export function findPlace(index: ZipIndex, query: PlaceQuery): FoundPlace | undefined {
  if (query.kind === 'zip') {
    const at = lookupZip(index, query.zip);
    return at && { at, label: query.zip };
  }
  const named = (name: string, state?: string) => {
    const wanted = fold(name);
    return index.towns.find(
      (town) => (!state || town.state === state) && fold(town.name) === wanted,
    );
  };
  // "Sartell MN" is a town and a state; a town whose name ends in two letters is itself first.
  const town =
    (query.state && named(`${query.name} ${query.state}`)) || named(query.name, query.state);
  return town && { at: placeOfRow(index, town.row), label: `${town.name}, ${town.state}` };
}
