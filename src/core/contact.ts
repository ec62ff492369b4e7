import type { Clinic, Config } from '../config/schema.js';
import { ID_PATTERN } from '../config/schema.js';

/** Which widget a visitor acted in, for `utm_content`. */
export type WidgetName = 'call-book-button' | 'location-picker' | 'symptom-checker';

/** The number to call and page to book for one clinic (or the whole organisation). */
export interface ContactPoint {
  clinic?: Clinic;
  /** E.164. */
  phone: string;
  bookingUrl?: string;
}

/** The element's `partner` attribute when valid, else the loader's `data-partner`. */
export function resolvePartner(
  attribute: string | null | undefined,
  loaderPartner?: string,
): string | undefined {
  if (attribute && ID_PATTERN.test(attribute)) return attribute;
  return loaderPartner;
}

/**
 * The clinic's own number and booking page first; otherwise the organisation's, where a
 * partner's call-tracking number replaces the main line.
 */
export function contactFor(
  config: Config,
  clinicId: string | undefined,
  partner: string | undefined,
): ContactPoint {
  const clinic = config.clinics.find(({ id }) => id === clinicId);
  const trackingPhone = partner ? config.partners?.[partner]?.phone : undefined;
  const bookingUrl = clinic?.bookingUrl ?? config.bookingUrl;
  return {
    clinic,
    phone: clinic?.phone ?? trackingPhone ?? config.phone,
    // Checked configurations hold https URLs only; this keeps any other scheme out of a link
    // even if a configuration reached us unchecked.
    bookingUrl: bookingUrl?.startsWith('https://') ? bookingUrl : undefined,
  };
}

/** `url` with attribution: `utm_source` (partner, else the visitor's site), `utm_medium=widget`, `utm_content`. */
export function attributedUrl(
  url: string,
  source: { partner?: string; site: string },
  widget: WidgetName,
): string {
  const attributed = new URL(url);
  attributed.searchParams.set('utm_source', source.partner ?? source.site);
  attributed.searchParams.set('utm_medium', 'widget');
  attributed.searchParams.set('utm_content', widget);
  return attributed.href;
}
