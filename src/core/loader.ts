import { ID_PATTERN } from '../config/validate.js';

/** What the page said on the `<script>` tag that loaded the widgets. */
export interface LoaderSettings {
  /** `data-partner`, when valid. */
  partner?: string;
  /** `data-config`: where to fetch the configuration from. */
  configUrl?: string;
  /** `data-analytics="datalayer"`: also push events to `window.dataLayer`. */
  analytics: boolean;
  /** The script's own URL: files served next to the bundle are resolved from it. */
  scriptUrl?: string;
}

/** Reads the loader's `data-*` attributes; an invalid partner id is reported and ignored. */
export function readLoader(script: HTMLOrSVGScriptElement | null): LoaderSettings {
  if (!(script instanceof HTMLScriptElement)) return { analytics: false };
  const { partner, config, analytics } = script.dataset;
  const validPartner = partner !== undefined && ID_PATTERN.test(partner);
  if (partner !== undefined && !validPartner) {
    console.error(
      `ispine-widgets: data-partner="${partner}" is not a valid partner id (lowercase letters, digits and hyphens); no partner is used.`,
    );
  }
  return {
    partner: validPartner ? partner : undefined,
    configUrl: config,
    analytics: analytics === 'datalayer',
    scriptUrl: script.src || undefined,
  };
}
