import { ID_PATTERN, LANGS, WEEKDAYS } from './schema.js';
import type {
  Clinic,
  Config,
  OpeningPeriod,
  Partner,
  SpecialHours,
  StringOverrides,
  Weekday,
  WeeklyHours,
} from './schema.js';
import { SAFETY_KEYS, STRING_KEYS } from './string-keys.js';

/** A configuration problem, with the path of the offending field (e.g. `clinics[2].phone`). */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    /** What is wrong, without the path: `must be an absolute https:// URL`. */
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'ConfigError';
  }
}

/**
 * One problem in a configuration: the field's path below the top (`clinics[2].phone`; `""` for
 * the whole value) and what is wrong.
 */
export interface ConfigProblem {
  path: string;
  message: string;
}

export { ID_PATTERN };
const E164 = /^\+[1-9]\d{7,14}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

type Fields = Record<string, unknown>;

/** Receives each problem found below a composite field; the walk goes on to the next field. */
type Report = (error: ConfigError) => void;

/**
 * Runs `check` and returns its value, or reports its ConfigError and returns `undefined`:
 * composite checks (objects, lists) use it so that one bad field does not hide the others.
 */
function attempt<T>(check: Check<T>, value: unknown, path: string, report: Report): T | undefined {
  try {
    return check(value, path, report);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    report(error);
    return undefined;
  }
}

/**
 * A fresh object without a prototype: a page that sets `Object.prototype.phone` (or any other
 * optional field) cannot make it appear in a checked configuration.
 */
function bare(): Fields {
  return Object.create(null) as Fields;
}

function record(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(path, 'must be an object');
  }
  return value as Fields;
}

