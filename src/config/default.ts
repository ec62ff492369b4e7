import type { Clinic, Config } from './schema.js';

/**
 * Plain data as a checked configuration has it: objects without a prototype, so a page's
 * `Object.prototype.bookingUrl` cannot show through (validateConfig() returns the same shape).
 * The default is ours and its test checks it against the schema; running the validator on it
 * at every page load was about a tenth of the drop-in's own evaluation, and kept the validator
 * in the drop-in, which now loads it only for a page's own configuration (ispine-config.js).
 */
const bare = <T extends object>(fields: T): T => {
  const empty = Object.create(null) as object;
  return Object.assign(empty, fields);
};

/** A clinic of the default: named after its city, in Minnesota, at the city centre. */
const clinic = (id: string, city: string, lat: number, lng: number): Clinic =>
  bare({ id, name: city, city, state: 'MN', lat, lng });

/**
 * The embedded default, from the clinic's published facts only: organisation, main line and the
 * six clinic cities. Coordinates are city centres (two decimals, about 1 km), not street
 * locations. Street addresses, hours and a booking URL are not published, so they are absent.
 */
export const DEFAULT_CONFIG: Config = bare({
  organization: 'iSpine Pain Physicians',
  phone: '+17632018191',
  clinics: [
    clinic('maple-grove', 'Maple Grove', 45.07, -93.46),
    clinic('coon-rapids', 'Coon Rapids', 45.17, -93.3),
    clinic('chaska', 'Chaska', 44.79, -93.6),
    clinic('shakopee', 'Shakopee', 44.8, -93.53),
    clinic('sartell', 'Sartell', 45.62, -94.21),
    clinic('delano', 'Delano', 45.04, -93.79),
  ],
});
