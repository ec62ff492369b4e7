import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { WEEKDAYS } from '../config/schema.js';
import type { Clinic } from '../config/schema.js';
import { contactFor } from '../core/contact.js';
import { emit } from '../core/events.js';
import { formatPhone, telHref } from '../core/phone.js';
import { selectClinic } from '../core/state.js';
import { hostStyles } from '../core/styles.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import { sortByDistance } from '../geo/distance.js';
import type { LatLng } from '../geo/distance.js';
import { openStatus } from '../geo/hours.js';
import type { ClinicTime } from '../geo/hours.js';
import { isZipCode, loadZipIndex, lookupZip } from '../geo/zip-lookup.js';
import { styles } from './location-picker.styles.js';
import { renderMap } from './map.js';
import { STRINGS } from './strings.js';

type Strings = (typeof STRINGS)['en'];

/**
 * A message in the live region, kept as a function so it follows a change of language; `zip`
 * marks a problem with the typed ZIP code, `error` any other problem.
 */
type Note = [text: (t: Strings) => string, problem?: 'zip' | 'error'];

/** `"08:00"` or minutes after midnight → `8:00 AM` (`8:00 a. m.` in Spanish). */
function clockTime(t: Strings, time: string | number): string {
  const minutes = typeof time === 'number' ? time : +time.slice(0, 2) * 60 + +time.slice(3);
  const hour = Math.floor(minutes / 60) % 24;
  return `${hour % 12 || 12}:${String(minutes % 60).padStart(2, '0')} ${hour < 12 ? t.am : t.pm}`;
}

/** A closing or opening time; the weekday only when it is not today. */
const when = (t: Strings, at: ClinicTime) =>
  (at.daysAhead ? `${t.days[WEEKDAYS.indexOf(at.day)]} ` : '') + clockTime(t, at.minutes);

/**
 * The clinics, nearest first once the visitor shares their location or types a ZIP code. Choosing
 * a clinic makes it the page's selected clinic, which call/book buttons without `clinic` follow.
 * ZIP codes resolve offline from `ispine-zips.bin`, fetched only when a ZIP is submitted (or when
 * `near` is set); the browser's location is asked for only when the visitor presses the button.
 *
 * @summary Clinic list with distance sorting, opening hours, directions and a choice of clinic.
 * @tag ispine-location-picker
 * @slot - Fallback shown before the script runs and while the configuration loads.
 * @fires ispine-location-change - The visitor chose a clinic (never when the page sets `selected`). Detail: `{ clinicId }`.
 * @fires ispine-directions - The visitor followed a directions link. Detail: `{ clinicId }`.
 * @csspart base - The wrapper around everything.
 * @csspart locate - The "Use my location" button.
 * @csspart zip-form - The ZIP code form (`zip-input`, `zip-submit` inside).
 * @csspart zip-input - The ZIP code field.
 * @csspart zip-submit - The button that sorts by the typed ZIP code.
 * @csspart status - The polite live region: sorting done, or what went wrong.
 * @csspart map - The offline map (decorative).
 * @csspart list - The list of clinics.
 * @csspart clinic - One clinic; the chosen one also has the part `chosen`.
 * @csspart distance - A clinic's distance in miles.
 * @csspart hours - A clinic's weekly hours, when configured.
 * @csspart open-status - "Open now" or "Closed — opens …", when hours are configured.
 * @csspart phone - A clinic's `tel:` link.
 * @csspart directions - A clinic's directions link (opens a map in a new tab).
 * @csspart choose - A clinic's "Choose this clinic" toggle button (`aria-pressed`).
 * @cssproperty --ispine-color-primary - Accent and chosen-clinic colour.
 * @cssproperty --ispine-color-on-primary - Text on the accent colour.
 * @cssproperty --ispine-radius - Corner radius.
 * @cssproperty --ispine-font-family - Font (default: inherited from the page).
 */
export class LocationPicker extends WidgetElement {
  static override styles = [hostStyles, styles];

