import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { emit } from '../core/events.js';
import { formatPhone, telHref } from '../core/phone.js';
import { selectClinic } from '../core/state.js';
import { hostStyles } from '../core/styles.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import type { MapBox } from '../geo/map-layout.js';
import { loadZipIndex } from '../geo/zip-lookup.js';
import { isZipProblem, Locator, statusText } from './locate.js';
import { styles } from './location-picker.styles.js';
import { renderMap } from './map.js';
import { clinicList } from './rows.js';
import type { ClinicList, ClinicRow } from './rows.js';
import { STRINGS } from './strings.js';
import { localized } from '../core/strings.js';
import type { PickerStrings } from './strings.js';

/**
 * The clinics as a store locator: a list beside a map when the widget is wide enough (stacked
 * when narrow), nearest first once the visitor shares their location or types a ZIP code, in a
 * card whose height depends only on its width and text size (the list scrolls inside). Choosing
 * a clinic makes it the page's selected clinic, which call/book buttons without `clinic` follow.
 * `variant="nearest"` is one line instead: the nearest clinic, its distance, call and directions.
 * ZIP codes resolve offline from `ispine-zips.bin`, fetched only when a ZIP is submitted (or when
 * `near` is set); the browser's location is asked for only when the visitor presses the button.
 *
 * @summary Store locator for the clinics: distance sorting, map, hours, directions, a choice of clinic.
 * @tag ispine-location-picker
 * @slot - Fallback shown before the script runs and while the configuration loads.
 * @fires ispine-location-change - The visitor chose a clinic (never when the page sets `selected`). Detail: `{ clinicId }`.
 * @fires ispine-directions - The visitor followed a directions link. Detail: `{ clinicId }`.
 * @csspart fallback - The call link shown if the widget fails to render.
 * @csspart base - The card around everything.
 * @csspart heading - The title ("Find a clinic near you"), unless `heading=""`.
 * @csspart locate - The "Use my location" button.
 * @csspart zip-form - The ZIP code form (`zip-input`, `zip-submit` inside).
 * @csspart zip-input - The ZIP code field.
 * @csspart zip-submit - The button that sorts by the typed ZIP code.
 * @csspart status - The polite live region: sorting done, or what went wrong (in `nearest`: the whole line's text).
 * @csspart notice - "Our nearest clinic is … miles away", beyond `outOfAreaMiles`.
 * @csspart list-phone - The one number for every clinic, above the list.
 * @csspart map - The offline map (decorative; pins can be clicked).
 * @csspart list - The scrolling list of clinics.
 * @csspart clinic - One clinic; also `nearest` for the first of a sorted list, `chosen` for the chosen one.
 * @csspart distance - A clinic's distance in miles.
 * @csspart open-status - "Open now · until 5:00 PM" or "Closed · opens …" and today's hours, when configured.
 * @csspart hours - The week's hours behind a disclosure, when configured.
 * @csspart phone - A `tel:` link: per clinic when numbers differ, in the notice, and in `nearest`.
 * @csspart directions - A directions link (opens a map in a new tab).
 * @csspart choose - "Choose this clinic"; on the chosen clinic it reads "Your clinic" (`aria-current`).
 * @cssproperty [--ispine-picker-height=36em] - The card's height (`6em` for `variant="nearest"`).
 * @cssproperty [--ispine-font-size=1em] - Text size (default: the page's).
 * @cssproperty [--ispine-color-primary=#0b5394] - Accent and chosen-clinic colour.
 * @cssproperty [--ispine-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssproperty [--ispine-color-open=#1e6b2e] - Background of "Open now" (white text).
 * @cssproperty [--ispine-color-closed=#a3261b] - Background of "Closed" (white text).
 * @cssproperty [--ispine-radius=8px] - Corner radius.
 * @cssproperty [--ispine-font-family=inherit] - Font (default: inherited from the page).
 */
export class LocationPicker extends WidgetElement {
  static override styles = [hostStyles, styles];

  static override properties = {
    selected: REFLECTED,
    near: {},
    variant: REFLECTED,
    heading: {},
    zipDataUrl: { attribute: 'zip-data-url' },
    now: { attribute: false },
    // `attribute: false` beside `state`: the manifest analyzer reads only the former.
    hot: { state: true, attribute: false },
    box: { state: true, attribute: false },
  };

  /** The chosen clinic's id. Setting it selects that clinic page-wide, without an event. */
  selected?: string;

  /** A US ZIP code to sort from on load, with no prompt (e.g. a race venue). Loads the ZIP data. */
  near?: string;

  /** `full` (default): list and map; `nearest`: one line with the nearest clinic. */
  variant?: 'full' | 'nearest';