function reportUnknownKeys(
  fields: Fields,
  known: readonly string[],
  path: string,
  report: Report,
): void {
  for (const key of Object.keys(fields)) {
    if (known.includes(key)) continue;
    report(
      new ConfigError(
        `${path}.${key}`,
        `is not a known setting (expected one of: ${known.join(', ')})`,
      ),
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

/**
 * Checks one field's value; `path` names the field in errors. A leaf check throws a ConfigError;
 * a composite one reports its fields' problems through `report` and returns what it could check.
 */
type Check<T> = (value: unknown, path: string, report: Report) => T;

/** An optional field: absent stays absent, present must pass `check`. */
function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path, report) => (value === undefined ? undefined : check(value, path, report));
}

/** Reads an own field only, never one inherited from a (possibly polluted) prototype. */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/**
 * An object with exactly these fields, each checked in table order; unknown keys are errors and
 * absent optional fields stay absent. The result has no prototype (see bare()).
 */
function object<T>(checks: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const table = checks as Record<string, Check<unknown>>;
  const known = Object.keys(table);
  return (value, path, report) => {
    const fields = record(value, path);
    reportUnknownKeys(fields, known, path, report);
    const result = bare();
    for (const key of known) {
      const checked = attempt(table[key], own(fields, key), `${path}.${key}`, report);
      if (checked !== undefined) result[key] = checked;
    }
    return result as T;
  };
}

/** A list whose entries each pass `check`; bad entries are reported and left out. */
function listOf<T>(check: Check<T>, value: unknown[], path: string, report: Report): T[] {
  return value.flatMap((entry, i) => {
    const checked = attempt(check, entry, `${path}[${i}]`, report);
    return checked === undefined ? [] : [checked];
  });
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

function openingPeriods(value: unknown, path: string, report: Report): OpeningPeriod[] {
  if (!Array.isArray(value)) {
    throw new ConfigError(path, 'must be a list of opening periods ([] = closed)');
  }
  return listOf(openingPeriod, value, path, report);
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

function clinics(value: unknown, path: string, report: Report): Clinic[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError(path, 'must be a non-empty list of clinics');
  }
  const ids = new Set<string>();
  value.forEach((entry: unknown, i) => {
    const id = typeof entry === 'object' && entry !== null ? own(entry as Fields, 'id') : undefined;
    if (typeof id !== 'string') return;
    if (ids.has(id)) report(new ConfigError(`${path}[${i}].id`, `repeats the id "${id}"`));
    ids.add(id);
  });
  return listOf(clinic, value, path, report);
}

const partner = object<Partner>({ name: optional(text), phone: optional(phone) });

function partners(value: unknown, path: string, report: Report): Record<string, Partner> {
  const result = bare() as Record<string, Partner>;
  for (const [id, entry] of Object.entries(record(value, path))) {
    const at = `${path}.${id}`;
    if (!ID_PATTERN.test(id)) {
      report(new ConfigError(at, 'is not a valid partner id (a-z, 0-9 and -)'));
      continue;
    }
    const checked = attempt(partner, entry, at, report);
    if (checked !== undefined) result[id] = checked;
  }
  return result;
}

/** A real calendar date, `YYYY-MM-DD`. */
function date(value: unknown, path: string): string {
  const problem = 'a date "YYYY-MM-DD" such as "2026-12-25"';
  const checked = matching(value, /^\d{4}-\d{2}-\d{2}$/, path, problem);
  const [year, month, day] = checked.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day)
    throw new ConfigError(path, `must be ${problem}`);
  return checked;
}

const specialDay = object<SpecialHours>({
  date,
  clinic: optional((id, path) =>
    matching(id, ID_PATTERN, path, 'a clinic id such as "maple-grove"'),
  ),
  hours: openingPeriods,
  label: optional(text),
});

function specialHours(value: unknown, path: string, report: Report): SpecialHours[] {
  if (!Array.isArray(value)) throw new ConfigError(path, 'must be a list of special days');
  return listOf(specialDay, value, path, report);
}

/**
 * What the schema cannot see field by field: a special day naming a clinic that is not in
 * `clinics`, or a date given twice for the same clinics.
 */
function specialHoursAgainstClinics({ clinics, specialHours }: Config, report: Report): void {
  // `clinics` is missing from a checked copy whose clinics failed: then no id is known.
  const ids = new Set((clinics as Clinic[] | undefined)?.map(({ id }) => id));
  const seen = new Set<string>();
  specialHours?.forEach(({ clinic, date }, i) => {
    const at = `config.specialHours[${i}]`;
    if (clinic !== undefined && !ids.has(clinic))
      report(new ConfigError(`${at}.clinic`, `names no clinic in clinics ("${clinic}")`));
    const key = `${date} ${clinic ?? '*'}`;
    if (seen.has(key)) report(new ConfigError(`${at}.date`, `repeats the date ${date}`));
    seen.add(key);
  });
}

/** Every `"<widget>.<key>"` a configuration may reword. */
const OVERRIDABLE = new Set(
  Object.entries(STRING_KEYS).flatMap(([widget, keys]) => keys.map((key) => `${widget}.${key}`)),
);

function strings(value: unknown, path: string, report: Report): StringOverrides {
  const result = bare() as StringOverrides;
  for (const [lang, table] of Object.entries(record(value, path))) {
    if (!LANGS.includes(lang as never)) {
      report(
        new ConfigError(
          `${path}.${lang}`,
          `is not a language the widgets speak (${LANGS.join(', ')})`,
        ),
      );
      continue;
    }
    const words = bare() as Record<string, string>;
    const entries = Object.entries(attempt(record, table, `${path}.${lang}`, report) ?? {});
    // One error naming every refused key: the clinic removes them all at once.
    const safety = entries.map(([key]) => key).filter((key) => SAFETY_KEYS.includes(key));
    if (safety.length > 0) {
      report(
        new ConfigError(
          `${path}.${lang}`,
          `rewords safety text, which no configuration can change: remove ${safety.map((key) => `"${key}"`).join(', ')}`,
        ),
      );
    }
    for (const [key, text] of entries) {
      const at = `${path}.${lang}["${key}"]`;
      if (SAFETY_KEYS.includes(key)) continue;
      if (!OVERRIDABLE.has(key)) {
        report(new ConfigError(at, 'is not a string the widgets show'));
      } else if (typeof text !== 'string' || text.trim() === '' || text.length > 1000) {
        report(new ConfigError(at, 'must be text of 1–1000 characters'));
      } else {
        words[key] = text;
      }
    }
    result[lang as keyof StringOverrides] = words;
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
  specialHours: optional(specialHours),
  strings: optional(strings),
});

/** Checks `value` in full: the clean copy of what passed, and every problem found. */
function check(value: unknown): { checked?: Config; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const report: Report = (error) => errors.push(error);
  const checked = attempt(config, value, 'config', report);
  if (checked) specialHoursAgainstClinics(checked, report);
  return { checked, errors };
}

/**
 * Every problem in untrusted configuration (parsed JSON), in document order; `[]` when it is
 * valid. The configuration builder shows each beside its field.
 */
export function configProblems(value: unknown): ConfigProblem[] {
  return check(value).errors.map(({ path, problem }) => ({
    path: path.replace(/^config\.?/, ''),
    message: problem,
  }));
}

/**
 * Checks untrusted configuration (parsed JSON) against the schema and returns a clean copy
 * whose objects have no prototype.
 * @throws ConfigError naming the first bad field.
 */
export function validateConfig(value: unknown): Config {
  const { checked, errors } = check(value);
  if (errors.length > 0 || checked === undefined) throw errors[0];
  return checked;
}
