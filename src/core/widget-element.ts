import { html, LitElement } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { contactFor, resolvePartner } from './contact.js';
import { resolveLang } from './i18n.js';
import type { Lang } from './i18n.js';
import { getPageState, startPage, subscribe } from './state.js';
import { SHARED_STRINGS } from './strings.js';
import { VERSION } from '../version.js';
import type { PageState } from './state.js';
import { formatPhone, telHref } from './phone.js';

/** A property mirrored to its attribute (one object shared by every such declaration). */
export const REFLECTED = { reflect: true } as const;

/**
 * A reflected property whose initial value stays off the element: Lit otherwise writes every
 * default (`theme="auto"`, `action="both"`, `variant="solid"`) back as an attribute on the first
 * render, three setAttribute calls per button that took ~120 ms of 200 buttons' first render
 * (profile, 4× CPU throttle). Removing the attribute restores the default.
 */
export const REFLECTED_DEFAULT = { reflect: true, useDefault: true } as const;

/**
 * The connected widgets, all re-rendered by one page-state subscription: no listener and
 * unsubscribe closures per element (a page may hold 200 buttons).
 */
const connected = new Set<WidgetElement>();
subscribe(() => connected.forEach((widget) => widget.requestUpdate()));

/**
 * What the three widgets share: the common attributes (`partner`, `lang`, `theme`), the page
 * state, fallback content until the configuration is known, and error isolation — a widget that
 * fails to render reports it once and shows a working call link instead, so the host page never
 * sees an uncaught exception.
 * @internal Not an element of its own; its members are documented on the three widgets.
 */
export abstract class WidgetElement extends LitElement {
  /** The version that defined the element, so a second copy can tell it apart. @internal */
  static readonly ispineVersion = VERSION;

  static override properties: PropertyDeclarations = {
    partner: REFLECTED,
    theme: REFLECTED_DEFAULT,
    lang: {},
  };

  /** Partner id; default: the loader's `data-partner`. */
  partner?: string;

  /** `light`, `dark` or `auto` (inherit the page's colours). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** `en` or `es`; default: the nearest `lang` on the page. */
  override lang = '';

  #failed = false;

  /**
   * The shared page state, current at every render. (Subscribed to directly rather than through
   * a reactive controller: less code, and no controller hooks to run on each of 200 buttons.)
   */
  protected get page(): Readonly<PageState> {
    return getPageState();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startPage();
    connected.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** The language to render in. */
  protected get language(): Lang {
    return resolveLang(this);
  }

  /** The partner this page belongs to: the element's `partner`, else the loader's. */
  protected get partnerId(): string | undefined {
    return resolvePartner(this.partner, this.page.loader.partner);
  }

  /** The widget's content, once the configuration is known. */
  protected abstract renderWidget(): unknown;

  protected override render(): unknown {
    if (this.#failed) return this.renderCallLink();
    return this.page.ready ? this.renderWidget() : html`<slot></slot>`;
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (this.#failed) throw error;
      this.#failed = true;
      console.error(`ispine-widgets: <${this.localName}> failed; showing a call link.`, error);
      super.update(changed);
    }
  }

  /** A plain call link to the page's number: the fallback when something fails. */
  protected renderCallLink(): TemplateResult {
    const { phone } = contactFor(this.page.config, undefined, this.partnerId);
    const t = SHARED_STRINGS[this.language];
    return html`<a part="fallback" href=${telHref(phone)}>${t.call(formatPhone(phone))}</a>`;
  }
}
