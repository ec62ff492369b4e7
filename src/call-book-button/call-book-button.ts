import type { Config } from '../config/schema.js';
import { attributedUrl, contactFor } from '../core/contact.js';
import type { WidgetName } from '../core/contact.js';
import type { AttributionDetail } from '../core/events.js';
import { emit } from '../core/events.js';
import type { Lang } from '../core/i18n.js';
import { formatPhone, telHref } from '../core/phone.js';
import { localized } from '../core/strings.js';
import { REFLECTED, reflectedWithDefault, WidgetElement } from '../core/widget-element.js';
import { styles } from './call-book-button.styles.js';
import { STRINGS } from './strings.js';

/** What a button shows: everything that depends on the configuration and its attributes only. */
interface ButtonView {
  /**
   * The clinic asked for is no clinic's id: warned about once per element when it came from the
   * `clinic` attribute (a page's selection is always a clinic's).
   */
  unknownClinic: boolean;
  detail: AttributionDetail;
  /**
   * The rendered links (`part="base"` and inside it), built once per view: each button shows a
   * clone. A clone is one native copy of a finished tree, where a template with bindings has
   * Lit clone, walk and fill five parts per button (half the 200-button page's script time
   * above what Lit needs to render the same DOM statically, bench/PERFORMANCE.md).
   */
  content: HTMLElement;
}

/** `<tag>` with `attributes` and `children` (nodes or text), built with DOM methods. */
function element(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElement {
  const out = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value) out.setAttribute(name, value);
  out.append(...children);
  return out;
}

/**
 * A call or book link: the visible text, named for screen readers by that text and then who it
 * calls or books with. The name is an `aria-label` rather than hidden text in the link: one
 * element and one text node per link (the phone icon is drawn by the sheet), and it still starts
 * with what is on screen, for voice control ("click Call (763) 201-8191").
 */
function link(part: 'call' | 'book', { look, href, text, who }: LinkView): HTMLElement {
  const label = `${text}${who}`;
  const newTab: Record<string, string> =
    part === 'book' ? { target: '_blank', rel: 'noopener' } : {};
  return element('a', { part, class: look, href, 'aria-label': label, ...newTab }, text);
}

interface LinkView {
  look: string;
  href: string;
  text: string;
  /** What the accessible name adds after `text`: who is called or booked with. */
  who: string;
}

/**
 * Views by configuration, then by everything else they depend on: a page of 200 buttons with
 * the same settings works each out once (phone formatting, strings, the attributed booking
 * URL), not 200 times. A new configuration object starts afresh.
 */
const views = new WeakMap<Config, Map<string, ButtonView>>();

interface ViewInput {
  config: Config;
  clinic: string | undefined;
  partner: string | undefined;
  lang: Lang;
  action: CallBookButton['action'];
  variant: CallBookButton['variant'];
  widget: WidgetName;
  site: string;
}

function viewFor(input: ViewInput): ButtonView {
  const { config, clinic, partner, lang, action, variant, widget, site } = input;
  let byKey = views.get(config);
  if (!byKey) views.set(config, (byKey = new Map<string, ButtonView>()));
  const key = `${clinic} ${partner} ${lang} ${action} ${variant} ${widget} ${site}`;
  let view = byKey.get(key);
  if (view) return view;
  const contact = contactFor(config, clinic, partner);
  const t = localized(config, 'call-book-button', lang, STRINGS[lang]);
  const who = contact.clinic
    ? `${config.organization} ${contact.clinic.name}`
    : config.organization;
  const showBook = action !== 'call' && contact.bookingUrl !== undefined;
  const showCall = action !== 'book' || !showBook;
  // `solid` is the primary look; `outline` is the plain link-button look.
  const look = variant === 'outline' ? '' : 'primary';
  // Two links sit in a wrapping row (`pair`); one link needs no flex container to lay out.
  const content = element('div', { part: 'base', class: showCall && showBook ? 'pair' : '' });
  if (showCall) {
    const href = telHref(contact.phone);
    const text = t.call(formatPhone(contact.phone));
    content.append(link('call', { look, href, text, who: t.callWho(who) }));
  }
  if (showBook && contact.bookingUrl) {
    content.append(
      link('book', {
        look: showCall ? '' : look,
        href: attributedUrl(contact.bookingUrl, { partner, site }, widget),
        text: t.book,
        who: ` ${t.bookWho(who)} ${t.newTab}`,
      }),
    );
  }
  view = {
    unknownClinic: !contact.clinic,
    detail: { partner: partner ?? null, clinicId: contact.clinic?.id ?? null },
    content,
  };
  byKey.set(key, view);
  return view;
}

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
  static override styles = styles;

  static override properties = {
    action: reflectedWithDefault('both'),
    clinic: REFLECTED,
    variant: reflectedWithDefault('solid'),
  };

  /**
   * `call`, `book` or `both`. Book without a booking URL falls back to call.
   * @default 'both'
   */
  declare action: 'call' | 'book' | 'both';

  /** Clinic id; default: the page's selected clinic, else the organisation's main line. */
  clinic?: string;

  /**
   * `solid` or `outline`.
   * @default 'solid'
   */
  declare variant: 'solid' | 'outline';

  /**
   * The widget a visitor acted in, for `utm_content`, set by a widget that embeds the button in
   * its template (before the button's first render); unset: this button. A plain property, not a
   * reactive one: no initial set, no accessor, one property fewer for Lit to visit per button.
   * @internal
   */
  widget?: WidgetName;

  #warnedClinic?: string;

  #view?: ButtonView;

  /** This button's clone of its view's links. */
  #content?: Node;

  #warnUnknownClinic(clinic: string): void {
    if (this.#warnedClinic === clinic) return;
    this.#warnedClinic = clinic;
    console.warn(`ispine-widgets: clinic="${clinic}" is no clinic's id; calling the main line.`);
  }

  /** One listener for both links, on the shadow root: tells which was followed by its part. */
  readonly #clicked = (event: Event): void => {
    const link = (event.target as Element).closest('a');
    const detail = this.#view?.detail;
    if (!link || !detail) return;
    if (link.part.contains('book')) emit(this, 'ispine-book', { ...detail });
    else if (link.part.contains('call')) emit(this, 'ispine-call', { ...detail });
  };

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.#clicked);
    return root;
  }

  protected override renderWidget() {
    const { config, selectedClinicId, loader } = this.page;
    const view = viewFor({
      config,
      clinic: this.clinic ?? selectedClinicId,
      partner: this.partnerId,
      lang: this.language,
      action: this.action,
      variant: this.variant,
      widget: this.widget ?? 'call-book-button',
      site: loader.site,
    });
    if (view !== this.#view || !this.#content) {
      this.#view = view;
      // The same node on every render while the view holds: Lit leaves it (and focus) alone.
      this.#content = view.content.cloneNode(true);
    }
    if (view.unknownClinic && this.clinic) this.#warnUnknownClinic(this.clinic);
    return this.#content;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ispine-call-book-button': CallBookButton;
  }
}
