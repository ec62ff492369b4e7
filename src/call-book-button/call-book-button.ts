import { html, nothing } from 'lit';
import { attributedUrl, contactFor } from '../core/contact.js';
import { localized } from '../core/strings.js';
import type { WidgetName } from '../core/contact.js';
import { emit } from '../core/events.js';
import { formatPhone, telHref } from '../core/phone.js';
import { hostStyles } from '../core/styles.js';
import { REFLECTED, REFLECTED_DEFAULT, WidgetElement } from '../core/widget-element.js';
import { styles } from './call-book-button.styles.js';
import { STRINGS } from './strings.js';

/**
 * One tap to call or book with the clinic. Follows the page's selected clinic unless `clinic` is
 * set; on a partner's page shows that partner's call-tracking number; never renders a dead button.
 *
 * @summary Call and/or book button for iSpine Pain Physicians.
 * @tag ispine-call-book-button
 * @slot - Fallback shown before the script runs and while the configuration loads (e.g. a plain `tel:` link).
 * @fires ispine-call - The visitor followed the call link. Detail: `{ partner, clinicId }`.
 * @fires ispine-book - The visitor opened the booking page. Detail: `{ partner, clinicId }`.
 * @csspart fallback - The call link shown if the widget fails to render.
 * @csspart base - The wrapper around the links.
 * @csspart call - The `tel:` link.
 * @csspart book - The booking link.
 * @cssproperty --ispine-color-primary - Button colour.
 * @cssproperty --ispine-color-on-primary - Text on the button colour.
 * @cssproperty --ispine-radius - Corner radius.
 * @cssproperty --ispine-font-family - Font (default: inherited from the page).
 */
export class CallBookButton extends WidgetElement {
  static override styles = [hostStyles, styles];

  static override properties = {
    action: REFLECTED_DEFAULT,
    clinic: REFLECTED,
    variant: REFLECTED_DEFAULT,
    widget: { attribute: false },
  };

  /** `call`, `book` or `both`. Book without a booking URL falls back to call. */
  action: 'call' | 'book' | 'both' = 'both';

  /** Clinic id; default: the page's selected clinic, else the organisation's main line. */
  clinic?: string;

  /** `solid` or `outline`. */
  variant: 'solid' | 'outline' = 'solid';

  /** The widget a visitor acted in, for `utm_content` (set by widgets that embed the button). @internal */
  widget: WidgetName = 'call-book-button';

  #warnedClinic?: string;

  #warnUnknownClinic(clinic: string): void {
    if (this.#warnedClinic === clinic) return;
    this.#warnedClinic = clinic;
    console.warn(
      `ispine-widgets: <ispine-call-book-button clinic="${clinic}">: no clinic has this id; using the main line.`,
    );
  }

  protected override renderWidget() {
    const { config, selectedClinicId } = this.page;
    const partner = this.partnerId;
    const contact = contactFor(config, this.clinic ?? selectedClinicId, partner);
    if (this.clinic && !contact.clinic) this.#warnUnknownClinic(this.clinic);
    const lang = this.language;
    const t = localized(config, 'call-book-button', lang, STRINGS[lang]);
    const who = contact.clinic
      ? `${config.organization} ${contact.clinic.name}`
      : config.organization;
    const detail = { partner: partner ?? null, clinicId: contact.clinic?.id ?? null };
    const showBook = this.action !== 'call' && contact.bookingUrl !== undefined;
    const showCall = this.action !== 'book' || !showBook;
    // `solid` is the primary look; `outline` is the plain link-button look.
    const look = this.variant === 'outline' ? '' : 'primary';

    const call = html`<a
      part="call"
      class=${look}
      href=${telHref(contact.phone)}
      @click=${() => emit(this, 'ispine-call', detail)}
      ><svg viewBox="0 0 24 24" aria-hidden="true">
        <path
          d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"
        /></svg
      ><span
        >${t.call(formatPhone(contact.phone))}<span class="visually-hidden"
          >${t.callWho(who)}</span
        ></span
      ></a
    >`;
    const book = contact.bookingUrl
      ? html`<a
          part="book"
          class=${showCall ? '' : look}
          href=${attributedUrl(contact.bookingUrl, { partner, site: this.page.loader.site }, this.widget)}
          target="_blank"
          rel="noopener"
          @click=${() => emit(this, 'ispine-book', detail)}
          >${t.book} <span class="visually-hidden">${t.bookWho(who)} ${t.newTab}</span></a
        >`
      : nothing;
    return html`<div part="base">${showCall ? call : nothing}${showBook ? book : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-call-book-button': CallBookButton;
  }
}
