import { ID_PATTERN } from '../config/schema.js';
import { BASE_URL } from './base-url.js';

/** What the page said on the `<script>` tag that loaded the widgets. */
export interface LoaderSettings {
  /** `data-partner`, when valid. */
  partner?: string;
  /** `data-config`: where to fetch the configuration from. */
  configUrl?: string;
  /** `data-analytics="datalayer"`: also push events to `window.dataLayer`. */
  analytics: boolean;
  /**
   * Where the hosted files are (the checker's frame, the ZIP data), ending in `/`: next to the
   * script when its URL is known, else the build's `BASE_URL` — never a guess on the page's origin.
   */
  filesUrl: string;
  /** The site the visitor is on, for `utm_source` when there is no partner id. */
  site: string;
}

/**
 * The `<script>` element running now, from the DOM's own getter: an element a page names
 * `currentScript` (`<img name="currentScript">`) shadows `document.currentScript`.
 */
export function currentScript(): HTMLScriptElement | null {
  const getter = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get;
  const script: unknown = getter?.call(document);
  return script instanceof HTMLScriptElement ? script : null;
}

/**
 * The version of the widgets a drop-in script already set up on this page: only the frozen
 * `window.ISpineWidgets` we define counts, never an element whose id is `ISpineWidgets` (which
 * a page's named access puts on `window` too, though not as the window's own property).
 */
export function runningVersion(): string | undefined {
  const running: unknown = Object.getOwnPropertyDescriptor(window, 'ISpineWidgets')?.value;
  if (typeof running !== 'object' || running === null) return undefined;
  const { version } = running as { version?: unknown };
  return typeof version === 'string' ? version : undefined;
}

/** Reads the loader's `data-*` attributes; an invalid partner id is reported and ignored. */
export function readLoader(script: HTMLOrSVGScriptElement | null): LoaderSettings {
  if (!(script instanceof HTMLScriptElement) || !script.src) {
    return { analytics: false, filesUrl: BASE_URL, site: location.hostname };
  }
  const { partner, config, analytics } = script.dataset;
  const validPartner = partner !== undefined && ID_PATTERN.test(partner);
  if (partner !== undefined && !validPartner) {
    console.error(
      `ispine-widgets: data-partner="${partner}" is no partner id (a-z, 0-9, -); ignored.`,
    );
  }
  return {
    partner: validPartner ? partner : undefined,
    configUrl: config,
    analytics: analytics === 'datalayer',
    filesUrl: new URL('.', script.src).href,
    site: location.hostname,
  };
}
