import type { Config } from '../../src/config/schema.js';
import { DEFAULT_CONFIG } from '../../src/config/default.js';

/** A partner-site configuration: organisation booking page, one clinic with its own line. */
export const PARTNER_CONFIG: Config = {
  ...DEFAULT_CONFIG,
  bookingUrl: 'https://book.example.org/ispine',
  clinics: DEFAULT_CONFIG.clinics.map((clinic) =>
    clinic.id === 'sartell'
      ? { ...clinic, phone: '+13205550142', bookingUrl: 'https://book.example.org/sartell' }
      : clinic,
  ),
  partners: { 'twin-cities-running': { phone: '+16125550199' } },
};
