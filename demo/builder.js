// The configuration builder page: a form over the draft (builder-model.js), checked on every
// keystroke by the widgets' own validator, with the problems beside their fields, an open-now
// line per clinic, import/export and a live preview of the three widgets.
import { DEFAULT_CONFIG } from '../dist/esm/config/default.js';
import { WEEKDAYS } from '../dist/esm/config/schema.js';
import { configProblems } from '../dist/esm/config/validate.js';
import { clinicClock, openStatus, specialDays } from '../dist/esm/geo/hours.js';
import { MAP_CENTER, projectToMap } from '../dist/esm/geo/map.js';
import { MAP_STATES, MAP_VIEW_BOX } from '../dist/esm/geo/map-data.js';
import { isZipCode, loadZipIndex, lookupZip } from '../dist/esm/geo/zip-lookup.js';
import { BASE_URL } from '../dist/esm/core/base-url.js';
import {
  draftProblems,
  emptyClinic,
  emptyPartner,
  emptySpecialDay,
  fieldFor,
  normalisePhone,
  suggestId,
  tidyHours,
  toConfig,
  toDraft,
  unknownSettings,
} from './builder-model.js';
import { STRINGS, problem } from './builder-strings.js';
import { WORDING, WORDING_KEYS, WORDING_LANGS } from './builder-wording.js';
import { copyButton } from './copy.js';

const CLOSED_WORDS = [STRINGS.en.closedWord, STRINGS.es.closedWord];
// The built files: dist/ beside the demo under `npm start`, and the folder of the one-page
// builder (dist/builder.html) wherever it is opened.
const FILES = new URL('../dist/', import.meta.url).href;
const WIDGETS_URL = `${FILES}ispine-widgets.js`;
const ZIPS_URL = `${FILES}ispine-zips.bin`;
const CONFIG_NAME = /^[a-z0-9-]{1,64}$/;

const form = document.querySelector('#builder');
const summary = document.querySelector('#summary');
const summaryList = document.querySelector('#summary-list');
const announcer = document.querySelector('#announcer');
const jsonOut = document.querySelector('#json');
const download = document.querySelector('#download');
const exportWarning = document.querySelector('#export-warning');
let preview = document.querySelector('#preview');
const previewAs = document.querySelector('#preview-as');
const previewStale = document.querySelector('#preview-stale');

const asked = new URLSearchParams(location.search).get('lang');
let lang = asked in STRINGS ? asked : navigator.language.startsWith('es') ? 'es' : 'en';
let t = STRINGS[lang];
let draft = toDraft(DEFAULT_CONFIG, t.closedWord, WORDING_KEYS);
/** The exported file's name, without `.json`: it is published at `<base>/config/<name>.json`. */
let configName = 'clinic';
/** The JSON last exported (or loaded): leaving with other edits asks first. */
let saved = '';
/** The last configuration without problems, and the one the preview shows. */
let latest = '';
let previewed = '';
let previewTimer;

// ---- Small DOM helpers --------------------------------------------------------------------

/** An element with attributes (`text` sets its text) and children. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}

/** `clinics[0].hours.mon` → an id usable in HTML. */
const idFor = (path) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The keys of a draft path: `clinics[0].hours.mon`, or `strings.es.<widget>.<key>`. */
function keysOf(path) {
  const wording = /^strings\.(\w+)\.(.+)$/.exec(path);
  return wording
    ? ['strings', wording[1], wording[2]]
    : path.split(/\.|\[(\d+)\]\.?/).filter(Boolean);
}

/** The draft value at `path`. */
function read(path) {
  return keysOf(path).reduce((value, key) => value[key] ?? '', draft);
}

function write(path, value) {
  const keys = keysOf(path);
  const last = keys.pop();
  keys.reduce((target, key) => target[key], draft)[last] = value;
}

/**
 * A labelled text field bound to `path`, with its hint and the place for its problem; `options`
 * (`[value, text]` pairs) make it a list to choose from.
 */
