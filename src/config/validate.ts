import { WEEKDAYS } from './schema.js';
import type { Clinic, Config, OpeningPeriod, Partner, WeeklyHours } from './schema.js';

/** A configuration problem, with the path of the offending field (e.g. `clinics[2].phone`). */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Identifiers of clinics and partners: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const E164 = /^\+[1-9]\d{7,14}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

type Fields = Record<string, unknown>;

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(path, 'must be an object');
  }
  return value as Fields;
}

function onlyKnownKeys(fields: Fields, known: readonly string[], path: string): void {
  const unknown = Object.keys(fields).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    throw new ConfigError(
      `${path}.${unknown}`,
      `is not a known setting (expected one of: ${known.join(', ')})`,
    );
  }
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new ConfigError(path, 'must be a non-empty string of at most 200 characters');
  }
  return value;
}

function matching(value: unknown, pattern: RegExp, path: string, expected: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new ConfigError(path, `must be ${expected}`);
  }
  return value;
}

/** Checks a phone number is E.164 (`+17632018191`); returns it unchanged. */
export function phone(value: unknown, path: string): string {
  return matching(value, E164, path, 'an E.164 phone number such as "+17632018191"');
}

/** Checks a URL is absolute https (never `javascript:`, `data:` or `http:`); returns it normalised. */
export function httpsUrl(value: unknown, path: string): string {
  const problem = 'must be an absolute https:// URL';
  if (typeof value !== 'string') throw new ConfigError(path, problem);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(path, problem);
  }
  if (url.protocol !== 'https:' || url.username || url.password)
    throw new ConfigError(path, problem);
  return url.href;
}

function coordinate(value: unknown, limit: number, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new ConfigError(path, `must be a number between -${limit} and ${limit}`);
  }
  return value;
}

function optional<T>(
  fields: Fields,
  key: string,
  path: string,
  check: (value: unknown, path: string) => T,
): T | undefined {
  return fields[key] === undefined ? undefined : check(fields[key], `${path}.${key}`);
}

function openingPeriod(value: unknown, path: string): OpeningPeriod {
  if (!Array.isArray(value) || value.length !== 2) {
    throw new ConfigError(path, 'must be a pair of times such as ["08:00", "17:00"]');
  }
  const [open, close] = value.map((time, i) =>
    matching(time, TIME, `${path}[${i}]`, 'a time "HH:MM" (24-hour)'),
  );
  if (open >= close) throw new ConfigError(path, 'must close after it opens');
  return [open, close];
}

function weeklyHours(value: unknown, path: string): WeeklyHours {
  const fields = record(value, path);
  onlyKnownKeys(fields, WEEKDAYS, path);
  const hours: WeeklyHours = {};
  for (const day of WEEKDAYS) {
    const periods = fields[day];
    if (periods === undefined) continue;
    if (!Array.isArray(periods))
      throw new ConfigError(`${path}.${day}`, 'must be a list of opening periods ([] = closed)');
    hours[day] = periods.map((period, i) => openingPeriod(period, `${path}.${day}[${i}]`));
  }
  return hours;
}

const CLINIC_KEYS = [
  'id',
  'name',
  'city',
  'state',
  'lat',
  'lng',
  'street',
  'zip',
  'phone',
  'bookingUrl',
  'hours',
];

function clinic(value: unknown, path: string): Clinic {
  const fields = record(value, path);
  onlyKnownKeys(fields, CLINIC_KEYS, path);
  const optionals: Partial<Clinic> = {
    street: optional(fields, 'street', path, text),
    zip: optional(fields, 'zip', path, (zip, at) =>
      matching(zip, /^\d{5}$/, at, 'a five-digit ZIP code'),
    ),
    phone: optional(fields, 'phone', path, phone),
    bookingUrl: optional(fields, 'bookingUrl', path, httpsUrl),
    hours: optional(fields, 'hours', path, weeklyHours),
  };
  return {
    id: matching(
      fields.id,
      ID_PATTERN,
      `${path}.id`,
      'lowercase letters, digits and hyphens (1–64)',
    ),
    name: text(fields.name, `${path}.name`),
    city: text(fields.city, `${path}.city`),
    state: matching(
      fields.state,
      /^[A-Z]{2}$/,
      `${path}.state`,
      'a two-letter state code such as "MN"',
    ),
    lat: coordinate(fields.lat, 90, `${path}.lat`),
    lng: coordinate(fields.lng, 180, `${path}.lng`),
    ...(Object.fromEntries(
      Object.entries(optionals as Record<string, unknown>).filter(([, v]) => v !== undefined),
    ) as Partial<Clinic>),
  };
}

function partners(value: unknown, path: string): Record<string, Partner> {
  const fields = record(value, path);
  const result: Record<string, Partner> = {};
  for (const [id, entry] of Object.entries(fields)) {
    const at = `${path}.${id}`;
    if (!ID_PATTERN.test(id))
      throw new ConfigError(
        at,
        'is not a valid partner id (lowercase letters, digits and hyphens)',
      );
    const partnerFields = record(entry, at);
    onlyKnownKeys(partnerFields, ['phone'], at);
    result[id] =
      partnerFields.phone === undefined ? {} : { phone: phone(partnerFields.phone, `${at}.phone`) };
  }
  return result;
}

/**
 * Checks untrusted configuration (parsed JSON) against the schema and returns a clean copy.
 * @throws ConfigError naming the first bad field.
 */
export function validateConfig(value: unknown): Config {
  const fields = record(value, 'config');
  onlyKnownKeys(fields, ['organization', 'phone', 'bookingUrl', 'clinics', 'partners'], 'config');
  if (!Array.isArray(fields.clinics) || fields.clinics.length === 0) {
    throw new ConfigError('config.clinics', 'must be a non-empty list of clinics');
  }
  const clinics = fields.clinics.map((entry, i) => clinic(entry, `config.clinics[${i}]`));
  const ids = new Set<string>();
  clinics.forEach(({ id }, i) => {
    if (ids.has(id)) throw new ConfigError(`config.clinics[${i}].id`, `repeats the id "${id}"`);
    ids.add(id);
  });
  const config: Config = {
    organization: text(fields.organization, 'config.organization'),
    phone: phone(fields.phone, 'config.phone'),
    clinics,
  };
  const bookingUrl = optional(fields, 'bookingUrl', 'config', httpsUrl);
  if (bookingUrl) config.bookingUrl = bookingUrl;
  const partnerTable = optional(fields, 'partners', 'config', partners);
  if (partnerTable) config.partners = partnerTable;
  return config;
}
