// npm run lighthouse: Lighthouse (mobile: simulated 4× CPU and slow 4G, as PageSpeed runs it) on
// each demo page, and on the same page without our script, the median of 5 runs of each. A
// partner sees PageSpeed first: our script may add at most 30 ms of total blocking time, and
// the demo pages must score 100 in performance and best practices. Writes bench/lighthouse.json
// and bench/lighthouse.md; exits 1 when a page misses. Build first (npm run build).
// Usage: node scripts/lighthouse.mjs [--runs 5] [--pages index,clinic,race]
// Environment: ISPINE_LIGHTHOUSE_PORT (the pages' port; default 8350), ISPINE_BASE_URL (the
// built files' origin is served too, on its port; default the pages' port + 1), CHROME_PATH
// (default /usr/bin/chromium). Both servers compress as web hosts do (see serve.mjs): the
// simulated slow 4G counts the bytes sent.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as prettier from 'prettier';
import { serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 5));
const PAGES = option('--pages', 'index,clinic,race').split(',');
const PORT = Number(process.env.ISPINE_LIGHTHOUSE_PORT ?? 8350);
const FILES = new URL(process.env.ISPINE_BASE_URL ?? `http://127.0.0.1:${PORT + 1}/dist/`);
/** The origin the demo pages name for the built files (serve.mjs's default). */
const DEMO_FILES = 'http://127.0.0.1:8001/dist/';
const BUDGET = { tbtAdded: 30, performance: 100, bestPractices: 100 };
/** Our drop-in's script element, as the demo pages hold it. */
const DROP_IN = /<script\b[^>]*\bsrc="[^"]*\/dist\/ispine-widgets\.js"[^>]*>\s*<\/script>\s*/;

/**
 * Answers the demo pages: as they are, with the built files' origin of this build; with
 * `?without`, with our script element removed (the page a partner had before pasting it).
 */
function demoPages(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const page = /^\/demo\/([a-z-]+)\.html$/.exec(url.pathname)?.[1];
  if (!page) return false;
  let html = readFileSync(join(ROOT, 'demo', `${page}.html`), 'utf8').replaceAll(
    DEMO_FILES,
    FILES.href,
  );
  if (url.searchParams.has('without')) {
    if (!DROP_IN.test(html)) throw new Error(`demo/${page}.html has no drop-in script`);
    html = html.replace(DROP_IN, '');
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  return true;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run: total blocking time, and the two category scores (0–100). */
async function audit(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'best-practices'],
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const failed = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
      .map((ref) => ref.id);
  return {
    tbt: lhr.audits['total-blocking-time'].numericValue,
    performance: Math.round(lhr.categories.performance.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    below: [...failed('performance'), ...failed('best-practices')],
  };
}

async function main() {
  const compress = { compress: true };
  const servers = [(await serve(PORT, '127.0.0.1', demoPages, compress)).server];
  if (FILES.hostname === '127.0.0.1') {
    servers.push((await serve(Number(FILES.port), '127.0.0.1', undefined, compress)).server);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const results = [];
  // Lighthouse simulates a 4× slower CPU from the tasks it observes, so a busy machine inflates
  // total blocking time: how busy it was is written beside the figures.
  const loadBefore = loadavg()[0];
  try {
    for (const page of PAGES) {
      const url = `http://127.0.0.1:${PORT}/demo/${page}.html`;
      const runs = { with: [], without: [] };
      // Interleaved, so a busy moment on the shared machine falls on both alike.
      for (let run = 1; run <= RUNS; run++) {
        runs.without.push(await audit(`${url}?without`, chrome.port));
        runs.with.push(await audit(url, chrome.port));
        console.log(`lighthouse: ${page} run ${run}/${RUNS}`);
      }
      const of = (side, key) => median(runs[side].map((r) => r[key]));
      const result = {
        page: `demo/${page}.html`,
        tbt: of('with', 'tbt'),
        tbtWithout: of('without', 'tbt'),
        tbtAdded: of('with', 'tbt') - of('without', 'tbt'),
        performance: of('with', 'performance'),
        bestPractices: of('with', 'bestPractices'),
        below: [...new Set(runs.with.flatMap((r) => r.below))],
        runs,
      };
      result.pass =
        result.tbtAdded <= BUDGET.tbtAdded &&
        result.performance >= BUDGET.performance &&
        result.bestPractices >= BUDGET.bestPractices;
      results.push(result);
    }
  } finally {
    chrome.kill();
    for (const server of servers) server.close();
  }
  const rows = results.map(
    (r) =>
      `| \`${r.page}\` | ${r.tbt.toFixed(0)} ms | ${r.tbtWithout.toFixed(0)} ms | ${r.tbtAdded.toFixed(0)} ms | ${r.performance} | ${r.bestPractices} | ${r.below.join(', ') || '—'} | ${r.pass ? 'pass' : '**FAIL**'} |`,
  );
  const table = [
    '| page | total blocking time | without our script | added (budget ≤ 30 ms) | performance | best practices | audits below 1 | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const date = new Date().toISOString();
  const load = `load average ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)} (1 min, before / after) on ${cpus().length} cores`;
  const write = async (file, text) => {
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  };
  await write(
    join(ROOT, 'bench/lighthouse.json'),
    JSON.stringify({ date, load, runs: RUNS, results }),
  );
  await write(
    join(ROOT, 'bench/lighthouse.md'),
    `# Lighthouse\n\n\`npm run lighthouse\`, ${date}: Lighthouse ${lighthouse.version ?? '12'} mobile (simulated 4× CPU, slow 4G), medians of ${RUNS} runs per page, each page run alternately with and without our script; ${load}.\n\n${table}\n`,
  );
  console.log(`\n${table}\n`);
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`lighthouse: ${error.stack ?? error}`);
  process.exit(2);
});
