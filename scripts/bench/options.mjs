// What a bench run is: command-line options, environment, and the fixed conditions every page
// is measured under.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};

/** `--runs N` (default 7): measured runs after one discarded warm-up run. */
export const RUNS = Math.max(1, Number(option('--runs', 7)));
/** `--no-fail`: report missed budgets but exit 0. */
export const NO_FAIL = argv.includes('--no-fail');
/** `--verbose`: print how long each step of each run took. */
export const VERBOSE = argv.includes('--verbose');
/**
 * `ISPINE_BENCH_PORT`: the first of the eight consecutive ports the bench's servers listen on
 * (static files, then seven proxies). Unset or 0: free ports chosen by the system.
 */
export const FIRST_PORT = Number(process.env.ISPINE_BENCH_PORT ?? 0);
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CPU_THROTTLE = 4;
/** How late the late-script page's drop-in arrives. */
export const LATE_MS = 800;
/** How long after the last render a page is watched (layout shifts, longest task). */
export const SETTLE_MS = 300;
/** A mid-range phone's CSS viewport (Lighthouse's mobile default). */
export const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1 };
export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/** The drop-in as partners load it; the pages name it by this path. */
export const BUNDLE = 'dist/ispine-widgets.js';
export const ZIPS = 'dist/ispine-zips.bin';
/** The page-side instrumentation (not counted among a page's requests). */
export const BENCH_SCRIPT = 'bench/pages/bench.js';
export const WIDGET_TAGS = [
  'ispine-call-book-button',
  'ispine-symptom-checker',
  'ispine-location-picker',
];
/** The partner page's own files (what the baseline page loads, bench scripts aside). */
export const PARTNER_FILES = [
  'bench/pages/baseline.html',
  'bench/pages/partner.css',
  'bench/pages/partner.js',
  'bench/pages/logo.svg',
];