  static override properties = {
    selected: REFLECTED,
    near: {},
    zipDataUrl: { attribute: 'zip-data-url' },
    now: { attribute: false },
    note: { state: true },
  };

  /** The chosen clinic's id. Setting it selects that clinic page-wide, without an event. */
  selected?: string;

  /** A US ZIP code to sort from on load, with no prompt (e.g. a race venue). Loads the ZIP data. */
  near?: string;

  /**
   * Where the ZIP data file is. Default: `ispine-zips.bin` next to the drop-in script, or
   * `/dist/ispine-zips.bin` when the elements were bundled (set this attribute then).
   */
  zipDataUrl?: string;

  /** The time "Open now" is computed for; default: the real clock. For previews and tests. */
  now?: Date;

  /** Where distances are measured from: a ZIP code's centre or the visitor's position. */
  #origin?: LatLng;

  private note?: Note;

  /** Only the latest ZIP or location request may change the list. */
  #request = 0;

  #tick?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" must not go stale on a page left open; a render per minute costs nothing.
    this.#tick = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const pageChoice = this.page.selectedClinicId;
    if (changed.has('selected')) {
      if (this.selected) selectClinic(this.selected);
    } else if (pageChoice && pageChoice !== this.selected) {
      this.selected = pageChoice;
    }
    if (changed.has('near') && this.near !== undefined) void this.#sortFromZip(this.near, true);
  }

  /** Sorts from `at` and says so, unless a newer request has started since `request`. */
  #sortFrom(request: number, at: LatLng, zip?: string): void {
    if (request !== this.#request) return;
    this.#origin = at;
    this.note = [(t) => `${t.sortedFrom} ${zip ?? t.you}`];
  }

  /** Sorts from `zip`; for `near` (`quiet`), problems go to the console, not the visitor. */
  async #sortFromZip(zip: string, quiet = false): Promise<void> {
    const request = ++this.#request;
    const fail = (text: Note[0], problem: Note[1] = 'zip') => {
      if (request !== this.#request) return;
      if (quiet) console.warn(`ispine-location-picker: near="${zip}": ${text(STRINGS.en)}`);
      else this.note = [text, problem];
    };
    if (!isZipCode(zip)) return fail((t) => t.badZip);
    this.note = [(t) => t.working];
    try {
      const at = lookupZip(
        await loadZipIndex(
          this.zipDataUrl ?? new URL('ispine-zips.bin', this.page.loader.filesUrl).href,
        ),
        zip,
      );
      if (at) this.#sortFrom(request, at, zip);
      else fail((t) => `${t.notFound} ${zip}`);
    } catch {
      fail((t) => t.zipLoadFailed, 'error');
    }
  }

  #locate(): void {
    const request = ++this.#request;
    const fail = (text: Note[0]) => {
      clearTimeout(timer);
      if (request === this.#request) this.note = [text, 'error'];
    };
    const geolocation = navigator.geolocation as Geolocation | undefined;
    // Some browsers never answer when the permission prompt is dismissed; don't wait forever.
    const timer = setTimeout(() => fail((t) => t.timeout), 10_500);
    if (!geolocation) return fail((t) => t.unavailable);
    this.note = [(t) => t.working];
    geolocation.getCurrentPosition(
      ({ coords }) => {
        clearTimeout(timer);
        this.#sortFrom(request, { lat: coords.latitude, lng: coords.longitude });
      },
      ({ code }) => fail((t) => (code === 1 ? t.denied : code === 3 ? t.timeout : t.unavailable)),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }

  #choose(clinicId: string): void {
    if (clinicId === this.selected) return;
    this.selected = clinicId;
    selectClinic(clinicId);
    emit(this, 'ispine-location-change', { clinicId });
  }

  #renderClinic(t: Strings, clinic: Clinic, miles: number | undefined, partner?: string) {
    const { config } = this.page;
    const { id, name, street, city, state, zip, hours } = clinic;
    const chosen = id === this.selected;
    const phone = contactFor(config, id, partner).phone;
    const place = `${city}, ${state}${zip ? ` ${zip}` : ''}`;
    const directions = `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(
      street ? `${street}, ${place}` : `${clinic.lat},${clinic.lng}`,
    )}`;
    const status = hours ? openStatus(hours, this.now ?? new Date()) : undefined;
    const openNow =
      status?.state === 'open'
        ? t.openNow + (status.closes ? ` · ${t.until} ${when(t, status.closes)}` : '')
        : status?.state === 'closed'
          ? t.closed + (status.opens ? ` — ${t.opens} ${when(t, status.opens)}` : '')
          : '';
    const rounded = Math.round(miles ?? 0);
    return html`<li part=${chosen ? 'clinic chosen' : 'clinic'}>
      <p class="head">
        <strong>${name}</strong>
        ${
          miles === undefined
            ? nothing
            : html`<span part="distance"
                ><span aria-hidden="true">${rounded || '<1'} mi</span
                ><span class="visually-hidden">${t.milesAway(rounded)}</span></span
              >`
        }
        ${chosen ? html`<span class="badge primary">${t.chosen}</span>` : nothing}
      </p>
      <p>${street ? html`${street}<br />` : nothing}${place}</p>
      ${openNow ? html`<p part="open-status">${openNow}</p>` : nothing}
      ${
        hours
          ? html`<dl part="hours">
              ${WEEKDAYS.map((day, i) => {
                const periods = hours[day];
                return periods
                  ? html`<div>
                      <dt>${t.days[i]}</dt>
                      <dd>
                        ${
                          periods
                            .map(
                              ([open, close]) => `${clockTime(t, open)} – ${clockTime(t, close)}`,
                            )
                            .join(', ') || t.closed
                        }
                      </dd>
                    </div>`
                  : nothing;
              })}
            </dl>`
          : nothing
      }
      <div class="actions">
        <a part="phone" href=${telHref(phone)}
          ><span class="visually-hidden">${t.call} ${name},</span> ${formatPhone(phone)}</a
        >
        <a
          part="directions"
          href=${directions}
          target="_blank"
          rel="noopener"
          @click=${() => emit(this, 'ispine-directions', { clinicId: id })}
          >${t.directions} <span class="visually-hidden">${name} ${t.newTab}</span></a
        >
        <button part="choose" aria-pressed=${chosen} @click=${() => this.#choose(id)}>
          ${t.choose} <span class="visually-hidden">${name}</span>
        </button>
      </div>
    </li>`;
  }

  protected override renderWidget() {
    const { config } = this.page;
    const t = STRINGS[this.language];
    const partner = this.partnerId;
    const { note } = this;
    const origin = this.#origin;
    const { items, miles } = origin
      ? sortByDistance(config.clinics, origin)
      : { items: config.clinics, miles: undefined };
    return html`<div part="base">
      <div class="controls">
        <button part="locate" class="primary" type="button" @click=${this.#locate}>
          ${t.locate}
        </button>
        <form
          part="zip-form"
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const input = (event.target as HTMLFormElement).elements.namedItem('zip');
            void this.#sortFromZip((input as HTMLInputElement).value.trim());
          }}
        >
          <label for="zip">${t.zipLabel}</label>
          <input
            part="zip-input"
            id="zip"
            name="zip"
            inputmode="numeric"
            autocomplete="postal-code"
            aria-describedby=${note?.[1] === 'zip' ? 'status' : nothing}
            aria-invalid=${note?.[1] === 'zip' ? 'true' : nothing}
          />
          <button part="zip-submit">${t.zipSubmit}</button>
        </form>
      </div>
      <p part="status" id="status" role="status">${note?.[0](t)}</p>
      ${renderMap(config.clinics, this.selected, origin)}
      <ol part="list">
        ${items.map((clinic, i) => this.#renderClinic(t, clinic, miles?.[i], partner))}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-location-picker': LocationPicker;
  }
}
