import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { formatPhone, telHref } from '../core/phone.js';
import { selectClinic } from '../core/state.js';
import { hostStyles } from '../core/styles.js';
import { REFLECTED, WidgetElement } from '../core/widget-element.js';
import type { MapBox } from '../geo/map-layout.js';
import { loadSearch } from './search-loader.js';
import { loadZipData } from '../geo/zip-load.js';
import {
  LOCATE_PATH,
  chooseIcon,
  directionsIcon,
  locateIcon,
  phoneIcon,
  problemIcon,
} from './icons.js';
import { isLocationProblem, isProblem, isZipProblem, Locator, statusText } from './locate.js';
import type { Note } from './locate.js';
import { styles } from './location-picker.styles.js';
import { renderMap } from './map.js';
import { clinicList } from './rows.js';
import type { ClinicList, ClinicRow } from './rows.js';
import { STRINGS } from './strings.js';
import { localized } from '../core/strings.js';
import type { PickerStrings } from './strings.js';

/**
 * The clinics as a store locator: a list beside a map when the widget is wide enough, the list
 * first and the map behind a list/map switch when narrow, nearest first once the visitor shares
 * their location or types a ZIP code or a town, in a card whose height depends only on its width
 * and text size (the list scrolls inside). Choosing a clinic makes it the page's selected clinic,
 * which call/book buttons without `clinic` follow. `variant="nearest"` is a two-line strip
 * instead: the nearest clinic and its distance, then call, directions and choose.
 * ZIP codes and towns resolve offline from `ispine-zips.bin`, fetched only when the visitor
 * searches (or when `near` is set); the browser's location is asked for only when the visitor
 * presses the button. The search works without a form (Enter and the button are handled here), so
 * it works in frames sandboxed without `allow-forms`, such as WordPress's editor preview.
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
 * @csspart zip-form - The search (`zip-input`, `zip-submit` inside; a `role="search"` box, not a form).
 * @csspart zip-input - The field for a ZIP code (ZIP+4 too) or a town.
 * @csspart zip-submit - The button that sorts by the typed ZIP code or town.
 * @csspart status - The polite live region: sorting done, or what went wrong (in `nearest`: the first line's text).
 * @csspart view - The list/map switch of a narrow picker (two buttons with `aria-pressed`).
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
 * @cssproperty [--ispine-picker-height=36em] - The card's height (`calc(2.85em + 2px + max(44px, 1.8em))` for `variant="nearest"`: two lines of text and a row of buttons).
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
    mapView: { state: true, attribute: false },
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

  /** A narrow picker shows the map instead of the list (the visitor switched). @internal */
  private mapView = false;

  /** The last location problem that sent focus to the search field: it is sent once. */
  #focusedFor?: Note;

  /** Finds a place in the ZIP data, fetched with its search (decoder and towns) at the first search. */
  #locator = new Locator(
    () => this.requestUpdate(),
    async (query) => {
      const { filesUrl } = this.page.loader;
      const search = loadSearch();
      const index = await loadZipData(
        this.zipDataUrl ?? new URL('ispine-zips.bin', filesUrl).href,
        // One pass of the decoding per task: no long task on a slow phone.
        search.then(({ decodeZipIndexInTasks }) => decodeZipIndexInTasks),
        undefined,
        filesUrl,
      );
      return (await search).findPlace(index, query);
    },
  );

  #tick?: ReturnType<typeof setInterval>;

  /** The pending map draw (an animation frame id). */
  #drawMap = 0;

  /** The map labels' font, at its boldest (a highlighted label is bold): what they measure in. */
  #labelFont = '';

  /** What map labels are measured with; made when a map is first drawn (a list alone needs none). */
  #labelCanvas?: CanvasRenderingContext2D | null;

  /** Measures map labels in their own font, so they are kept apart by their real widths. */
  #measure(): ((text: string) => number) | undefined {
    this.#labelCanvas ??= document.createElement('canvas').getContext('2d');
    const context = this.#labelCanvas;
    if (!context) return undefined;
    return (text) => {
      context.font = this.#labelFont;
      return context.measureText(text).width;
    };
  }

  /**
   * The row under the pointer or holding focus lights its pin: one set of listeners on the list,
   * where each row had four (and four new closures a render). Entering and leaving do not bubble:
   * the list hears them on their way down (capture); leaving, the row is where the pointer or
   * focus goes.
   */
  readonly #hotRow = {
    handleEvent: (event: PointerEvent | FocusEvent): void => {
      const leaving = event.type === 'pointerleave' || event.type === 'focusout';
      const node = leaving ? event.relatedTarget : event.target;
      const row = node instanceof Element ? node.closest('li[data-id]') : null;
      this.hot = row?.getAttribute('data-id') ?? undefined;
    },
    capture: true,
  };

  /** The map element the resize observer watches. */
  #observedMap?: Element;

  /**
   * Redraws the map when its size or text size changes (not when it is merely observed again),
   * in the next frame: the rest of the card is not held back by the map.
   */
  #resize = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    const style = getComputedStyle(entry.target);
    const em = parseFloat(style.fontSize);
    this.#labelFont = `700 ${style.fontSize} ${style.fontFamily}`;
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

  /**
   * Sends focus to the search field once the device gave no location (the message says to type
   * a ZIP code), and watches the map's box: once per map element (a new one after a change of
   * variant).
   */
  protected override updated(): void {
    const { note } = this.#locator;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#zip');
    if (isLocationProblem(note) && note !== this.#focusedFor && field) {
      this.#focusedFor = note;
      field.focus({ preventScroll: true });
    }
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

  /** Sorts from what the search field holds. */
  #search(): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#zip');
    if (field) void this.#locator.fromZip(field.value);
  }

  /** The strip's directions link (the list writes its own, #renderRow). */
  #directions(t: PickerStrings, row: ClinicRow, text: string | TemplateResult) {
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

  #phone(t: PickerStrings, phone: string, text: string | TemplateResult, name = '') {
    return html`<a part="phone" href=${telHref(phone)}
      >${text}<span class="visually-hidden">${name && t.forClinic(name)}</span></a
    >`;
  }

  /** The strip's choose button: an icon and a short word (the list writes its own, #renderRow). */
  #choice(t: PickerStrings, row: ClinicRow) {
    const { id, name } = row.clinic;
    return html`<button
      part="choose"
      type="button"
      class=${row.chosen ? 'primary' : ''}
      aria-current=${row.chosen ? 'true' : nothing}
      @click=${() => this.#choose(id)}
    >
      ${chooseIcon}<span class="word">${row.chosen ? t.chosen : t.chooseShort}</span
      ><span class="visually-hidden">${t.forClinic(name)}</span>
    </button>`;
  }

  /**
   * One row as one template: its choose button and directions link are written out here rather
   * than taken from #choice and #directions (the strip's), and their clicks are heard once on the
   * list (#rowClick). Each nested template is one more to prepare and, per row, one more
   * instance with its own parts and listener: a list of six rows had 18 where it now has 6.
   */
  #renderRow(t: PickerStrings, row: ClinicRow) {
    const { id, name } = row.clinic;
    const { miles } = row;
    const names = `clinic${row.nearest ? ' nearest' : ''}${row.chosen ? ' chosen' : ''}`;
    const forClinic = t.forClinic(name);
    return html`<li part=${names} class=${id === this.hot ? 'hot' : ''} data-id=${id}>
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
      ${row.address || row.openText || row.today || row.week.length ? this.#details(t, row) : nothing}
      <div class="actions">
        <button
          part="choose"
          type="button"
          class=${row.chosen ? 'primary' : ''}
          aria-current=${row.chosen ? 'true' : nothing}
        >
          ${row.chosen ? t.chosen : t.choose}<span class="visually-hidden">${forClinic}</span>
        </button>
        ${row.phone ? this.#phone(t, row.phone, formatPhone(row.phone), name) : nothing}
        <a part="directions" href=${row.directions} target="_blank" rel="noopener"
          >${t.directions}<span class="visually-hidden">${`${forClinic} ${t.newTab}`}</span></a
        >
      </div>
    </li>`;
  }

  /**
   * A row's address, opening state and week's hours, in one part of the row: the default
   * configuration publishes none, and three empty parts per row were three markers to clone,
   * find and clear at first render.
   */
  #details(t: PickerStrings, row: ClinicRow) {
    return html`${row.address ? html`<p>${row.address}</p>` : nothing}
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
    }`;
  }

  /** A row's choose button or directions link was clicked (see #renderRow). */
  readonly #rowClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const clinicId = target?.closest('li[data-id]')?.getAttribute('data-id');
    if (!target || !clinicId) return;
    if (target.closest('[part="choose"]')) this.#choose(clinicId);
    else if (target.closest('[part="directions"]')) {
      emit(this, 'ispine-directions', { clinicId });
    }
  };

  readonly #showList = (): void => {
    this.mapView = false;
  };

  readonly #showMap = (): void => {
    this.mapView = true;
  };

  #renderFull(t: PickerStrings, list: ClinicList) {
    const { note, origin, source } = this.#locator;
    const heading = this.heading ?? t.heading;
    const zipProblem = isZipProblem(note);
    const problem = isProblem(note);
    // The one number for every clinic, unless the notice gives the main one.
    const listPhone = list.far ? undefined : list.phone;
    // The first render prepares and clones each nested template: the title, the icon, the live
    // region (a problem reads as one: icon, colour, in words first) and the list's number are
    // written into this one. An empty title or number is hidden, not left out.
    return html`<div part="base" class="card">
      <h2 part="heading" ?hidden=${!heading}>${heading}</h2>
      <div class="controls">
        <button part="locate" class="primary" type="button" @click=${this.#locate}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=${LOCATE_PATH}></path></svg
          >${t.locate}
        </button>
        <div part="zip-form" role="search">
          <label for="zip">${t.zipLabel}</label>
          <input
            part="zip-input"
            id="zip"
            enterkeyhint="search"
            autocomplete="off"
            aria-describedby=${zipProblem || isLocationProblem(note) ? 'status' : nothing}
            aria-invalid=${zipProblem ? 'true' : nothing}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key !== 'Enter' || event.isComposing) return;
              event.preventDefault();
              this.#search();
            }}
          />
          <button part="zip-submit" type="button" @click=${this.#search}>${t.zipSubmit}</button>
        </div>
      </div>
      <div class="bar">
        <p part="status" id="status" role="status" class=${problem ? 'problem' : ''}>
          ${problem ? problemIcon : nothing}<span>${statusText(t, note)}</span>
        </p>
        <div part="view" role="group" aria-label=${t.view}>
          <button type="button" aria-pressed=${!this.mapView} @click=${this.#showList}>
            ${t.listView}</button
          ><button type="button" aria-pressed=${this.mapView} @click=${this.#showMap}>
            ${t.mapView}
          </button>
        </div>
      </div>
      <div class="body ${this.mapView ? 'map-view' : ''}">
        <div class="map">
          ${
            this.box
              ? renderMap({
                  clinics: this.page.config.clinics,
                  box: this.box,
                  chosen: this.selected,
                  hot: this.hot,
                  origin: origin && { at: origin, label: source === 'near' ? t.race : t.you },
                  farLabel: (point) =>
                    t.farOrigin(
                      source === 'near' ? t.race : t.you,
                      t.miles(list.rows[0].miles ?? 0),
                      t.directionNames[point],
                    ),
                  measure: this.#measure(),
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
              : nothing
          }
          <p part="list-phone" ?hidden=${!listPhone}>
            <a part="phone" href=${telHref(listPhone ?? list.mainPhone)}
              >${t.allClinics(formatPhone(listPhone ?? list.mainPhone))}</a
            >
          </p>
          <ol
            part="list"
            @pointerenter=${this.#hotRow}
            @pointerleave=${this.#hotRow}
            @focusin=${this.#hotRow}
            @focusout=${this.#hotRow}
            @click=${this.#rowClick}
          >
            ${list.rows.map((row) => this.#renderRow(t, row))}
          </ol>
        </div>
      </div>
    </div>`;
  }

  /**
   * Two lines that never clip: what is known, then the controls, each an icon and a word. In a
   * strip too narrow for the words (at large text), every word but "Call" is read, not shown.
   */
  #renderNearest(t: PickerStrings, list: ClinicList) {
    const { note } = this.#locator;
    const row = list.sorted ? list.rows[0] : undefined;
    const phone = row?.phone ?? list.phone ?? list.mainPhone;
    const text = row
      ? t.nearestTo(row.clinic.name, t.miles(row.miles ?? 0))
      : note && note.kind !== 'sorted'
        ? statusText(t, note)
        : t.findNearest;
    const word = (text: string) => html`<span class="word">${text}</span>`;
    const problem = !row && isProblem(note);
    // The live region, as in the full picker: a problem reads as one (icon, colour), in words first.
    return html`<div part="base" class="line">
      <p part="status" id="status" role="status" class=${problem ? 'problem' : ''}>
        ${problem ? problemIcon : nothing}<span>${text}</span>
      </p>
      <div class="actions">
        ${this.#phone(t, phone, html`${phoneIcon}${t.callShort}`, row?.clinic.name)}
        ${
          row
            ? html`${this.#directions(t, row, html`${directionsIcon}${word(t.directions)}`)}
              ${this.#choice(t, row)}`
            : html`<button part="locate" type="button" @click=${this.#locate}>
                ${locateIcon}${word(t.locate)}
              </button>`
        }
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
