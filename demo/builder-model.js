// The configuration builder's data, without the DOM. The draft keeps every field as the person
// typed it (strings), so nothing is lost while it is invalid; toConfig() turns it into the JSON
// the widgets read, and the widgets' own validator (configProblems) judges that.
import { WEEKDAYS } from '../dist/esm/config/schema.js';

/** An empty clinic row. */
export const emptyClinic = () => ({
  id: '',
  name: '',
  city: '',
  state: 'MN',
  street: '',
  zip: '',
  lat: '',
  lng: '',
  phone: '',
  bookingUrl: '',
  hours: Object.fromEntries(WEEKDAYS.map((day) => [day, ''])),
});

/** An empty partner row. */
export const emptyPartner = () => ({ id: '', name: '', phone: '' });

/** An empty special day: closed, for every clinic (`clinic: ''`), until the person says more. */
export const emptySpecialDay = (closedWord) => ({
  date: '',
  clinic: '',
  hours: closedWord,
  label: '',
});

/** `Maple Grove` → `maple-grove`: the id suggested while the id field is left empty. */
export const suggestId = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

/** One day's periods as typed: `08:00-12:00, 13:00-17:00`. `[]` is written as the closed word. */
function hoursText(periods, closedWord) {
  if (periods === undefined) return '';
  if (!Array.isArray(periods)) return String(periods);
  if (periods.length === 0) return closedWord;
  return periods
    .map((period) => (Array.isArray(period) ? period.join('-') : String(period)))
    .join(', ');
}

/**
 * A US phone number as people type it — `(763) 201-8191`, `763.201.8191`, `1 763 201 8191`,
 * `+1 763 201 8191` — in E.164 (`+17632018191`). Anything else stays as typed, for the validator
 * to explain.
 */
export function normalisePhone(typed) {
  const trimmed = typed.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return trimmed;
}

/**
 * A time as people type it — `8`, `8:00`, `8.30`, `8am`, `5 PM`, `5 p. m.` — as `HH:MM` on a
 * 24-hour clock. Anything else stays as typed, for the validator to explain.
 */
