import type { Config } from './schema.js';
import { validateConfig } from './validate.js';

/**
 * The embedded default, from the clinic's published facts only: organisation, main line and the
 * six clinic cities. Coordinates are city centres (two decimals, about 1 km), not street
 * locations. Street addresses, hours and a booking URL are not published, so they are absent.
 * Passed through the validator so that, like any checked configuration, its objects have no
 * prototype: a page's `Object.prototype.bookingUrl` cannot show through.
 */
export const DEFAULT_CONFIG: Config = validateConfig({
  organization: 'iSpine Pain Physicians',
  phone: '+17632018191',
  clinics: [
    {
      id: 'maple-grove',
      name: 'Maple Grove',
      city: 'Maple Grove',
      state: 'MN',
      lat: 45.07,
      lng: -93.46,
    },
    {
      id: 'coon-rapids',
      name: 'Coon Rapids',
      city: 'Coon Rapids',
      state: 'MN',
      lat: 45.17,
      lng: -93.3,
    },
    { id: 'chaska', name: 'Chaska', city: 'Chaska', state: 'MN', lat: 44.79, lng: -93.6 },
    { id: 'shakopee', name: 'Shakopee', city: 'Shakopee', state: 'MN', lat: 44.8, lng: -93.53 },
    { id: 'sartell', name: 'Sartell', city: 'Sartell', state: 'MN', lat: 45.62, lng: -94.21 },
    { id: 'delano', name: 'Delano', city: 'Delano', state: 'MN', lat: 45.04, lng: -93.79 },
  ],
});
