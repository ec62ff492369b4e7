import { WEEKDAYS } from './schema.js';
import type { Clinic, Config, OpeningPeriod, Partner, Weekday, WeeklyHours } from './schema.js';

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

function coordinate(limit: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
      throw new ConfigError(path, `must be a number between -${limit} and ${limit}`);
    }
    return value;
  };
}

/** Checks one field's value; `path` names the field in errors. */
type Check<T> = (value: unknown, path: string) => T;

/** An optional field: absent stays absent, present must pass `check`. */
function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

/**
 * An object with exactly these fields, each checked in table order; unknown keys are errors and
 * absent optional fields stay absent.
 */
function object<T>(checks: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const table = checks as Record<string, Check<unknown>>;
  const known = Object.keys(table);
  return (value, path) => {
    const fields = record(value, path);
    onlyKnownKeys(fields, known, path);
    const result: Fields = {};
    for (const key of known) {
      const checked = table[key](fields[key], `${path}.${key}`);
      if (checked !== undefined) result[key] = checked;
    }
    return result as T;
  };
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

function openingPeriods(value: unknown, path: string): OpeningPeriod[] {
  if (!Array.isArray(value)) {
    throw new ConfigError(path, 'must be a list of opening periods ([] = closed)');
  }
  return value.map((period, i) => openingPeriod(period, `${path}[${i}]`));
}

const weeklyHours = object<WeeklyHours>(
  Object.fromEntries(WEEKDAYS.map((day) => [day, optional(openingPeriods)])) as {
    [D in Weekday]: Check<OpeningPeriod[] | undefined>;
  },
);

const clinic = object<Clinic>({
  id: (id, path) => matching(id, ID_PATTERN, path, 'lowercase letters, digits and hyphens (1–64)'),
  name: text,
  city: text,
  state: (state, path) =>
    matching(state, /^[A-Z]{2}$/, path, 'a two-letter state code such as "MN"'),
  lat: coordinate(90),
  lng: coordinate(180),
  street: optional(text),
  zip: optional((zip, path) => matching(zip, /^\d{5}$/, path, 'a five-digit ZIP code')),
  phone: optional(phone),
  bookingUrl: optional(httpsUrl),
  hours: optional(weeklyHours),
});

function clinics(value: unknown, path: string): Clinic[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError(path, 'must be a non-empty list of clinics');
  }
  const ids = new Set<string>();
  return value.map((entry, i) => {
    const checked = clinic(entry, `${path}[${i}]`);
    if (ids.has(checked.id)) {
      throw new ConfigError(`${path}[${i}].id`, `repeats the id "${checked.id}"`);
    }
    ids.add(checked.id);
    return checked;
  });
}

const partner = object<Partner>({ phone: optional(phone) });

function partners(value: unknown, path: string): Record<string, Partner> {
  const result: Record<string, Partner> = {};
  for (const [id, entry] of Object.entries(record(value, path))) {
    const at = `${path}.${id}`;
    if (!ID_PATTERN.test(id)) {
      throw new ConfigError(
        at,
        'is not a valid partner id (lowercase letters, digits and hyphens)',
      );
    }
    result[id] = partner(entry, at);
  }
  return result;
}

const config = object<Config>({
  organization: text,
  phone,
  bookingUrl: optional(httpsUrl),
  clinics,
  partners: optional(partners),
  outOfAreaMiles: optional((miles, path) => {
    if (typeof miles !== 'number' || !(miles > 0 && miles < 1e5))
      throw new ConfigError(path, 'must be a number of miles above 0');
    return miles;
  }),
});

/**
 * Checks untrusted configuration (parsed JSON) against the schema and returns a clean copy.
 * @throws ConfigError naming the first bad field.
 */
export function validateConfig(value: unknown): Config {
  return config(value, 'config');
}
