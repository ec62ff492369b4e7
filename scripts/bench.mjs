// npm run bench: the BUDGETS.md figures measured in headless Chromium (puppeteer-core), 4× CPU
// throttle, medians over runs with min/max, each beside the same page without widgets, the Lit
// floor and, for the 200 buttons, peer libraries, all measured in the same runs. Budgets come
// from bench/budgets.json. Writes bench/results.json and bench/results.md.
// Exits 1 when a budget is missed (unless --no-fail), 2 when the bench itself broke.
// Usage: node scripts/bench.mjs [--runs 7] [--no-fail] [--verbose]   (build first: npm run build)
// Environment: ISPINE_BENCH_PORT (first of eight ports; default: free ports), CHROME_PATH.
//
// scripts/bench/: options.mjs (what a run is) · builds.mjs (floor and peers) · content-floor.mjs
// (the widgets' content without a framework, and as static Lit templates) · servers.mjs
// (origins and proxies) · browser.mjs (driving Chromium) · trace.mjs · cls.mjs · run.mjs (one
// run, page by page) · figures.mjs (runs to figures and budget checks) · report.mjs (tables).
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from './bench/browser.mjs';
import { buildBenchFiles } from './bench/builds.mjs';
import { buildContentFloor } from './bench/content-floor.mjs';
import { buildFigures } from './bench/figures.mjs';
import {
  BUNDLE,
  CPU_THROTTLE,
  FLAGS,
  LATE_MS,
  NO_FAIL,
  ROOT,
  RUNS,
  VIEWPORT,
} from './bench/options.mjs';
import { misses, table, writeReports } from './bench/report.mjs';
import { oneRun } from './bench/run.mjs';
import { startServers } from './bench/servers.mjs';

async function main() {
  const began = Date.now();
  for (const file of [BUNDLE, 'dist/esm/geo/distance.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first`);
  }
  await buildBenchFiles();
  const origins = await startServers();
  const browser = await launch();
  try {
    await buildContentFloor(browser, `${origins.origin}/bench/pages/widgets.html`);
    const machine = {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      chromium: await browser.version(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      date: new Date().toISOString(),
      loadAverageBefore: loadavg()[0],
    };
    const config = {
      runs: RUNS,
      cpuThrottle: CPU_THROTTLE,
      lateMs: LATE_MS,
      viewport: VIEWPORT,
      flags: FLAGS,
    };
    console.log(
      `bench: ${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, ${RUNS} runs, ${CPU_THROTTLE}× CPU throttle; pages on ${origins.origin}`,
    );
    // One discarded run warms the OS file cache and Chromium's own start-up.
    await oneRun(browser, origins, 0);
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await oneRun(browser, origins, run);
      runs.push(result);
      const errors = result.errors?.length ? `, errors: ${result.errors.join('; ')}` : '';
      const elapsed = ((Date.now() - began) / 1000).toFixed(0);
      console.log(`bench: run ${run}/${RUNS} done (${elapsed} s)${errors}`);
    }
    const figures = buildFigures(runs);
    const seconds = (Date.now() - began) / 1000;
    machine.loadAverageAfter = loadavg()[0];
    const busy = Math.max(machine.loadAverageBefore, machine.loadAverageAfter);
    if (busy > machine.cores) {
      machine.warning = `the machine was busy (1-minute load average ${busy.toFixed(1)} on ${machine.cores} cores, counting the bench's own browser and the build before it): absolute timings are inflated; ratios are measured within each run`;
      console.warn(`bench: WARNING: ${machine.warning}`);
    }
    await writeReports({ figures, machine, config, runs, seconds });
    console.log(`\n${table(figures)}\n`);
    console.log(`bench: wrote bench/results.json and bench/results.md in ${seconds.toFixed(0)} s`);
    if (RUNS < 15) {
      console.warn(`bench: ${RUNS} runs; BUDGETS.md judges medians of at least 15 (--runs 15)`);
    }
    const { missed, unmeasured } = misses(figures);
    for (const line of unmeasured) console.warn(`bench: NOT MEASURED: ${line}`);
    if (missed.length || unmeasured.length) {
      const bar = '!'.repeat(78);
      console.error(`\n${bar}`);
      for (const line of missed) console.error(`!! BUDGET MISSED: ${line}`);
      for (const line of unmeasured) console.error(`!! BUDGET NOT MEASURED: ${line}`);
      console.error(`${bar}\n`);
      if (!NO_FAIL) process.exitCode = 1;
      else console.error('bench: --no-fail: exiting 0 anyway');
    }
  } finally {
    await browser.close();
    await origins.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(2);
});
