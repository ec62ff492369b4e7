/** The languages the widgets speak. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The clinic's own wording, per language: `"<widget>.<key>"` → text, e.g.
 * `{ "es": { "symptom-checker.title": "¿Le duele la espalda?" } }`. Keys are listed in
 * `string-keys.ts` (the widgets' plain-text strings).
 */
export type StringOverrides = Partial<Record<Lang, Record<string, string>>>;

/**
 * Identifiers of clinics and partners: lowercase letters, digits and hyphens. Here rather than in
 * validate.ts, which the drop-in loads only for a page's own configuration (ispine-config.js).
 */
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

/** Days of the week as they appear in `hours`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening period in local clinic time (America/Chicago), e.g. `["08:00", "17:00"]`. */
export type OpeningPeriod = [open: string, close: string];

/** Weekly opening hours; a missing day is unknown, an empty list means closed. */
export type WeeklyHours = Partial<Record<Weekday, OpeningPeriod[]>>;

/**
 * A dated exception to the weekly hours (a holiday, a training day): that day's periods replace
 * the weekday's, for one clinic (`clinic`) or, without it, for every clinic.
 */
export interface SpecialHours {
  /** The clinic's local date (America/Chicago), `YYYY-MM-DD`. */
  date: string;
  /** A clinic's id; absent: every clinic. A clinic's own entry wins over one for every clinic. */
  clinic?: string;
  /** That day's opening periods; `[]` is closed all day. */
  hours: OpeningPeriod[];
  /** What the day is, shown beside its hours: "Thanksgiving", "Christmas Eve". */
  label?: string;
}

/** One clinic location. Optional facts stay absent when unpublished; never invent them. */
export interface Clinic {
  id: string;
  name: string;
  city: string;
  state: string;
  lat: number;
  lng: number;
  street?: string;
  zip?: string;
  /** E.164, e.g. `+17632018191`. */
  phone?: string;
  /** https only. */
  bookingUrl?: string;
  hours?: WeeklyHours;
}

/** Settings for one partner site. */
export interface Partner {
  /** The partner's name, for people reading the configuration; the widgets do not show it. */
  name?: string;
  /** A call-tracking number (E.164) shown instead of the main number on this partner's pages. */
  phone?: string;
}

/** The whole widget configuration (docs/configuration.md). */
export interface Config {
  organization: string;
  /** Main line, E.164. */
  phone: string;
  /** Organisation-wide booking page, https only. */
  bookingUrl?: string;
  clinics: Clinic[];
  partners?: Record<string, Partner>;
  /** Beyond this many miles the location picker says the nearest clinic is far (default 100). */
  outOfAreaMiles?: number;
  /** Dated closures or hours that replace the weekly hours on those days. */
  specialHours?: SpecialHours[];
  /** Wording that replaces the widgets' own, per language (a reviewed translation, say). */
  strings?: StringOverrides;
}
