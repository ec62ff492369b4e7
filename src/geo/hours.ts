/**
 * Open-now for a clinic's weekly hours, in the clinic's wall-clock time (America/Chicago).
 *
 * Semantics:
 * - A period `[open, close]` is open from `open` (inclusive) to `close` (exclusive), local time;
 *   `"24:00"` closes at the end of that day. Periods that meet or overlap (such as `"24:00"` and
 *   the next day's `"00:00"`) count as one stretch, so the closing time is the real one.
 * - A day with `[]` is closed. A missing day is unknown: today missing gives `unknown`; the search
 *   for the next opening stops at the first missing day (the clinic may open that day), so a
 *   closed clinic whose next opening is not known has no `opens`.
 * - Wall-clock times come from `Intl` with the IANA zone, so DST changes are handled: on the
 *   night clocks change, "08:00" is still 08:00 local, whatever the UTC offset.
 * - Special days (`specialHours`) replace the weekday's periods on their date, local time; a
 *   clinic's own entry wins over one for every clinic. A special day is known even when the
 *   weekday is not.
 * The clock is injected (`now`); nothing here reads the current time.
 */
import { WEEKDAYS } from '../config/schema.js';
import type { OpeningPeriod, SpecialHours, Weekday, WeeklyHours } from '../config/schema.js';

/** A time in the clinic's week, relative to the day `now` falls on. */
export interface ClinicTime {
  readonly day: Weekday;
  /** Minutes after local midnight, 0–1440; 1440 is `"24:00"`, the end of `day`. */
  readonly minutes: number;
  /** 0 = today, 1 = tomorrow, … 7 = the same weekday next week. */
  readonly daysAhead: number;
}

/** Open now and until when; closed now and when it next opens; or hours not known for today. */
export type OpenStatus =
  | {
      readonly state: 'open';
      /** Absent when open around the clock for the whole coming week. */
      readonly closes?: ClinicTime;
    }
  | {
      readonly state: 'closed';
      /** Absent when no opening is known within 7 days. */
      readonly opens?: ClinicTime;
    }
  | { readonly state: 'unknown' };

/** One clinic's special days by local date (`YYYY-MM-DD`). */
export type SpecialDays = ReadonlyMap<string, SpecialHours>;

const DAY = 1440;
const NO_SPECIAL_DAYS: SpecialDays = new Map();
let clock: Intl.DateTimeFormat | undefined;
let calendar: Intl.DateTimeFormat | undefined;

/** The weekday and minutes after midnight at `now` in America/Chicago. */
export function clinicClock(now: Date): { day: Weekday; minutes: number } {
  // Built on first use: creating an Intl formatter costs more than the rest of this module.
  clock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Chicago',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  let day: Weekday = 'mon';
  let minutes = 0;
  // Engines without `formatToParts` (old Safari) still print "Mon 14:05"; read that instead.
  // Anything else unreadable throws: callers then show hours without "open now".
  let parts: { type: string; value: string }[] = [];
  if (typeof clock.formatToParts === 'function') parts = clock.formatToParts(now);
  else {
    const printed = /^([a-z]{3})\D*(\d+)\D(\d+)$/i.exec(clock.format(now));
    if (printed)
      parts = ['weekday', 'hour', 'minute'].map((type, i) => ({ type, value: printed[i + 1] }));
  }
  if (!parts.length) throw new Error('no clock in this engine');
  for (const { type, value } of parts) {
    if (type === 'weekday') day = value.slice(0, 3).toLowerCase() as Weekday;
    // `% 24`: some engines have printed midnight as "24" despite h23.
    else if (type === 'hour') minutes += (Number(value) % 24) * 60;
    else if (type === 'minute') minutes += Number(value);
  }
  return { day, minutes };
}

