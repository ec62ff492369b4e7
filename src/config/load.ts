import { DEFAULT_CONFIG } from './default.js';
import { validateConfig } from './validate.js';
import type { Config } from './schema.js';
import type { LoaderSettings } from '../core/loader.js';

const BLOCK_SELECTOR = 'script[type="application/json"][data-ispine-config]';

function parseBlock(block: Element): unknown {
  try {
    return JSON.parse(block.textContent);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
}

/** Only the page's own origin or the script's own origin may serve configuration. */
function configRequestUrl(configUrl: string, scriptUrl: string | undefined): URL {
  const url = new URL(configUrl, document.baseURI);
  const allowed = [self.origin, scriptUrl && new URL(scriptUrl).origin];
  if (!allowed.includes(url.origin)) {
    throw new Error(`must be on this page's origin or the script's origin, not ${url.origin}`);
  }
  return url;
}

async function fetchConfig(configUrl: string, scriptUrl: string | undefined): Promise<unknown> {
  const response = await fetch(configRequestUrl(configUrl, scriptUrl), {
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

function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

/**
 * The page's configuration: a `data-ispine-config` JSON block (it wins when present), else the
 * loader's `data-config` URL, else the embedded default. Never rejects: any problem is reported
 * as one console error naming where and what, and the embedded default is used.
 */
export async function loadConfig(loader: LoaderSettings): Promise<Config> {
  let source = 'the data-ispine-config block';
  try {
    if (!loader.configUrl) await documentParsed();
    const block = document.querySelector(BLOCK_SELECTOR);
    if (block) return validateConfig(parseBlock(block));
    if (!loader.configUrl) return DEFAULT_CONFIG;
    source = `data-config="${loader.configUrl}"`;
    return validateConfig(await fetchConfig(loader.configUrl, loader.scriptUrl));
  } catch (error) {
    console.error(
      `ispine-widgets: invalid configuration in ${source}: ${(error as Error).message}; using the built-in one.`,
    );
    return DEFAULT_CONFIG;
  }
}
