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
 * A day's text as the schema's periods: `''` → absent (unknown), the closed word (in either
 * language) → `[]`, else each comma-separated `HH:MM-HH:MM`. Text that is not a pair stays as it
 * is, so the validator reports it on that day.
 */
export function parseHours(text, closedWords) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (closedWords.includes(trimmed.toLowerCase())) return [];
  return trimmed.split(',').map((period) => {
    const times = period.split(/[-–—]| to | a /).map((time) => time.trim());
    return times.length === 2 ? times : period.trim();
  });
}

const text = (value) =>
  typeof value === 'string' ? value : value === undefined ? '' : String(value);

/** A configuration (imported or the default) as a draft; `closedWord` writes closed days. */
export function toDraft(config, closedWord) {
  const source = typeof config === 'object' && config !== null ? config : {};
  const clinics = Array.isArray(source.clinics) ? source.clinics : [];
  const partners =
    typeof source.partners === 'object' && source.partners !== null ? source.partners : {};
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
  };
}

/** The settings of `value` the draft does not keep (reported on import), as paths. */
export function unknownSettings(value) {
  if (typeof value !== 'object' || value === null) return [];
  const known = {
    top: ['organization', 'phone', 'bookingUrl', 'clinics', 'partners'],
    clinic: [
      ...['id', 'name', 'city', 'state', 'street', 'zip', 'lat', 'lng', 'phone', 'bookingUrl'],
      'hours',
    ],
  };
  const unknown = Object.keys(value).filter((key) => !known.top.includes(key));
  (Array.isArray(value.clinics) ? value.clinics : []).forEach((clinic, i) => {
    if (typeof clinic !== 'object' || clinic === null) return;
    for (const key of Object.keys(clinic)) {
      if (!known.clinic.includes(key)) unknown.push(`clinics[${i}].${key}`);
    }
  });
  return unknown;
}

/** A typed coordinate: a number when it reads as one, else the text (the validator says why). */
function coordinate(typed) {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Sets `key` to the trimmed text unless it is empty (optional fields stay absent). */
function optional(target, key, typed) {
  const trimmed = typed.trim();
  if (trimmed !== '') target[key] = trimmed;
}

/** The configuration JSON for a draft (what the builder validates, previews and exports). */
export function toConfig(draft, closedWords) {
  const config = { organization: draft.organization.trim(), phone: draft.phone.trim() };
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
    for (const key of ['street', 'zip', 'phone', 'bookingUrl']) optional(clinic, key, row[key]);
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
      optional(partner, 'phone', row.phone);
      // A repeated id keeps the first row; the builder marks the others.
      if (!Object.hasOwn(config.partners, row.id.trim())) config.partners[row.id.trim()] = partner;
    }
  }
  return config;
}

/**
 * The draft field a validator path belongs to (`clinics[0].hours.mon[1][0]` →
 * `clinics[0].hours.mon`; `partners.shop.phone` → `partners[2].phone`); `undefined` when it
 * belongs to no single field.
 */
export function fieldFor(path, draft) {
  const partner = /^partners\.([^.]*)(?:\.(\w+))?$/.exec(path);
  if (partner) {
    const index = draft.partners.findIndex((row) => row.id.trim() === partner[1]);
    return index < 0 ? undefined : `partners[${index}].${partner[2] ?? 'id'}`;
  }
  const field = /^(clinics\[\d+\]\.hours\.\w+|clinics\[\d+\]\.\w+|\w+)/.exec(path)?.[1];
  return field === 'clinics' || field === 'partners' || field === '' ? undefined : field;
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