  /** The visible title; absent: "Find a clinic near you" (translated); `""`: no title. */
  heading?: string | null;

  /**
   * Where the ZIP data file is. Default: `ispine-zips.bin` next to the drop-in script, or
   * `/dist/ispine-zips.bin` when the elements were bundled (set this attribute then).
   */
  zipDataUrl?: string;

  /** The time "Open now" is computed for; default: the real clock. For previews and tests. */
  now?: Date;

  /** The clinic highlighted in both the list and the map (hover or focus). @internal */
  private hot?: string;

  /**
   * The map's size in pixels and its label size, once measured: the map is drawn only then, once,
   * at its real size, in the frame after the list's first paint. Its box is already laid out, so
   * nothing moves when it appears. @internal
   */
  private box?: MapBox;

  #locator = new Locator(
    () => this.requestUpdate(),
    () =>
      loadZipIndex(this.zipDataUrl ?? new URL('ispine-zips.bin', this.page.loader.filesUrl).href),
  );

  #tick?: ReturnType<typeof setInterval>;

  /** The pending map draw (an animation frame id). */
  #drawMap = 0;

  /** The map element the resize observer watches. */
  #observedMap?: Element;

  /**
   * Redraws the map when its size or text size changes (not when it is merely observed again),
   * in the next frame: the rest of the card is not held back by the map.
   */
  #resize = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    const em = parseFloat(getComputedStyle(entry.target).fontSize);
    const { box } = this;
    cancelAnimationFrame(this.#drawMap);
    if (!width || !height || (width === box?.width && height === box.height && em === box.em)) {
      return;
    }
    this.#drawMap = requestAnimationFrame(() => (this.box = { width, height, em }));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" must not go stale on a page left open; a render per minute costs nothing.
    this.#tick = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
    cancelAnimationFrame(this.#drawMap);
    this.#resize.disconnect();
    this.#observedMap = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const pageChoice = this.page.selectedClinicId;
    if (changed.has('selected')) {
      if (this.selected) selectClinic(this.selected);
    } else if (pageChoice && pageChoice !== this.selected) {
      this.selected = pageChoice;
    }
    if (changed.has('near') && this.near != null) void this.#locator.fromZip(this.near, 'near');
  }

  /** Watches the map's box: once per map element (a new one after a change of variant). */
  protected override updated(): void {
    const map = this.renderRoot.querySelector('.map') ?? undefined;
    if (map === this.#observedMap) return;
    this.#resize.disconnect();
    this.#observedMap = map;
    if (map) this.#resize.observe(map);
  }

  #choose(clinicId: string): void {
    if (clinicId === this.selected) return;
    this.selected = clinicId;
    selectClinic(clinicId);
    emit(this, 'ispine-location-change', { clinicId });
  }

  /** A pin was clicked: choose its clinic and bring its row into view. */
  #chooseOnMap(clinicId: string): void {
    this.#choose(clinicId);
    this.renderRoot
      .querySelector(`[data-id="${clinicId}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  #locate(): void {
    this.#locator.fromDevice(navigator.geolocation);
  }

  #directions(t: PickerStrings, row: ClinicRow, text: string) {
    const { id, name } = row.clinic;
    return html`<a
      part="directions"
      href=${row.directions}
      target="_blank"
      rel="noopener"
      @click=${() => emit(this, 'ispine-directions', { clinicId: id })}
      >${text}<span class="visually-hidden">${t.forClinic(name)} ${t.newTab}</span></a
    >`;
  }

  #phone(t: PickerStrings, phone: string, text: string, name = '') {
    return html`<a part="phone" href=${telHref(phone)}
      >${text}<span class="visually-hidden">${name && t.forClinic(name)}</span></a
    >`;
  }

  #choice(t: PickerStrings, row: ClinicRow, short = false) {
    const { id, name } = row.clinic;
    return html`<button
      part="choose"
      type="button"
      class=${row.chosen ? 'primary' : ''}
      aria-current=${row.chosen ? 'true' : nothing}
      @click=${() => this.#choose(id)}
    >
      ${row.chosen ? t.chosen : short ? t.chooseShort : t.choose}<span class="visually-hidden"
        >${t.forClinic(name)}</span
      >
    </button>`;
  }

  #renderRow(t: PickerStrings, row: ClinicRow) {
    const { id, name } = row.clinic;
    const { miles } = row;
    const names = `clinic${row.nearest ? ' nearest' : ''}${row.chosen ? ' chosen' : ''}`;
    const hot = (clinicId?: string) => () => (this.hot = clinicId);
    return html`<li
      part=${names}
      class=${id === this.hot ? 'hot' : ''}
      data-id=${id}
      @pointerenter=${hot(id)}
      @pointerleave=${hot()}
      @focusin=${hot(id)}
      @focusout=${hot()}
    >
      <p class="head">
        <strong>${name}</strong>
        ${row.nearest ? html`<span class="tag">${t.nearest}</span>` : nothing}
        ${
          miles === undefined
            ? nothing
            : html`<span part="distance"
                ><span aria-hidden="true">${t.miles(miles)}</span
                ><span class="visually-hidden">${t.milesAway(miles)}</span></span
              >`
        }
      </p>
      ${row.address ? html`<p>${row.address}</p>` : nothing}
      ${
        row.openText || row.today
          ? html`<p part="open-status">
              <span class=${row.open ?? ''}>${row.openText}</span> ${row.today}
            </p>`
          : nothing
      }
      ${
        row.week.length
          ? html`<details part="hours">
              <summary>${t.weekHours}</summary>
              <dl>
                ${row.week.map(
                  ([day, hours]) =>
                    html`<div>
                      <dt>${day}</dt>
                      <dd>${hours}</dd>
                    </div>`,
                )}
              </dl>
            </details>`
          : nothing
      }
      <div class="actions">
        ${this.#choice(t, row)}
        ${row.phone ? this.#phone(t, row.phone, formatPhone(row.phone), name) : nothing}
        ${this.#directions(t, row, t.directions)}
      </div>
    </li>`;
  }

  #renderFull(t: PickerStrings, list: ClinicList) {
    const { note, origin, source } = this.#locator;
    const heading = this.heading ?? t.heading;
    const zipProblem = isZipProblem(note);
    return html`<div part="base" class="card">
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing}
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
            void this.#locator.fromZip((input as HTMLInputElement).value.trim());
          }}
        >
          <label for="zip">${t.zipLabel}</label>
          <input
            part="zip-input"
            id="zip"
            name="zip"
            inputmode="numeric"
            autocomplete="postal-code"
            aria-describedby=${zipProblem ? 'status' : nothing}
            aria-invalid=${zipProblem ? 'true' : nothing}
          />
          <button part="zip-submit">${t.zipSubmit}</button>
        </form>
      </div>
      <p part="status" id="status" role="status">${statusText(t, note)}</p>
      <div class="body">
        <div class="map">
          ${
            this.box
              ? renderMap({
                  clinics: this.page.config.clinics,
                  box: this.box,
                  chosen: this.selected,
                  hot: this.hot,
                  origin: origin && { at: origin, label: source === 'near' ? t.race : t.you },
                  onHot: (clinicId) => (this.hot = clinicId),
                  onChoose: (clinicId) => this.#chooseOnMap(clinicId),
                })
              : nothing
          }
        </div>
        <div class="results">
          ${
            list.far
              ? html`<p part="notice">
                  ${list.far} ${this.#phone(t, list.mainPhone, t.call(formatPhone(list.mainPhone)))}
                </p>`
              : list.phone
                ? html`<p part="list-phone">
                    ${this.#phone(t, list.phone, t.allClinics(formatPhone(list.phone)))}
                  </p>`
                : nothing
          }
          <ol part="list">
            ${list.rows.map((row) => this.#renderRow(t, row))}
          </ol>
        </div>
      </div>
    </div>`;
  }

  #renderNearest(t: PickerStrings, list: ClinicList) {
    const { note } = this.#locator;
    const row = list.sorted ? list.rows[0] : undefined;
    const phone = row?.phone ?? list.phone ?? list.mainPhone;
    const text = row
      ? t.nearestTo(row.clinic.name, t.miles(row.miles ?? 0))
      : note && note.kind !== 'sorted'
        ? statusText(t, note)
        : t.findNearest;
    return html`<div part="base" class="line">
      <p part="status" role="status">${text}</p>
      <div class="actions">
        ${row ? nothing : html`<button part="locate" type="button" @click=${this.#locate}>${t.locate}</button>`}
        ${this.#phone(t, phone, t.callShort, row?.clinic.name)}
        ${row ? html`${this.#directions(t, row, t.directions)}${this.#choice(t, row, true)}` : nothing}
      </div>
    </div>`;
  }

  protected override renderWidget() {
    const lang = this.language;
    const t = localized(this.page.config, 'location-picker', lang, STRINGS[lang]);
    const list = clinicList({
      config: this.page.config,
      strings: t,
      origin: this.#locator.origin,
      selected: this.selected,
      partner: this.partnerId,
      now: this.now ?? new Date(),
    });
    return this.variant === 'nearest' ? this.#renderNearest(t, list) : this.#renderFull(t, list);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-location-picker': LocationPicker;
  }
}
