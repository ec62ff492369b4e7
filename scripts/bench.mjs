// npm run bench: the BUDGETS.md figures, judged on main-thread CPU time in headless Chromium
// (puppeteer-core, no CPU throttle) over rounds: each round loads every page once, in a shuffled
// order, each in a fresh browser context; our widgets beside the Lit content floor, the minimal
// Lit floor and, for the 200 buttons, peer libraries, all in the same rounds. A figure is a
// ratio of 20%-trimmed means with a 95% bootstrap interval over rounds; its verdict is pass, fail
// or inconclusive (the interval straddles the budget). Budgets come from bench/budgets.json.
// Writes bench/results.json and bench/results.md (or --out). Exits 1 when a budget fails
// (unless --no-fail), 2 when the bench itself broke.
// Usage: node scripts/bench.mjs [--rounds 30] [--self-test] [--out FILE] [--no-fail] [--verbose]
//        [--only buttons widgets …]   (a quick look at some pages while developing)
//        node scripts/bench.mjs --pool A.json B.json [--out FILE]   (judge their rounds together)
// (build first: npm run build). Environment: ISPINE_BENCH_PORT (first of eight ports; default:
// free ports), CHROME_PATH.
//
// scripts/bench/: options.mjs (what a bench is) · builds.mjs (floor and peers) · content-floor.mjs
// (our first-render DOM as static Lit templates) · self-test.mjs (+20% work) · servers.mjs
// (origins and proxies) · browser.mjs (driving Chromium) · trace.mjs (CPU time) · cls.mjs ·
// run.mjs (one round) · busy.mjs (how busy the machine was) · stats.mjs (trimmed means,
// bootstrap, verdicts) · figures.mjs (rounds to figures) · report.mjs (tables).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launch } from './bench/browser.mjs';
import { watchBusy } from './bench/busy.mjs';
import { buildBenchFiles } from './bench/builds.mjs';
import { buildContentFloor } from './bench/content-floor.mjs';
import { buildFigures } from './bench/figures.mjs';
import {
  AGAINST,
  BUNDLE,
  FLAGS,
  LATE_MS,
  MIN_ROUNDS,
  NO_FAIL,
  ONLY,
  OUT,
  POOL,
  ROOT,
  ROUNDS,
  SELF_TEST,
  VIEWPORT,
} from './bench/options.mjs';
import { busyText, selfTestLines, table, verdicts, writeReports } from './bench/report.mjs';
import { oneRound } from './bench/run.mjs';
import { buildSelfTest, calibrateSelfTest } from './bench/self-test.mjs';
import { startServers } from './bench/servers.mjs';

const METHOD = `How the figures are made:

- **Main-thread CPU time** is judged, not the wall clock: from the Chromium trace, the thread time (\`tdur\`) of the renderer main thread's top-level tasks (\`RunTask\`). Span 1, **the script's task**: the task that evaluated the drop-in (evaluation, upgrades and Lit's first render in its microtasks). Span 2, **until rendered**: every top-level task from that one until every widget has rendered and the next frame's style, layout and paint are done (\`bench:painted\`). **Longest task**: the largest single top-level task from the script's task until 300 ms after the last render. No CPU throttle: a throttled thread is paused by the wall clock, so a busy machine leaks into throttled figures. Left out: other threads (background compiling) and the compositor; the wall-clock figures are kept beside as information.
- **Rounds**: each round loads every page once, the pages in a shuffled order, each in a fresh browser context (cold caches); one warm-up round is discarded. A figure is the 20%-trimmed mean over rounds; a ratio is the ratio of the trimmed means of ours and of the column, measured in the same rounds, with a 95% percentile-bootstrap interval (2,000 resamples of whole rounds). The verdict is pass when the whole interval keeps the budget, fail when none of it does, inconclusive when it straddles it (rerun, or pool the rounds of several benches of the build with \`--pool\`).
- **Lit content floor**: our widgets' first-render shadow DOM and style sheets, copied from each page at the start of the bench, rendered by Lit elements of the same tag names as one static template per distinct copy (no bindings, no logic), bundled and minified as the drop-in is, served at the drop-in's URL (\`scripts/bench/content-floor.mjs\`). One for each page: same-origin, partner and the 200 buttons. On both widget pages the checker is a frame element, created once the page has loaded and is idle, after both spans: the copy leaves it out. The least any Lit implementation of this content costs: the gap to it is ours.
- **Minimal Lit floor**: three minimal Lit elements of the same tag names (\`bench/floor/lit-floor.js\`), what any Lit library pays. **Peers**: Shoelace's \`sl-button\` and Material's \`md-filled-button\`, bundled and minified alike, 200 of them on the same directory page.
- **Partner page**: the same three-widget page on another origin than the script (same site, so the checker's frame shares the main thread).
- **Self-test** (\`--self-test\`): our drop-in with a known 20% of extra main-thread work (calibrated per page after the warm-up round), measured in the same rounds as the drop-in as built (the column "ours without the extra work"), so the bench shows the slowdown it sees and fails the budgets it crosses.
- **How busy the machine was**: the 1-minute load average before and after, and from \`/proc/stat\` the share of all CPU time during the bench used by other processes than the bench's own (node and every process it started, sampled twice a second) and stolen by the hypervisor.`;

const sha256 = (file) =>
  createHash('sha256')
    .update(readFileSync(join(ROOT, file)))
    .digest('hex');

