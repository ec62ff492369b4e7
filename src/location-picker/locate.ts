/**
 * Where the picker measures distances from, and what it tells the visitor on the way: the
 * browser's geolocation (asked only when the visitor presses the button) or a ZIP code or town
 * resolved offline. Only the latest request may change the origin: a slow ZIP file never
 * overrides a newer location. A visitor's request that fails clears the origin: no distance
 * from an earlier search stays on screen beside the error. DOM-free (geolocation and the ZIP loader are handed in), in the shape of a Lit
 * reactive controller: the element passes a callback that re-renders it.
 * @internal
 */
import type { LatLng } from '../geo/distance.js';
import { readQuery } from '../geo/place-search.js';
import type { FoundPlace, PlaceQuery } from '../geo/place-search.js';
import { DamagedZipData } from '../geo/zip-load.js';
import type { PickerStrings } from './strings.js';

/** Where the origin came from: the visitor's device, a typed ZIP, or the page's `near`. */
export type OriginSource = 'device' | 'zip' | 'near';

/** What the live region says; `place` is set for the sorted-from and not-found messages. */
export interface Note {
  readonly kind:
    | 'working'
    | 'sorted'
    | 'badZip'
    | 'notFound'
    | 'townNotFound'
    | 'zipLoadFailed'
    | 'zipDamaged'
    | 'denied'
    | 'timeout'
    | 'unavailable';
  readonly place?: string;
}

/** The note in words. */
export function statusText(t: PickerStrings, note: Note | undefined): string {
  if (!note) return '';
  const { kind, place = '' } = note;
  if (kind === 'sorted') return place ? t.sortedFromZip(place) : t.sortedFromYou;
  if (kind === 'notFound') return t.notFound(place);
  return kind === 'townNotFound' ? t.townNotFound(place) : t[kind];
}

/** True when the note is about what the visitor typed in the search field. */
export const isZipProblem = (note: Note | undefined) =>
  note?.kind === 'badZip' || note?.kind === 'notFound' || note?.kind === 'townNotFound';

/** True when the note says the device gave no location: the visitor is sent to the field. */
export const isLocationProblem = (note: Note | undefined) =>
  note?.kind === 'denied' || note?.kind === 'timeout' || note?.kind === 'unavailable';

/** True when the note reports something that went wrong (shown as an error). */
export const isProblem = (note: Note | undefined) =>
  !!note && note.kind !== 'working' && note.kind !== 'sorted';

/** How long to wait for an answer from geolocation; some browsers never answer a dismissed prompt. */
const LOCATE_TIMEOUT_MS = 10_000;

export class Locator {
  /** Where distances are measured from, once known. */
  origin?: LatLng;
  source?: OriginSource;
  note?: Note;
  #request = 0;

  /**
   * @param changed called after every change of `origin` or `note` (the element re-renders).
   * @param findPlace finds a place in the ZIP file, fetched (once) and decoded.
   */
  constructor(
    private readonly changed: () => void,
    private readonly findPlace: (query: PlaceQuery) => Promise<FoundPlace | undefined>,
  ) {}

  /** `origin` `null`: the request failed, and the last origin goes with it. */
  #say(request: number, note?: Note, origin?: LatLng | null, source?: OriginSource): void {
    if (request !== this.#request) return;
    this.note = note;
    if (origin !== undefined) {
      this.origin = origin ?? undefined;
      this.source = origin ? source : undefined;
    }
    this.changed();
  }

  /**
   * Sorts from `text`: a ZIP code (ZIP+4 too) or a town in Minnesota or a neighbouring state.
   * For the page's `near` (`source` `'near'`) a bad or unknown place goes to the console, not to
   * the visitor, who asked nothing; ZIP data that cannot load is said to the visitor either way
   * (their own search would fail too), beside the call link.
   */
  async fromZip(text: string, source: 'zip' | 'near' = 'zip'): Promise<void> {
    const request = ++this.#request;
    const fail = (kind: Note['kind'], place = text.trim()) => {
      const dataFailed = kind === 'zipLoadFailed' || kind === 'zipDamaged';
      if (source === 'near' && !dataFailed) {
        if (request === this.#request)
          console.warn(`ispine-location-picker: near="${text}": ${kind}`);
        // "Searching…" goes: the list stays as it was.
        this.#say(request, undefined);
      } else this.#say(request, { kind, place }, null);
    };
    const query = readQuery(text);
    if (!query) return fail('badZip');
    this.#say(request, { kind: 'working' });
    let found;
    try {
      found = await this.findPlace(query);
    } catch (error) {
      return fail(error instanceof DamagedZipData ? 'zipDamaged' : 'zipLoadFailed');
    }
    if (found) this.#say(request, { kind: 'sorted', place: found.label }, found.at, source);
    else if (query.kind === 'zip') fail('notFound', query.zip);
    else fail('townNotFound');
  }

  /** Sorts from the visitor's position, after the browser asks them. */
  fromDevice(geolocation: Geolocation | undefined): void {
    const request = ++this.#request;
    const fail = (kind: Note['kind']) => {
      clearTimeout(timer);
      this.#say(request, { kind }, null);
    };
    const timer = setTimeout(() => fail('timeout'), LOCATE_TIMEOUT_MS + 500);
    if (!geolocation) return fail('unavailable');
    this.#say(request, { kind: 'working' });
    geolocation.getCurrentPosition(
      ({ coords }) => {
        clearTimeout(timer);
        this.#say(
          request,
          { kind: 'sorted' },
          { lat: coords.latitude, lng: coords.longitude },
          'device',
        );
      },
      ({ code }) => fail(code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable'),
      { timeout: LOCATE_TIMEOUT_MS, maximumAge: 600_000 },
    );
  }
}
