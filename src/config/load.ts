import { DEFAULT_CONFIG } from './default.js';
import { validateConfig } from './validate.js';
import type { Config } from './schema.js';

const BLOCK_SELECTOR = 'script[type="application/json"][data-ispine-config]';

function parseBlock(block: Element): unknown {
  try {
    return JSON.parse(block.textContent);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
}

/** Only the page's own origin or the hosted files' origin may serve configuration. */
function configRequestUrl(configUrl: string, filesUrl: string): URL {
  const url = new URL(configUrl, document.baseURI);
  const allowed = [location.origin, new URL(filesUrl).origin];
  if (!allowed.includes(url.origin)) {
    throw new Error(`must be on this page's origin or the script's origin, not ${url.origin}`);
  }
  return url;
}

async function fetchJson(configUrl: string, filesUrl: string): Promise<unknown> {
  const response = await fetch(configRequestUrl(configUrl, filesUrl), {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  });
  if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new Error('is not valid JSON');
  }
}

function report(source: string, error: unknown): Config {
  console.error(
    `ispine-widgets: invalid configuration in ${source}: ${(error as Error).message}; using the built-in one.`,
  );
  return DEFAULT_CONFIG;
}

/**
 * The page's `data-ispine-config` block, validated; `undefined` when the page has none. Never
 * throws: a bad block is reported as one console error naming the field, and gives the default.
 */
export function readConfigBlock(): Config | undefined {
  const block = document.querySelector(BLOCK_SELECTOR);
  if (!block) return undefined;
  try {
    return validateConfig(parseBlock(block));
  } catch (error) {
    return report('the data-ispine-config block', error);
  }
}

/** The configuration at the loader's `data-config` URL. Never rejects: see readConfigBlock(). */
export async function fetchConfig(configUrl: string, filesUrl: string): Promise<Config> {
  try {
    return validateConfig(await fetchJson(configUrl, filesUrl));
  } catch (error) {
    return report(`data-config="${configUrl}"`, error);
  }
}
