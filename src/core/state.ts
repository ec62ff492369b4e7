import { DEFAULT_CONFIG } from '../config/default.js';
import { fetchConfig, readConfigBlock } from '../config/load.js';
import { validateConfig } from '../config/validate.js';
import type { Config } from '../config/schema.js';
import { BASE_URL } from './base-url.js';
import { readLoader } from './loader.js';
import type { LoaderSettings } from './loader.js';

/** What every widget on the page shares. Widgets never reach into each other; they read this. */
export interface PageState {
  config: Config;
  /** False until the configuration is known; widgets show their fallback content until then. */
  ready: boolean;
  /** The clinic a visitor chose in a location picker, if any. */
  selectedClinicId?: string;
  loader: LoaderSettings;
}

/** Until startPage(): nothing is read from the page (a bundle may be imported in Node). */
let state: PageState = {
  config: DEFAULT_CONFIG,
  ready: false,
  loader: { analytics: false, filesUrl: BASE_URL, site: '' },
};
let started = false;
/** setBaseUrl() from code wins over the loader script's address and the build's. */
let baseUrlByCode: string | undefined;
/** configure() from code wins over the page's configuration. */
let configuredByCode = false;
const listeners = new Set<() => void>();

function update(changes: Partial<PageState>): void {
  state = { ...state, ...changes };
  listeners.forEach((listener) => listener());
}

/** The current page state (replaced, never mutated, on each change). */
export function getPageState(): Readonly<PageState> {
  return state;
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Makes `clinicId` the page's selected clinic (call/book buttons without `clinic` follow it). */
export function selectClinic(clinicId: string): void {
  if (state.selectedClinicId !== clinicId) update({ selectedClinicId: clinicId });
}

/**
 * Reads the loader script's settings and loads the configuration, once per page. The drop-in
 * bundle calls it with `document.currentScript`; elements imported as modules call it with none;
 * the checker's frame passes what the embedding page told it as `overrides`.
 */
export function startPage(
  loaderScript: HTMLOrSVGScriptElement | null = null,
  overrides: Partial<LoaderSettings> = {},
): void {
  if (started) return;
  started = true;
  const loader = { ...readLoader(loaderScript), ...overrides };
  if (baseUrlByCode) loader.filesUrl = baseUrlByCode;
  update({ loader });
  // A page's own configuration may arrive as a promise: the drop-in loads its validator first.
  // (Told apart by `then`, not `instanceof Promise`: a page's polyfill may replace `Promise`.)
  const apply = (config: Config | Promise<Config>): void => {
    if ('then' in config) void config.then(apply);
    else if (!configuredByCode) update({ config, ready: true });
  };
  // The block wins over data-config. Without either, the widgets render at once with the
  // default, so the page never waits on us; a block parsed after the script still applies.
  const block = readConfigBlock(loader.filesUrl);
  if (block) {
    apply(block);
  } else if (loader.configUrl) {
    apply(fetchConfig(loader.configUrl, loader.filesUrl));
  } else {
    apply(DEFAULT_CONFIG);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => {
        const late = readConfigBlock(loader.filesUrl);
        if (late) apply(late);
      });
    }
  }
  // A page that switches language (on <html lang> or around a widget) re-renders the widgets.
  // Observed from the document node, which outlives a document.open() that replaces <html>.
  new MutationObserver(() => update({})).observe(document, {
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Sets the configuration from code (for bundler users; the drop-in reads the page instead) and
 * clears the selected clinic. Safe on a server: there it only records the configuration.
 * @throws ConfigError naming the first bad field; the current configuration stays.
 */
export function configure(config: Config): void {
  const valid = validateConfig(config);
  if (typeof document !== 'undefined') startPage();
  update({ config: valid, ready: true, selectedClinicId: undefined });
  configuredByCode = true;
}

/**
 * Sets where the widgets load their hosted files from: the checker's frame
 * (`checker-frame.html`, `checker-frame.js`) and the ZIP data (`ispine-zips.bin`). Default: the
 * clinic's host this package was built for (`ISPINE_BASE_URL`), or, for the drop-in script, the
 * folder the script came from. Call it before or after the elements are defined; widgets on
 * the page follow at once (an open checker frame reloads from the new address). A relative URL
 * resolves against the page; a missing final `/` is added. Safe on a server: there it only
 * records the address.
 * @example setBaseUrl('https://widgets.example.org/ispine/ispine-widgets@1/dist/')
 * @example setBaseUrl('/assets/ispine/') // files copied from node_modules/ispine-widgets/dist
 * @throws TypeError when `url` is not a URL.
 */
export function setBaseUrl(url: string | URL): void {
  const page = typeof document === 'undefined' ? undefined : document.baseURI;
  const text = String(url);
  const withSlash = text.endsWith('/') ? text : `${text}/`;
  if (!page && !URL.canParse(withSlash)) {
    // A relative address on a server: nothing here loads files; the browser resolves its own.
    baseUrlByCode = withSlash;
    return;
  }
  if (!URL.canParse(withSlash, page)) {
    throw new TypeError(`ispine-widgets: setBaseUrl("${text}"): not a URL.`);
  }
  baseUrlByCode = new URL(withSlash, page).href;
  update({ loader: { ...state.loader, filesUrl: baseUrlByCode } });
}
