import { html, LitElement } from 'lit';
import type {
  PropertyDeclaration,
  PropertyDeclarations,
  PropertyValues,
  TemplateResult,
} from 'lit';
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
 * A property read as `fallback` while unset (or set to `null` by removing its attribute), with no
 * initial value: Lit would otherwise store, record and compare four initial values per element
 * on its first update (theme, lang, action, variant; ~1 ms of a 200-button page), and write a
 * reflected one back as an attribute unless told not to. So nothing is stored or reflected until
 * the page sets the property or its attribute, and removing the attribute restores the default.
 * The default is documented beside the member with `@default` (the manifest reads that).
 */
export interface Defaulted extends PropertyDeclaration {
  fallback: string;
}

/** A reflected property that reads `fallback` while unset; the default is never reflected. */
export const reflectedWithDefault = (fallback: string): Defaulted => ({ reflect: true, fallback });

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
    theme: reflectedWithDefault('auto'),
    lang: { fallback: '' } as Defaulted,
  };

  /**
   * Reads a property declared with a `fallback` through a getter that supplies it while the
   * property is unset. Lit's setter still compares the stored value, so setting the default
   * explicitly reflects it, as for any other value.
   */
  protected static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration | Defaulted,
  ): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    if (descriptor && 'fallback' in options) {
      const { fallback } = options;
      descriptor.get = function (this: Record<typeof key, unknown>) {
        return this[key] ?? fallback;
      };
    }
    return descriptor;
  }

  /** Partner id; default: the loader's `data-partner`. */
  partner?: string;

  /**
   * `light`, `dark` or `auto` (inherit the page's colours).
   * @default 'auto'
   */
  declare theme: 'light' | 'dark' | 'auto';

  /**
   * `en` or `es`; default: the nearest `lang` on the page.
   * @default ''
   */
  declare lang: string;

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