function field(path, label, { hint, type = 'text', options, ...attributes } = {}) {
  const id = idFor(path);
  const described = [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  const bound = { id, 'data-path': path, 'aria-describedby': described, ...attributes };
  const control = options
    ? el(
        'select',
        bound,
        ...options.map(([value, text]) =>
          el('option', { value, text, selected: value === read(path) }),
        ),
      )
    : el('input', { type, value: read(path), spellcheck: 'false', ...bound });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id, text: label }),
    hint ? el('p', { id: `${id}-hint`, class: 'hint', text: hint }) : '',
    control,
    el('p', { id: `${id}-error`, class: 'error', hidden: true }),
  );
}

function announce(message) {
  announcer.textContent = '';
  // A fresh text node, so the same message twice is announced twice.
  requestAnimationFrame(() => (announcer.textContent = message));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Map units per degree east and north, read off the widgets' own projection. */
const UNIT_X = projectToMap({ lat: MAP_CENTER.lat, lng: MAP_CENTER.lng + 1 }).x;
const UNIT_Y = -projectToMap({ lat: MAP_CENTER.lat + 1, lng: MAP_CENTER.lng }).y;

/** The point under a click on a map, in degrees rounded to 0.01 (about 1 km). */
function pointAt(map, event) {
  const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(
    map.getScreenCTM().inverse(),
  );
  const round = (degrees) => Math.round(degrees * 100) / 100;
  return { lat: round(MAP_CENTER.lat - y / UNIT_Y), lng: round(MAP_CENTER.lng + x / UNIT_X) };
}

/**
 * The offline map of Minnesota and its neighbours, for setting clinic `i`'s coordinates with a
 * click. Pointer only, so hidden from screen readers: the coordinate fields and the ZIP button
 * do the same from the keyboard.
 */
function clinicMap(i) {
  return svg(
    'svg',
    { viewBox: MAP_VIEW_BOX.join(' '), class: 'map', 'aria-hidden': 'true', 'data-clinic': i },
    ...MAP_STATES.map(({ id, d }) => svg('path', { class: id, d })),
    svg('g', { class: 'dots' }),
  );
}

// ---- Rendering ----------------------------------------------------------------------------

function organizationSection() {
  return el(
    'fieldset',
    { class: 'card' },
    el('legend', { text: t.organization }),
    field('organization', t.organizationName, { autocomplete: 'organization' }),
    field('phone', t.mainPhone, { hint: t.phoneHint, type: 'tel', autocomplete: 'tel' }),
    field('bookingUrl', t.bookingUrl, { hint: t.urlHint, type: 'url' }),
    field('outOfAreaMiles', t.outOfAreaMiles, { hint: t.outOfAreaHint, inputmode: 'decimal' }),
  );
}

function clinicLegend(i) {
  return t.clinic(i + 1, draft.clinics[i].name.trim());
}

function clinicSection(clinic, i) {
  const at = `clinics[${i}]`;
  const days = WEEKDAYS.map((day, d) =>
    field(`${at}.hours.${day}`, t.days[d], { class: 'hours-input', autocomplete: 'off' }),
  );
  return el(
    'fieldset',
    { class: 'card clinic', 'data-clinic': i },
    el('legend', { id: `clinic-${i}-legend`, text: clinicLegend(i) }),
    el(
      'div',
      { class: 'grid' },
      field(`${at}.name`, t.clinicName),
      field(`${at}.id`, t.clinicId, {
        hint: t.idHint,
        placeholder: suggestId(clinic.name),
        autocomplete: 'off',
      }),
      field(`${at}.street`, t.street, { autocomplete: 'street-address' }),
      field(`${at}.city`, t.city, { autocomplete: 'address-level2' }),
      field(`${at}.state`, t.state, {
        maxlength: 2,
        autocomplete: 'address-level1',
        class: 'short',
      }),
      el(
        'div',
        { class: 'zip' },
        field(`${at}.zip`, t.zip, { inputmode: 'numeric', autocomplete: 'postal-code' }),
        el('button', {
          type: 'button',
          'data-action': 'from-zip',
          'data-clinic': i,
          text: t.fromZip,
        }),
        el('p', { class: 'zip-status', id: `clinic-${i}-zip-status`, role: 'status' }),
      ),
      field(`${at}.lat`, t.lat, { hint: t.coordsHint, inputmode: 'decimal' }),
      field(`${at}.lng`, t.lng, { inputmode: 'decimal' }),
      el('div', { class: 'map-pick' }, el('p', { class: 'hint', text: t.mapHint }), clinicMap(i)),
      field(`${at}.phone`, t.clinicPhone, { hint: t.phoneHint, type: 'tel' }),
      field(`${at}.bookingUrl`, t.clinicBooking, { hint: t.urlHint, type: 'url' }),
    ),
    el(
      'fieldset',
      { class: 'hours' },
      el('legend', { text: t.hours }),
      el('p', { class: 'hint', text: t.hoursHint }),
      el('div', { class: 'days' }, ...days),
      el('p', { class: 'hours-status', id: `clinic-${i}-open` }),
    ),
    el('button', {
      type: 'button',
      class: 'remove',
      'data-action': 'remove-clinic',
      'data-clinic': i,
      text: t.removeClinic(clinic.name.trim() || i + 1),
    }),
  );
}

function partnerSection(partner, i) {
  const at = `partners[${i}]`;
  return el(
    'fieldset',
    { class: 'card partner', 'data-partner': i },
    el('legend', { id: `partner-${i}-legend`, text: t.partner(i + 1, partner.id.trim()) }),
    el(
      'div',
      { class: 'grid' },
      field(`${at}.id`, t.partnerId, { hint: t.partnerIdHint, autocomplete: 'off' }),
      field(`${at}.name`, t.partnerName, { autocomplete: 'off' }),
      field(`${at}.phone`, t.partnerPhone, { hint: t.phoneHint, type: 'tel' }),
    ),
    el('button', {
      type: 'button',
      class: 'remove',
      'data-action': 'remove-partner',
      'data-partner': i,
      text: t.removePartner(partner.id.trim() || i + 1),
    }),
  );
}

function specialDaySection(special, i) {
  const at = `specialHours[${i}]`;
  const ids = draft.clinics.map((clinic) => clinic.id.trim() || suggestId(clinic.name));
  // A clinic id that is no longer in the list stays choosable, so that import loses nothing.
  if (special.clinic && !ids.includes(special.clinic)) ids.push(special.clinic);
  return el(
    'fieldset',
    { class: 'card special', 'data-special': i },
    el('legend', { id: `special-${i}-legend`, text: t.specialDay(i + 1, special.date.trim()) }),
    el(
      'div',
      { class: 'grid' },
      field(`${at}.date`, t.specialDate, { hint: t.specialDateHint, autocomplete: 'off' }),
      field(`${at}.clinic`, t.specialClinic, {
        options: [['', t.allClinics], ...ids.map((id) => [id, id])],
      }),
      field(`${at}.hours`, t.specialDayHours, {
        hint: t.specialDayHoursHint,
        class: 'hours-input',
        autocomplete: 'off',
      }),
      field(`${at}.label`, t.specialLabel, { hint: t.specialLabelHint, autocomplete: 'off' }),
    ),
    el('button', {
      type: 'button',
      class: 'remove',
      'data-action': 'remove-special',
      'data-special': i,
      text: t.removeSpecialDay(i + 1),
    }),
  );
}

/** One language's wording fields: every key a configuration may reword, its default under it. */
function wordingFields(wordingLang) {
  return el(
    'div',
    { class: 'grid', lang: wordingLang },
    ...WORDING.map(({ key, defaults }) =>
      field(`strings.${wordingLang}.${key}`, key, {
        hint: t.defaultText(defaults[wordingLang]),
        autocomplete: 'off',
      }),
    ),
  );
}

/**
 * The wording editor, one disclosure per language. A language's fields are made when it is
 * opened (open from the start when the draft rewords something in it): over a hundred fields
 * nobody has asked for would slow every check of the page.
 */
function wordingSection() {
  return el(
    'section',
    { class: 'rows', 'aria-labelledby': 'wording-title' },
    el('h2', { id: 'wording-title', text: t.wording }),
    el('p', { class: 'hint', text: t.wordingHint }),
    ...WORDING_LANGS.map((wordingLang) => {
      const open = WORDING_KEYS.some((key) => draft.strings[wordingLang][key]);
      const details = el(
        'details',
        { class: 'card wording', open, 'data-wording': wordingLang },
        el('summary', { text: t.wordingIn(t.languages[wordingLang]) }),
        open ? wordingFields(wordingLang) : '',
      );
      details.addEventListener('toggle', () => {
        if (!details.open || details.querySelector('.grid')) return;
        details.append(wordingFields(wordingLang));
        refresh();
      });
      return details;
    }),
  );
}

/** Static text of the page in the current language (elements marked `data-t`). */
function translatePage() {
  document.documentElement.lang = lang;
  document.title = `${t.title} — iSpine widgets`;
  for (const element of document.querySelectorAll('[data-t]')) {
    element.textContent = t[element.dataset.t];
  }
  preview.title = t.previewTitle;
  document.querySelector('#lang').value = lang;
}

/** Rebuilds the form (on load, language change, import, adding or removing a row). */
function render(focusId) {
  translatePage();
  form.replaceChildren(
    organizationSection(),
    el(
      'section',
      { class: 'rows', 'aria-labelledby': 'clinics-title' },
      el('h2', { id: 'clinics-title', text: t.clinics }),
      el('p', { class: 'chicago-now', id: 'chicago-now' }),
      el('p', { id: 'clinics-error', class: 'error', hidden: true }),
      ...draft.clinics.map(clinicSection),
      el('button', { type: 'button', 'data-action': 'add-clinic', text: t.addClinic }),
    ),
    el(
      'section',
      { class: 'rows', 'aria-labelledby': 'partners-title' },
      el('h2', { id: 'partners-title', text: t.partners }),
      el('p', { class: 'hint', text: t.partnersHint }),
      ...draft.partners.map(partnerSection),
      el('button', { type: 'button', 'data-action': 'add-partner', text: t.addPartner }),
    ),
    el(
      'section',
      { class: 'rows', 'aria-labelledby': 'special-title' },
      el('h2', { id: 'special-title', text: t.specialHours }),
      el('p', { class: 'hint', text: t.specialHoursHint }),
      ...draft.specialHours.map(specialDaySection),
      el('button', { type: 'button', 'data-action': 'add-special', text: t.addSpecialDay }),
    ),
    wordingSection(),
  );
  if (focusId) document.getElementById(focusId)?.focus();
  refresh();
}

// ---- Checking and the live parts ------------------------------------------------------------

/** `8:00 AM` / `8:00 a. m.` for minutes after midnight, in the page's language. */
function clockTime(minutes) {
  const date = new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60) % 24, minutes % 60));
  return date.toLocaleTimeString(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

const when = (at) =>
  `${at.daysAhead ? `${t.shortDays[WEEKDAYS.indexOf(at.day)]} ` : ''}${clockTime(at.minutes)}`;

function openLine(hours, hoursHaveProblems, now, special) {
  if (hoursHaveProblems) return t.hoursInvalid;
  const status = openStatus(hours, now, special);
  if (status.state === 'open') return t.openNow(status.closes && when(status.closes));
  if (status.state === 'closed') return t.closedNow(status.opens && when(status.opens));
  return t.hoursUnknown;
}

/** Validates the draft and updates every message, the open-now lines, the export and preview. */
function refresh() {
  const config = toConfig(draft, CLOSED_WORDS);
  const problems = configProblems(config);
  const messages = new Map();
  const unplaced = [];
  for (const { path, message } of problems) {
    const at = fieldFor(path, draft);
    if (at && document.getElementById(idFor(at))) {
      if (!messages.has(at)) messages.set(at, problem(t, message));
    } else unplaced.push(problem(t, message));
  }
  for (const { field: at } of draftProblems(draft)) messages.set(at, t.partnerRepeated);

  for (const input of form.querySelectorAll('[data-path]')) {
    const message = messages.get(input.dataset.path);
    const error = document.getElementById(`${input.id}-error`);
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  const clinicsError = document.querySelector('#clinics-error');
  clinicsError.textContent = unplaced.join(' ');
  clinicsError.hidden = unplaced.length === 0;

  const count = messages.size + unplaced.length;
  document.querySelector('#summary-text').textContent =
    count === 0 ? t.summaryOk : t.summaryProblems(count);
  summary.classList.toggle('has-problems', count > 0);
  // Each problem links to its field, in the form's order: "Clinic 2: Chaska — Phone: …".
  summaryList.replaceChildren(
    ...[...form.querySelectorAll('[aria-invalid="true"]')].map((input) => {
      const legend = input.closest('fieldset.card')?.querySelector('legend')?.textContent;
      const where = [legend, input.labels[0].textContent].filter(Boolean).join(' — ');
      return el(
        'li',
        {},
        el('a', {
          href: `#${input.id}`,
          'data-focus': input.id,
          text: `${where}: ${messages.get(input.dataset.path)}`,
        }),
      );
    }),
    ...unplaced.map((message) => el('li', { text: message })),
  );

  const now = new Date();
  const { day, minutes } = clinicClock(now);
  document.querySelector('#chicago-now').textContent = t.chicagoNow(
    `${t.days[WEEKDAYS.indexOf(day)]} ${clockTime(minutes)}`,
  );
  const dots = config.clinics.flatMap((clinic, i) =>
    typeof clinic.lat === 'number' && typeof clinic.lng === 'number'
      ? [{ i, ...projectToMap(clinic) }]
      : [],
  );
  for (const map of form.querySelectorAll('svg.map')) {
    map.querySelector('.dots').replaceChildren(
      ...dots.map(({ i, x, y }) =>
        svg('circle', {
          cx: x.toFixed(1),
          cy: y.toFixed(1),
          r: i === Number(map.dataset.clinic) ? 5 : 3,
          class: i === Number(map.dataset.clinic) ? 'this' : 'other',
        }),
      ),
    );
  }
  const specialOk = !problems.some(({ path }) => path.startsWith('specialHours'));
  config.clinics.forEach((clinic, i) => {
    const hoursHaveProblems = problems.some(({ path }) => path.startsWith(`clinics[${i}].hours`));
    document.querySelector(`#clinic-${i}-open`).textContent = openLine(
      clinic.hours,
      hoursHaveProblems,
      now,
      specialDays(specialOk ? config.specialHours : undefined, clinic.id),
    );
  });

  const json = `${JSON.stringify(config, null, 2)}\n`;
  jsonOut.value = json;
  saved ||= json;
  URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const named = CONFIG_NAME.test(configName);
  download.download = `${named ? configName : 'clinic'}.json`;
  const published = `${BASE_URL}config/${named ? configName : 'clinic'}.json`;
  document.querySelector('#config-name-hint').textContent = t.configNameHint(published);
  document.querySelector('#config-name').toggleAttribute('aria-invalid', !named);
  exportWarning.textContent = count === 0 ? '' : t.exportWarning(count);
  exportWarning.hidden = count === 0;

  const partners = Object.keys(config.partners ?? {}).filter((id) => /^[a-z0-9-]{1,64}$/.test(id));
  const chosen = previewAs.value;
  previewAs.replaceChildren(
    el('option', { value: '', text: t.previewNone }),
    ...partners.map((id) => el('option', { value: id, text: id })),
  );
  previewAs.value = partners.includes(chosen) ? chosen : '';
  if (problems.length === 0) {
    latest = JSON.stringify(config);
    schedulePreview();
  }
  previewStale.hidden = problems.length === 0;
}

/**
 * A fresh preview frame (the widgets read their configuration once, at start), written into
 * with the DOM: the reserved space, the three widgets, the configuration block and the script.
 * Its empty document shares this page's origin and CSP, in the one-page builder opened from a
 * file too, where no preview page sits beside it.
 */
function loadPreview(json) {
  previewed = json;
  const fresh = preview.cloneNode(false);
  preview.replaceWith(fresh);
  preview = fresh;
  const page = preview.contentDocument;
  page.documentElement.lang = lang;
  page.head.append(
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('link', { rel: 'stylesheet', href: `${FILES}reserve-space.css` }),
  );
  Object.assign(page.body.style, { display: 'grid', gap: '1.5rem', padding: '1rem' });
  // Made by the frame's own document: the drop-in reads its partner from its own script tag.
  const block = page.createElement('script');
  block.type = 'application/json';
  block.setAttribute('data-ispine-config', '');
  block.textContent = json;
  const script = page.createElement('script');
  script.src = WIDGETS_URL;
  if (previewAs.value) script.dataset.partner = previewAs.value;
  page.body.append(
    ...['ispine-call-book-button', 'ispine-location-picker', 'ispine-symptom-checker'].map((tag) =>
      page.createElement(tag),
    ),
    block,
    script,
  );
  preview.dataset.config = json;
}

/** Shows the latest good configuration: after a pause in typing, or `now`. */
function schedulePreview(now = false) {
  if (latest === previewed && !now) return;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => loadPreview(latest), now ? 0 : 400);
}

// ---- Actions ------------------------------------------------------------------------------

/** Puts `place` (rounded to 0.01°) into clinic `i`'s coordinate fields, as if typed. */
function setCoordinates(i, place) {
  for (const key of ['lat', 'lng']) {
    const value = String(Math.round(place[key] * 100) / 100);
    write(`clinics[${i}].${key}`, value);
    document.getElementById(idFor(`clinics[${i}].${key}`)).value = value;
  }
  refresh();
}

async function coordinatesFromZip(i) {
  const status = document.querySelector(`#clinic-${i}-zip-status`);
  const zip = draft.clinics[i].zip.trim();
  if (!isZipCode(zip)) {
    status.textContent = t.zipInvalid;
    return;
  }
  try {
    const place = lookupZip(await loadZipIndex(ZIPS_URL), zip);
    if (!place) {
      status.textContent = t.zipNotFound(zip);
      return;
    }
    setCoordinates(i, place);
    status.textContent = t.zipSet(zip);
  } catch {
    status.textContent = t.zipLoadFailed;
  }
}

form.addEventListener('input', (event) => {
  const { path } = event.target.dataset;
  if (!path) return;
  write(path, event.target.value);
  const clinic = /^clinics\[(\d+)\]\.name$/.exec(path);
  if (clinic) {
    const i = Number(clinic[1]);
    document.querySelector(`#clinic-${i}-legend`).textContent = clinicLegend(i);
    document.getElementById(idFor(`clinics[${i}].id`)).placeholder = suggestId(event.target.value);
  }
  const special = /^specialHours\[(\d+)\]\.date$/.exec(path);
  if (special) {
    const i = Number(special[1]);
    document.querySelector(`#special-${i}-legend`).textContent = t.specialDay(
      i + 1,
      event.target.value.trim(),
    );
  }
  const partner = /^partners\[(\d+)\]\.id$/.exec(path);
  if (partner) {
    const i = Number(partner[1]);
    document.querySelector(`#partner-${i}-legend`).textContent = t.partner(
      i + 1,
      event.target.value.trim(),
    );
  }
  refresh();
});

// Phones and hours are accepted as people type them and shown as the file will hold them once
// the person moves on: `(763) 201-8191` → `+17632018191`, `8am-5pm` → `08:00-17:00`.
form.addEventListener('change', (event) => {
  const { path } = event.target.dataset;
  if (!path) return;
  const typed = event.target.value;
  const tidy = /(^|\.)phone$/.test(path)
    ? normalisePhone(typed)
    : /\.hours(\.\w+)?$/.test(path)
      ? tidyHours(typed, CLOSED_WORDS, t.closedWord)
      : typed;
  if (tidy === typed) return;
  event.target.value = tidy;
  write(path, tidy);
  refresh();
});

document.querySelector('#config-name').addEventListener('input', (event) => {
  configName = event.target.value.trim();
  refresh();
});

/** The kinds of rows: how to make one, its first field, and how to name one removed. */
const ROWS = {
  clinics: {
    empty: emptyClinic,
    first: 'name',
    added: () => t.clinicAdded,
    removed: (row, i) => t.clinicRemoved(row.name.trim() || i + 1),
  },
  partners: {
    empty: emptyPartner,
    first: 'id',
    added: () => t.partnerAdded,
    removed: (row, i) => t.partnerRemoved(row.id.trim() || i + 1),
  },
  specialHours: {
    empty: () => emptySpecialDay(t.closedWord),
    first: 'date',
    added: () => t.specialDayAdded,
    removed: (row, i) => t.specialDayRemoved(i + 1),
  },
};

/** The kind of row an action's button is for (`add-clinic`, `remove-special`, …). */
const KINDS = { clinic: 'clinics', partner: 'partners', special: 'specialHours' };

form.addEventListener('click', (event) => {
  const map = event.target.closest('svg.map');
  if (map) {
    setCoordinates(Number(map.dataset.clinic), pointAt(map, event));
    return;
  }
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const { action } = button.dataset;
  const kind = KINDS[action.replace(/^\w+-/, '')];
  const rows = ROWS[kind];
  const i = Number(button.dataset.clinic ?? button.dataset.partner ?? button.dataset.special);
  if (action === 'from-zip') {
    void coordinatesFromZip(i);
  } else if (action.startsWith('add-')) {
    draft[kind].push(rows.empty());
    render(idFor(`${kind}[${draft[kind].length - 1}].${rows.first}`));
    announce(rows.added());
  } else if (action.startsWith('remove-')) {
    const [removed] = draft[kind].splice(i, 1);
    render();
    form.querySelector(`[data-action="add-${action.replace(/^\w+-/, '')}"]`).focus();
    announce(rows.removed(removed, i));
  }
});

document.querySelector('#import').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  const status = document.querySelector('#import-status');
  let value;
  try {
    value = JSON.parse(await file.text());
  } catch {
    status.textContent = t.importNotJson(file.name);
    return;
  }
  draft = toDraft(value, t.closedWord, WORDING_KEYS);
  const name = file.name.replace(/\.json$/i, '');
  if (CONFIG_NAME.test(name)) {
    configName = name;
    document.querySelector('#config-name').value = name;
  }
  saved = '';
  render();
  const ignored = unknownSettings(value, WORDING_KEYS);
  status.textContent = [
    t.imported(file.name, draft.clinics.length, draft.partners.length),
    ignored.length ? t.importIgnored(ignored.join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
  event.target.value = '';
});

copyButton(
  document.querySelector('#copy'),
  () => jsonOut.value,
  document.querySelector('#copy-status'),
  () => t,
);

document.querySelector('#lang').addEventListener('change', (event) => {
  lang = event.target.value;
  t = STRINGS[lang];
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  render('lang');
  schedulePreview(true);
});

previewAs.addEventListener('change', () => schedulePreview(true));

// A problem's link in the summary moves focus to its field (without a history entry).
summaryList.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-focus]');
  if (!link) return;
  event.preventDefault();
  document.getElementById(link.dataset.focus)?.focus();
});

// Nothing typed is lost by closing the tab by mistake: the browser asks while edits are unsaved.
download.addEventListener('click', () => (saved = jsonOut.value));
document.querySelector('#copy').addEventListener('click', () => (saved = jsonOut.value));
window.addEventListener('beforeunload', (event) => {
  if (jsonOut.value !== saved) event.preventDefault();
});

// The open-now lines follow the clock.
setInterval(refresh, 60_000);
render();
document.body.dataset.ready = '';