export function normaliseTime(typed) {
  const trimmed = typed.trim();
  const time = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(trimmed);
  if (!time) return trimmed;
  let hour = Number(time[1]);
  if (time[3]) {
    if (hour < 1 || hour > 12) return trimmed;
    hour = (hour % 12) + (time[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${time[2] ?? '00'}`;
}

/**
 * A day's text as the schema's periods: `''` → absent (unknown), the closed word (in either
 * language) → `[]`, else each comma-separated period, `8:00-17:00`, `8am-5pm`, `8 a 17`. A period
 * closing at midnight (`10pm-12am`) closes at `24:00`. Text that is not a pair stays as it is, so
 * the validator reports it on that day.
 */
export function parseHours(text, closedWords) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (closedWords.includes(trimmed.toLowerCase())) return [];
  return trimmed.split(',').map((period) => {
    const times = period.split(/[-–—]| to | a (?!\.)/).map(normaliseTime);
    if (times.length !== 2) return period.trim();
    return [times[0], times[1] === '00:00' ? '24:00' : times[1]];
  });
}

/** A day's text tidied as the schema writes it (`8am-5pm` → `08:00-17:00`), when it reads. */
export function tidyHours(text, closedWords, closedWord) {
  const periods = parseHours(text, closedWords);
  const readable = (period) =>
    Array.isArray(period) && period.every((time) => /^\d{2}:\d{2}$/.test(time));
  return periods?.every(readable) ? hoursText(periods, closedWord) : text;
}

const text = (value) =>
  typeof value === 'string' ? value : value === undefined ? '' : String(value);

/** The draft's wording tables: per language, the overridden keys' text. */
const noWording = () => ({ en: {}, es: {} });

/**
 * A configuration (imported or the default) as a draft; `closedWord` writes closed days and
 * `wordingKeys` are the `"<widget>.<key>"` the wording editor offers.
 */
export function toDraft(config, closedWord, wordingKeys) {
  const source = typeof config === 'object' && config !== null ? config : {};
  const clinics = Array.isArray(source.clinics) ? source.clinics : [];
  const partners =
    typeof source.partners === 'object' && source.partners !== null ? source.partners : {};
  const special = Array.isArray(source.specialHours) ? source.specialHours : [];
  const wording = noWording();
  for (const lang of Object.keys(wording)) {
    const table = source.strings?.[lang];
    if (typeof table !== 'object' || table === null) continue;
    for (const key of wordingKeys)
      if (Object.hasOwn(table, key)) wording[lang][key] = text(table[key]);
  }
  return {
    organization: text(source.organization),
    phone: text(source.phone),
    bookingUrl: text(source.bookingUrl),
    clinics: clinics.map((clinic) => ({
      ...emptyClinic(),
      ...Object.fromEntries(
        ['id', 'name', 'city', 'state', 'street', 'zip', 'lat', 'lng', 'phone', 'bookingUrl'].map(
          (key) => [key, text(clinic?.[key])],
        ),
      ),
      hours: Object.fromEntries(
        WEEKDAYS.map((day) => [day, hoursText(clinic?.hours?.[day], closedWord)]),
      ),
    })),
    partners: Object.entries(partners).map(([id, partner]) => ({
      id,
      name: text(partner?.name),
      phone: text(partner?.phone),
    })),
    outOfAreaMiles: text(source.outOfAreaMiles),
    specialHours: special.map((entry) => ({
      date: text(entry?.date),
      clinic: text(entry?.clinic),
      hours: hoursText(entry?.hours, closedWord),
      label: text(entry?.label),
    })),
    strings: wording,
  };
}

/** The settings of `value` the draft does not keep (reported on import), as paths. */
export function unknownSettings(value, wordingKeys) {
  if (typeof value !== 'object' || value === null) return [];
  const known = {
    top: [
      ...['organization', 'phone', 'bookingUrl', 'clinics', 'partners', 'outOfAreaMiles'],
      ...['specialHours', 'strings'],
    ],
    clinic: [
      ...['id', 'name', 'city', 'state', 'street', 'zip', 'lat', 'lng', 'phone', 'bookingUrl'],
      'hours',
    ],
    specialHours: ['date', 'clinic', 'hours', 'label'],
  };
  const unknown = Object.keys(value).filter((key) => !known.top.includes(key));
  for (const list of ['clinics', 'specialHours']) {
    const keys = known[list === 'clinics' ? 'clinic' : list];
    (Array.isArray(value[list]) ? value[list] : []).forEach((entry, i) => {
      if (typeof entry !== 'object' || entry === null) return;
      for (const key of Object.keys(entry)) {
        if (!keys.includes(key)) unknown.push(`${list}[${i}].${key}`);
      }
    });
  }
  const strings = typeof value.strings === 'object' && value.strings !== null ? value.strings : {};
  for (const [lang, table] of Object.entries(strings)) {
    if (!Object.hasOwn(noWording(), lang)) unknown.push(`strings.${lang}`);
    else if (typeof table === 'object' && table !== null) {
      for (const key of Object.keys(table))
        if (!wordingKeys.includes(key)) unknown.push(`strings.${lang}["${key}"]`);
    }
  }
  return unknown;
}

/** A typed number: a number when it reads as one, else the text (the validator says why). */
function coordinate(typed) {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Sets `key` to the trimmed text unless it is empty (optional fields stay absent). */
function optional(target, key, typed, tidy = (text) => text) {
  const trimmed = typed.trim();
  if (trimmed !== '') target[key] = tidy(trimmed);
}

/** The configuration JSON for a draft (what the builder validates, previews and exports). */
export function toConfig(draft, closedWords) {
  const config = { organization: draft.organization.trim(), phone: normalisePhone(draft.phone) };
  optional(config, 'bookingUrl', draft.bookingUrl);
  config.clinics = draft.clinics.map((row) => {
    const clinic = {
      id: row.id.trim() || suggestId(row.name),
      name: row.name.trim(),
      city: row.city.trim(),
      state: row.state.trim(),
      lat: coordinate(row.lat),
      lng: coordinate(row.lng),
    };
    for (const key of ['street', 'zip', 'bookingUrl']) optional(clinic, key, row[key]);
    optional(clinic, 'phone', row.phone, normalisePhone);
    const hours = {};
    for (const day of WEEKDAYS) {
      const periods = parseHours(row.hours[day], closedWords);
      if (periods !== undefined) hours[day] = periods;
    }
    if (Object.keys(hours).length > 0) clinic.hours = hours;
    return clinic;
  });
  if (draft.partners.length > 0) {
    config.partners = {};
    for (const row of draft.partners) {
      const partner = {};
      optional(partner, 'name', row.name);
      optional(partner, 'phone', row.phone, normalisePhone);
      // A repeated id keeps the first row; the builder marks the others.
      if (!Object.hasOwn(config.partners, row.id.trim())) config.partners[row.id.trim()] = partner;
    }
  }
  const miles = coordinate(draft.outOfAreaMiles);
  if (miles !== undefined) config.outOfAreaMiles = miles;
  if (draft.specialHours.length > 0) {
    config.specialHours = draft.specialHours.map((row) => {
      const entry = { date: row.date.trim() };
      optional(entry, 'clinic', row.clinic);
      entry.hours = parseHours(row.hours, closedWords);
      optional(entry, 'label', row.label);
      return entry;
    });
  }
  const strings = {};
  for (const [lang, table] of Object.entries(draft.strings)) {
    // An empty field keeps the widgets' own wording.
    const words = Object.entries(table).filter(([, words]) => words.trim() !== '');
    if (words.length > 0) strings[lang] = Object.fromEntries(words);
  }
  if (Object.keys(strings).length > 0) config.strings = strings;
  return config;
}

/**
 * The draft field a validator path belongs to (`clinics[0].hours.mon[1][0]` →
 * `clinics[0].hours.mon`; `partners.shop.phone` → `partners[2].phone`; `strings.es["location-picker.heading"]` →
 * `strings.es.location-picker.heading`); `undefined` when it
 * belongs to no single field.
 */
export function fieldFor(path, draft) {
  const wording = /^strings\.(\w+)\["(.+)"\]$/.exec(path);
  if (wording) return `strings.${wording[1]}.${wording[2]}`;
  const partner = /^partners\.([^.]*)(?:\.(\w+))?$/.exec(path);
  if (partner) {
    const index = draft.partners.findIndex((row) => row.id.trim() === partner[1]);
    return index < 0 ? undefined : `partners[${index}].${partner[2] ?? 'id'}`;
  }
  const field = /^(clinics\[\d+\]\.hours\.\w+|(?:clinics|specialHours)\[\d+\]\.\w+|\w+)/.exec(
    path,
  )?.[1];
  return ['clinics', 'partners', 'specialHours', 'strings', ''].includes(field) ? undefined : field;
}

/** Builder-level problems the schema cannot see: a partner id used twice. */
export function draftProblems(draft) {
  const seen = new Set();
  return draft.partners.flatMap((row, i) => {
    const id = row.id.trim();
    const repeated = seen.has(id);
    seen.add(id);
    return repeated && id !== '' ? [{ field: `partners[${i}].id`, repeated: true }] : [];
  });
}
