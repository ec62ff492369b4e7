/**
 * The picker's list as plain data: what each row says (distance, open now, today's hours, the
 * week, the directions link) and what the list says once (its phone, the out-of-area notice).
 * DOM-free and clock-injected, so it runs under `node --test`; the element only renders it.
 * @internal
 */
import { WEEKDAYS } from '../config/schema.js';
import type { Clinic, Config, OpeningPeriod, SpecialHours } from '../config/schema.js';
import { contactFor } from '../core/contact.js';
import { sortByDistance } from '../geo/distance.js';
import type { LatLng } from '../geo/distance.js';
import {
  addDays,
  clinicClock,
  clinicDate,
  openStatus,
  specialDays,
  toMinutes,
} from '../geo/hours.js';
import type { ClinicTime, SpecialDays } from '../geo/hours.js';
import { loadedSearch } from './search-loader.js';
import type { PickerStrings } from './strings.js';

/** Default radius beyond which the nearest clinic counts as far (config `outOfAreaMiles`). */
export const OUT_OF_AREA_MILES = 100;

/** One clinic as the list shows it. */
export interface ClinicRow {
  readonly clinic: Clinic;
  /** Street address, or city and state when they add to the name; empty otherwise. */
  readonly address: string;
  /** Rounded miles (0: under one mile), when the list is sorted. */
  readonly miles?: number;
  /** The first row of a sorted list. */
  readonly nearest: boolean;
  readonly chosen: boolean;
  /** `open` or `closed` now, when today's hours are configured. */
  readonly open?: 'open' | 'closed';
  /** "Open now · until 5:00 PM", "Closed · opens Mon at 8:00 AM", "Closed today (Thanksgiving)". */
  readonly openText?: string;
  /** "Today 8:00 AM – 5:00 PM", "Today 9:00 AM – 12:00 PM (Christmas Eve)", when configured. */
  readonly today?: string;
  /** The configured days, "Mon" → "8:00 AM – 5:00 PM" / "Closed" / "Closed (Thanksgiving)". */
  readonly week: readonly (readonly [day: string, hours: string])[];
  /** This row's number (E.164), only when the list has no single number. */
  readonly phone?: string;
  readonly directions: string;
}

/** The whole list: rows in display order and what is said once for all of them. */
export interface ClinicList {
  readonly rows: readonly ClinicRow[];
  /** The one number for every clinic (E.164), shown once above the list. */
  readonly phone?: string;
  /** The organisation's number (a partner's tracking number on its pages). */
  readonly mainPhone: string;
  /** The out-of-area notice, when the nearest clinic is beyond `outOfAreaMiles`. */
  readonly far?: string;
  readonly sorted: boolean;
}

/** What the list depends on. */
export interface ListInput {
  readonly config: Config;
  readonly strings: PickerStrings;
  readonly origin?: LatLng;
  readonly selected?: string;
  readonly partner?: string;
  /** The time "open now" is computed for. */
  readonly now: Date;
}

/**
 * A Google Maps directions link: to the street address when configured, else to a search for
 * the organisation's clinic by name in its city — never to a coordinate, which lands on a random
 * point in town.
 */
export function directionsUrl(config: Config, clinic: Clinic, t: PickerStrings): string {
  const { name, street, city, state, zip } = clinic;
  const place = name.includes(config.organization) ? name : `${config.organization} ${name}`;
  const destination = street ? t.address(city, state, street, zip) : t.mapQuery(place, city, state);
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}

/** A closing or opening time's weekday, only when it is not today. */
const dayOf = (t: PickerStrings, at: ClinicTime) =>
  at.daysAhead ? t.days[WEEKDAYS.indexOf(at.day)] : undefined;

/**
 * Hours facts for one clinic; without a working clock (old `Intl`) only the weekly hours are
 * shown. A special day this week shows with its label in the week, and today's in the row.
 */
