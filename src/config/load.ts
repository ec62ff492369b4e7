import { DEFAULT_CONFIG } from './default.js';
import { fetchOwn } from './fetch-policy.js';
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

/** How long the configuration may take to arrive before the widgets use the default. */
export const CONFIG_TIMEOUT_MS = 8000;

async function fetchJson(configUrl: string, filesUrl: string, timeoutMs: number): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // Only the page's own origin or the hosted files' origin, and no redirect (see fetchOwn).
    const response = await fetchOwn(configUrl, filesUrl, abort.signal);
    if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
    try {
      return await response.json();
    } catch (error) {
      if (abort.signal.aborted) throw error;
      throw new Error('is not valid JSON');
    }
  } catch (error) {
    if (abort.signal.aborted) {
      throw new Error(`did not arrive within ${timeoutMs / 1000} s`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
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

/**
 * The configuration at the loader's `data-config` URL, given up after `timeoutMs`. Never
 * rejects: see readConfigBlock().
 */
export async function fetchConfig(
  configUrl: string,
  filesUrl: string,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<Config> {
  try {
    return validateConfig(await fetchJson(configUrl, filesUrl, timeoutMs));
  } catch (error) {
    return report(`data-config="${configUrl}"`, error);
  }
}
