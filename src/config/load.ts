import { DEFAULT_CONFIG } from './default.js';
import { fetchOwn } from './fetch-policy.js';
import type { Config } from './schema.js';
import { loadValidator } from './validator-loader.js';

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
 * The page's `data-ispine-config` block, validated: at once where the validator is bundled, a
 * promise where it is loaded first from `filesUrl` (the drop-in's ispine-config.js); `undefined`
 * when the page has none. Never throws or rejects: a bad block is reported as one console error
 * naming the field, and gives the default.
 */
export function readConfigBlock(filesUrl: string): Config | Promise<Config> | undefined {
  const block = document.querySelector(BLOCK_SELECTOR);
  if (!block) return undefined;
  const fail = (error: unknown) => report('the data-ispine-config block', error);
  try {
    const config = parseBlock(block);
    const validate = loadValidator(filesUrl);
    return typeof validate === 'function'
      ? validate(config)
      : validate.then((loaded) => loaded(config)).catch(fail);
  } catch (error) {
    return fail(error);
  }
}

/**
 * The configuration at the loader's `data-config` URL, given up after `timeoutMs`; the validator
 * loads meanwhile where it is not bundled. Never rejects: see readConfigBlock().
 */
export async function fetchConfig(
  configUrl: string,
  filesUrl: string,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<Config> {
  try {
    const [config, validate] = await Promise.all([
      fetchJson(configUrl, filesUrl, timeoutMs),
      loadValidator(filesUrl),
    ]);
    return validate(config);
  } catch (error) {
    return report(`data-config="${configUrl}"`, error);
  }
}
