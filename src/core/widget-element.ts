import { html, LitElement } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { STRINGS as CALL_STRINGS } from '../call-book-button/strings.js';
import { contactFor, resolvePartner } from './contact.js';
import { localize, resolveLang } from './i18n.js';
import type { Lang } from './i18n.js';
import { PageStateController } from './page-state-controller.js';
import { formatPhone, telHref } from './phone.js';

/**
 * What the three widgets share: the common attributes (`partner`, `lang`, `theme`), the page
 * state, fallback content until the configuration is known, and error isolation — a widget that
 * fails to render reports it once and shows a working call link instead, so the host page never
 * sees an uncaught exception.
 * @internal Not an element of its own; its members are documented on the three widgets.
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    partner: { reflect: true },
    theme: { reflect: true },
    lang: {},
  };

  /** Partner id; default: the loader's `data-partner`. */
  partner?: string;

  /** `light`, `dark` or `auto` (inherit the page's colours). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** `en` or `es`; default: the nearest `lang` on the page. */
  override lang = '';

  protected readonly page = new PageStateController(this);

  #failed = false;

  /** The language to render in. */
  protected get language(): Lang {
    return resolveLang(this);
  }

  /** The partner this page belongs to: the element's `partner`, else the loader's. */
  protected get partnerId(): string | undefined {
    return resolvePartner(this.partner, this.page.value.loader.partner);
  }

  /** The widget's content, once the configuration is known. */
  protected abstract renderWidget(): unknown;

  protected override render(): unknown {
    if (this.#failed) return this.#renderFallback();
    return this.page.value.ready ? this.renderWidget() : html`<slot></slot>`;
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (this.#failed) throw error;
      this.#failed = true;
      console.error(
        `ispine-widgets: <${this.localName}> failed; showing a call link instead.`,
        error,
      );
      super.update(changed);
    }
  }

  #renderFallback(): TemplateResult {
    const { phone } = contactFor(this.page.value.config, undefined, this.partnerId);
    const t = localize(this.language, CALL_STRINGS);
    return html`<a part="fallback" href=${telHref(phone)}>${t.call} ${formatPhone(phone)}</a>`;
  }
}