/** The local date at `now` in America/Chicago, `YYYY-MM-DD`. */
export function clinicDate(now: Date): string {
  // Its own formatter, made only for configurations with special days, so that clinicClock's
  // "Mon 14:05" fallback keeps its shape.
  calendar ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const printed = /(\d{2})\D(\d{2})\D(\d{4})/.exec(calendar.format(now));
  if (!printed) throw new Error('no calendar in this engine');
  return `${printed[3]}-${printed[1]}-${printed[2]}`;
}

/** The date `days` days after `date` (both `YYYY-MM-DD`); calendar days, so DST plays no part. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The special days that apply to `clinic`: its own entries over those for every clinic. */
export function specialDays(
  special: readonly SpecialHours[] | undefined,
  clinic: string,
): SpecialDays {
  if (!special?.length) return NO_SPECIAL_DAYS;
  const days = new Map<string, SpecialHours>();
  for (const entry of special) {
    if (entry.clinic === undefined ? !days.has(entry.date) : entry.clinic === clinic)
      days.set(entry.date, entry);
  }
  return days;
}

/**
 * The periods of each day from today, `daysAhead` 0–7: the special day's on its date, else the
 * weekday's (`undefined`: not known).
 */
export function comingPeriods(
  hours: WeeklyHours | undefined,
  now: Date,
  special: SpecialDays = NO_SPECIAL_DAYS,
  /** Today's weekday at `now`, when the caller has read the clock already. */
  day: Weekday = clinicClock(now).day,
): (daysAhead: number) => readonly OpeningPeriod[] | undefined {
  const start = WEEKDAYS.indexOf(day);
  const today = special.size ? clinicDate(now) : '';
  return (ahead) =>
    (special.size ? special.get(addDays(today, ahead))?.hours : undefined) ??
    hours?.[WEEKDAYS[(start + ahead) % 7]];
}

/** `"HH:MM"` as minutes after midnight. */
export const toMinutes = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** `offset` minutes after today's local midnight as a day and time; an end at midnight is "24:00". */
function clinicTime(start: number, offset: number, isEnd: boolean): ClinicTime {
  const daysAhead = isEnd ? Math.ceil(offset / DAY) - 1 : Math.floor(offset / DAY);
  return {
    day: WEEKDAYS[(start + daysAhead) % 7],
    minutes: offset - daysAhead * DAY,
    daysAhead,
  };
}

/** Whether the clinic is open at `now`, with the closing or next opening time (see above). */
export function openStatus(
  hours: WeeklyHours | undefined,
  now: Date,
  special: SpecialDays = NO_SPECIAL_DAYS,
): OpenStatus {
  const { day, minutes } = clinicClock(now);
  const periodsOn = comingPeriods(hours, now, special, day);
  if (!periodsOn(0)) return { state: 'unknown' };
  const start = WEEKDAYS.indexOf(day);

  // Known periods, in minutes after today's midnight, from today up to the first unknown day.
  const periods: [number, number][] = [];
  for (let ahead = 0; ahead <= 7; ahead++) {
    const list = periodsOn(ahead);
    if (!list) break;
    for (const [open, close] of list)
      periods.push([ahead * DAY + toMinutes(open), ahead * DAY + toMinutes(close)]);
  }

  let closes = -1;
  for (const [open, close] of periods)
    if (open <= minutes && minutes < close) closes = Math.max(closes, close);
  if (closes >= 0) {
    for (let grown = true; grown;) {
      grown = false;
      for (const [open, close] of periods) {
        if (open <= closes && close > closes) {
          closes = close;
          grown = true;
        }
      }
    }
    // A stretch reaching the end of the 8 days scanned never closes within the coming week.
    return closes >= 8 * DAY
      ? { state: 'open' }
      : { state: 'open', closes: clinicTime(start, closes, true) };
  }

  let opens = Infinity;
  for (const [open] of periods) if (open > minutes && open < opens) opens = open;
  return opens === Infinity
    ? { state: 'closed' }
    : { state: 'closed', opens: clinicTime(start, opens, false) };
}
