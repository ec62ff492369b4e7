/**
 * Where the picker measures distances from, and what it tells the visitor on the way: the
 * browser's geolocation (asked only when the visitor presses the button) or a ZIP code resolved
 * offline. Only the latest request may change the origin: a slow ZIP file never overrides a
 * newer location. DOM-free (geolocation and the ZIP loader are handed in), in the shape of a Lit
 * reactive controller: the element passes a callback that re-renders it.
 * @internal
 */
import type { LatLng } from '../geo/distance.js';
import { DamagedZipData, isZipCode, lookupZip } from '../geo/zip-lookup.js';
import type { ZipIndex } from '../geo/zip-lookup.js';
import type { PickerStrings } from './strings.js';

/** Where the origin came from: the visitor's device, a typed ZIP, or the page's `near`. */
export type OriginSource = 'device' | 'zip' | 'near';

/** What the live region says; `zip` is set for the sorted-from and not-found messages. */
export interface Note {
  readonly kind:
    | 'working'
    | 'sorted'
    | 'badZip'
    | 'notFound'
    | 'zipLoadFailed'
    | 'zipDamaged'
    | 'denied'
    | 'timeout'
    | 'unavailable';
  readonly zip?: string;
}

/** The note in words. */
export function statusText(t: PickerStrings, note: Note | undefined): string {
  if (!note) return '';
  const { kind, zip = '' } = note;
  if (kind === 'sorted') return zip ? t.sortedFromZip(zip) : t.sortedFromYou;
  return kind === 'notFound' ? t.notFound(zip) : t[kind];
}

/** True when the note is about what the visitor typed in the ZIP field. */
export const isZipProblem = (note: Note | undefined) =>
  note?.kind === 'badZip' || note?.kind === 'notFound';

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
   * @param loadZips fetches (once) and decodes the ZIP file.
   */
  constructor(
    private readonly changed: () => void,
    private readonly loadZips: () => Promise<ZipIndex>,
  ) {}

  #say(request: number, note: Note, origin?: LatLng, source?: OriginSource): void {
    if (request !== this.#request) return;
    this.note = note;
    if (origin) {
      this.origin = origin;
      this.source = source;
    }
    this.changed();
  }

  /**
   * Sorts from `zip`. For the page's `near` (`source` `'near'`) problems go to the console,
   * not to the visitor, who asked nothing.
   */
  async fromZip(zip: string, source: 'zip' | 'near' = 'zip'): Promise<void> {
    const request = ++this.#request;
    const fail = (kind: Note['kind']) => {
      if (source === 'near') {
        if (request === this.#request)
          console.warn(`ispine-location-picker: near="${zip}": ${kind}`);
      } else this.#say(request, { kind, zip });
    };
    if (!isZipCode(zip)) return fail('badZip');
    this.#say(request, { kind: 'working' });
    let at: LatLng | undefined;
    try {
      at = lookupZip(await this.loadZips(), zip);
    } catch (error) {
      return fail(error instanceof DamagedZipData ? 'zipDamaged' : 'zipLoadFailed');
    }
    if (at) this.#say(request, { kind: 'sorted', zip }, at, source);
    else fail('notFound');
  }

  /** Sorts from the visitor's position, after the browser asks them. */
  fromDevice(geolocation: Geolocation | undefined): void {
    const request = ++this.#request;
    const fail = (kind: Note['kind']) => {
      clearTimeout(timer);
      this.#say(request, { kind });
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