/** Prints the verdicts and sets the exit code: 1 when a budget failed. */
function judge(figures, selfTest) {
  console.log(`\n${table(figures)}\n`);
  const { failed, inconclusive, unmeasured } = verdicts(figures);
  for (const line of unmeasured) console.warn(`bench: NOT MEASURED: ${line}`);
  for (const line of inconclusive) console.warn(`bench: INCONCLUSIVE (rerun or --pool): ${line}`);
  // A figure's `plain` column is the build without the extra work only in a self-test (with
  // --against it is the other build).
  if (selfTest) {
    for (const line of selfTestLines(figures)) console.log(`bench: self-test: ${line}`);
  }
  if (failed.length) {
    const bar = '!'.repeat(78);
    console.error(`\n${bar}`);
    for (const line of failed) console.error(`!! BUDGET FAILED: ${line}`);
    console.error(`${bar}\n`);
    if (!NO_FAIL) process.exitCode = 1;
    else console.error('bench: --no-fail: exiting 0 anyway');
  }
}

/** `--pool`: the rounds of several results files of one build, judged together. */
async function pool() {
  const files = POOL.map((file) => ({ file, ...JSON.parse(readFileSync(file, 'utf8')) }));
  const builds = new Set(
    files.map((f) => `${f.method.build} ${f.method.selfTest} ${f.method.against ?? ''}`),
  );
  if (builds.size > 1)
    throw new Error(`--pool: the files are of different builds (${[...builds]})`);
  const rounds = files.flatMap((f) => f.rounds);
  const figures = buildFigures(rounds);
  const out = OUT === 'bench/results.json' ? 'bench/results-pooled.json' : OUT;
  await writeReports(out, {
    machine: files[0].machine,
    method: { ...files[0].method, rounds: rounds.length },
    pooled: files.map((f) => f.file),
    busy: files.map((f) => ({ file: f.file, busy: f.machine.busy })),
    seconds: files.reduce((s, f) => s + f.seconds, 0),
    figures,
    rounds,
  });
  console.log(`bench: ${rounds.length} rounds pooled from ${POOL.join(', ')}; wrote ${out}`);
  judge(figures, files[0].method.selfTest);
}

async function main() {
  if (POOL.length) return pool();
  const began = Date.now();
  for (const file of [BUNDLE, 'dist/esm/geo/distance.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first`);
  }
  if (AGAINST && SELF_TEST)
    throw new Error('--against and --self-test both use the "before" column: one at a time');
  if (AGAINST && !existsSync(join(ROOT, AGAINST, 'ispine-widgets.js')))
    throw new Error(
      `--against ${AGAINST}: no ispine-widgets.js there (copy a build's dist/ into the project)`,
    );
  await buildBenchFiles();
  if (SELF_TEST) buildSelfTest();
  const origins = await startServers();
  const browser = await launch();
  const stopWatching = watchBusy();
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    chromium: await browser.version(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
  const rounds = [];
  try {
    await buildContentFloor(browser, [
      { url: `${origins.origin}/bench/pages/widgets.html`, sameOrigin: true },
      { url: `${origins.partner}/bench/pages/widgets.html`, sameOrigin: false },
      { url: `${origins.origin}/bench/pages/buttons-200.html`, sameOrigin: true },
    ]);
    console.log(
      `bench: ${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, ${ROUNDS} rounds${SELF_TEST ? ', SELF-TEST build (+20% work)' : ''}; pages on ${origins.origin}`,
    );
    // One discarded round warms the OS file cache and Chromium's own start-up.
    await oneRound(browser, origins, 0);
    if (SELF_TEST) {
      origins.selfTestUrls = await calibrateSelfTest(browser, [
        `${origins.ours}/bench/pages/widgets.html`,
        `${origins.partner}/bench/pages/widgets.html`,
        `${origins.ours}/bench/pages/buttons-200.html`,
      ]);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const result = await oneRound(browser, origins, round);
      rounds.push(result);
      const errors = result.errors.length ? `, errors: ${result.errors.join('; ')}` : '';
      const elapsed = ((Date.now() - began) / 1000).toFixed(0);
      console.log(`bench: round ${round}/${ROUNDS} done (${elapsed} s)${errors}`);
    }
  } finally {
    await browser.close();
    await origins.close();
  }
  machine.busy = stopWatching();
  const { busy: b } = machine;
  if (b.othersShare > 0.25 || b.loadAverage.some((l) => l > machine.cores)) {
    machine.warning = `the machine was busy (${busyText(machine)}): CPU times hold under load better than the wall clock, but two benches agree less on a busy machine; compare with --pool`;
    console.warn(`bench: WARNING: ${machine.warning}`);
  }
  const figures = buildFigures(rounds);
  const seconds = (Date.now() - began) / 1000;
  await writeReports(OUT, {
    machine,
    method: {
      text: METHOD,
      rounds: ROUNDS,
      trim: 0.2,
      interval: '95% percentile bootstrap over rounds, 2000 resamples',
      cpuThrottle: null,
      lateMs: LATE_MS,
      viewport: VIEWPORT,
      flags: FLAGS,
      selfTest: SELF_TEST,
      against: AGAINST || null,
      only: ONLY.length ? ONLY : null,
      build: sha256(BUNDLE),
    },
    seconds,
    figures,
    rounds,
  });
  console.log(`bench: ${busyText(machine)}`);
  console.log(`bench: wrote ${OUT} in ${seconds.toFixed(0)} s`);
  if (ROUNDS < MIN_ROUNDS || ONLY.length) {
    console.warn(
      `bench: ${ROUNDS} rounds${ONLY.length ? ` of ${ONLY.join(', ')} only` : ''}: a quick look; budgets are judged on ≥ ${MIN_ROUNDS} rounds of every page`,
    );
  }
  judge(figures, SELF_TEST);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(2);
});
