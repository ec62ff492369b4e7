// What a bench run is: command-line options, environment, and the fixed conditions every page
// is measured under.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};

/** Every value given for `name` (`--pool a.json --pool b.json`, or `--pool a.json b.json`). */
const values = (name) =>
  argv.flatMap((arg, i) => {
    if (arg !== name) return [];
    const out = [];
    for (let j = i + 1; j < argv.length && !argv[j].startsWith('--'); j++) out.push(argv[j]);
    return out;
  });

/** `--rounds N` (default 30): measured rounds after one discarded warm-up round. */
export const ROUNDS = Math.max(1, Number(option('--rounds', 30)));
/** Fewer rounds than this is a quick look, not a judgement: the bench says so. */
export const MIN_ROUNDS = 30;
/**
 * `--pool FILE…`: measure nothing; join the rounds recorded in these results files (benches of
 * one build) and judge them together.
 */
export const POOL = values('--pool');
/** `--out FILE` (default bench/results.json): where the results go (bench/results.md beside). */
export const OUT = option('--out', 'bench/results.json');
/**
 * `--self-test`: our drop-in does a known 20% of extra work (scripts/bench/self-test.mjs), so
 * the bench shows that it sees a slowdown of that size and fails the budgets it crosses.
 */
export const SELF_TEST = argv.includes('--self-test');
/**
 * `--against DIR`: the same rounds also load every page with the build in DIR (a folder inside
 * the project holding another build's `dist/`, e.g. one copied before a change) in place of
 * `dist/`, and each figure shows ours ÷ that build (column "before"): what a change bought,
 * judged in the same rounds instead of two benches apart. Not with `--self-test`.
 */
export const AGAINST = option('--against', '').replace(/^\.?\/+|\/+$/g, '');
/** `--no-fail`: report failed budgets but exit 0. */
export const NO_FAIL = argv.includes('--no-fail');
/**
 * `--only NAME…`: a quick look while developing, loading only the pages whose load names start
 * with one of these (`buttons`, `widgets`, `partner`, `sort`; the baseline always). The figures
 * of the pages left out are "not measured"; never a judgement.
 */
export const ONLY = values('--only');
/** `--verbose`: print how long each load of each round took. */
export const VERBOSE = argv.includes('--verbose');
/**
 * `ISPINE_BENCH_PORT`: the first of the eight consecutive ports the bench's servers listen on
 * (static files, then the proxies of servers.mjs). Unset or 0: free ports chosen by the system.
 */
export const FIRST_PORT = Number(process.env.ISPINE_BENCH_PORT ?? 0);
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** How late the late-script page's drop-in arrives. */
export const LATE_MS = 800;
/** The late-script page (CLS, not a time) is loaded in the first rounds only. */
export const LATE_ROUNDS = 3;
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