function hoursOf(clinic: Clinic, t: PickerStrings, now: Date, special: SpecialDays) {
  const { hours } = clinic;
  if (!hours && !special.size) return { week: [] };
  const allDay = (periods: readonly OpeningPeriod[]) =>
    periods.length === 1 && periods[0][0] === '00:00' && periods[0][1] === '24:00';
  const day = (periods: readonly OpeningPeriod[]) =>
    allDay(periods)
      ? t.allDay
      : t.periods(
          periods.map(([open, close]) =>
            t.period(t.time(toMinutes(open)), t.time(toMinutes(close))),
          ),
        ) || t.closed;
  const labelled = (text: string, entry?: SpecialHours) =>
    entry?.label ? t.labelled(text, entry.label) : text;
  /** The week in weekday order; `dated(i)` is weekday `i`'s special day this week. */
  const weekOf = (dated: (weekday: number) => SpecialHours | undefined) =>
    WEEKDAYS.flatMap((weekday, i) => {
      const entry = dated(i);
      const periods = entry?.hours ?? hours?.[weekday];
      return periods ? [[t.days[i], labelled(day(periods), entry)] as const] : [];
    });
  let status;
  let week;
  let todaySpecial;
  let periods: readonly OpeningPeriod[] | undefined;
  try {
    const start = WEEKDAYS.indexOf(clinicClock(now).day);
    const date = special.size ? clinicDate(now) : '';
    const dated = (weekday: number) =>
      special.size ? special.get(addDays(date, (weekday - start + 7) % 7)) : undefined;
    week = weekOf(dated);
    status = openStatus(hours, now, special);
    todaySpecial = dated(start);
    periods = todaySpecial?.hours ?? hours?.[WEEKDAYS[start]];
  } catch {
    // An engine without a working Intl time zone: the week still shows, "open now" cannot.
    return { week: weekOf(() => undefined) };
  }
  if (status.state === 'unknown') return { week };
  // Closed all day for a special day: that is the news, said once.
  if (todaySpecial && !todaySpecial.hours.length)
    return { week, open: status.state, openText: labelled(t.closedToday, todaySpecial) };
  return {
    week,
    open: status.state,
    openText:
      status.state === 'open'
        ? status.closes
          ? t.until(status.closes.minutes, dayOf(t, status.closes))
          : t.openNow
        : status.opens
          ? t.opensAt(status.opens.minutes, dayOf(t, status.opens))
          : t.closed,
    today: periods?.length ? labelled(t.today(day(periods)), todaySpecial) : undefined,
  };
}

/** The list the picker shows: nearest first when `origin` is known, else in config order. */
export function clinicList({
  config,
  strings: t,
  origin,
  selected,
  partner,
  now,
}: ListInput): ClinicList {
  const { items, miles } = origin
    ? // After a ZIP lookup, the search's re-sort (faster; same result); before, the drop-in's.
      (loadedSearch?.sortNearest ?? sortByDistance)(config.clinics, origin)
    : { items: config.clinics, miles: undefined };
  const mainPhone = contactFor(config, undefined, partner).phone;
  // contactFor's rule (the clinic's own line, else the main or tracking line), with no lookup
  // per clinic: a partner list of thousands stays linear.
  const phones = items.map(({ phone }) => phone ?? mainPhone);
  const shared = phones.every((phone) => phone === phones[0]) ? phones[0] : undefined;
  const rows = items.map((clinic, i): ClinicRow => {
    const { name, city, state, street, zip } = clinic;
    return {
      clinic,
      address: street || city !== name ? t.address(city, state, street, zip) : '',
      miles: miles && Math.round(miles[i]),
      nearest: !!miles && i === 0,
      chosen: clinic.id === selected,
      phone: shared ? undefined : phones[i],
      directions: directionsUrl(config, clinic, t),
      ...hoursOf(clinic, t, now, specialDays(config.specialHours, clinic.id)),
    };
  });
  const nearest = rows.at(0);
  const limit = config.outOfAreaMiles ?? OUT_OF_AREA_MILES;
  return {
    rows,
    phone: shared,
    sorted: !!miles,
    mainPhone,
    far:
      nearest?.miles !== undefined && nearest.miles > limit
        ? t.far(nearest.clinic.name, nearest.miles)
        : undefined,
  };
}
