// npm run bench: the BUDGETS.md figures measured in headless Chromium (puppeteer-core on
// /usr/bin/chromium), 4× CPU throttle, medians of ≥ 7 runs with min/max, each beside a page
// without widgets measured in the same run. Writes bench/results.json and bench/results.md.
// Exits 1 when a budget is missed (unless --no-fail), 2 when the bench itself broke.
// Usage: node scripts/bench.mjs [--runs 7] [--no-fail]   (build first: npm run build)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import * as prettier from 'prettier';
import { rollup } from 'rollup';
import { serve } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', 7)));
const NO_FAIL = argv.includes('--no-fail');
const VERBOSE = argv.includes('--verbose');
const CPU_THROTTLE = 4;
const LATE_MS = 800;
const SETTLE_MS = 300;
/** A mid-range phone's CSS viewport (Lighthouse's mobile default). */
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1 };
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];
const BUNDLE = 'dist/ispine-widgets.js';
/** Three minimal Lit elements (bench/floor/lit-floor.js), built by the bench itself. */
const FLOOR = 'dist/bench/lit-floor.js';
const ZIPS = 'dist/ispine-zips.bin';
const WIDGET_TAGS = ['ispine-call-book-button', 'ispine-symptom-checker', 'ispine-location-picker'];
/** The partner page's own files (what the baseline page loads, bench scripts aside). */
const PARTNER_FILES = [
  'bench/pages/baseline.html',
  'bench/pages/partner.css',
  'bench/pages/partner.js',
  'bench/pages/logo.svg',
];

const log = (...parts) => console.log(...parts);

// ---------------------------------------------------------------- statistics and formatting

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const stats = (values) => {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!numbers.length) return null;
  return {
    median: median(numbers),
    min: Math.min(...numbers),
    max: Math.max(...numbers),
    n: numbers.length,
  };
};
const FORMAT = {
  ms: (v) => `${v.toFixed(1)} ms`,
  KB: (v) => `${v.toFixed(1)} KB`,
  MB: (v) => `${v.toFixed(2)} MB`,
  CLS: (v) => v.toFixed(4),
  count: (v) => String(Math.round(v)),
};
const OPS = { '<=': (v, x) => v <= x, '<': (v, x) => v < x, '=': (v, x) => v === x };
const OP_TEXT = { '<=': '≤', '<': '<', '=': '=' };

// ---------------------------------------------------------------- servers

/** Bundles the Lit floor like the drop-in: node-resolve (production lit), minified IIFE. */
async function buildFloor() {
  const bundle = await rollup({
    input: join(ROOT, 'bench/floor/lit-floor.js'),
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022 })],
  });
  await bundle.write({ file: join(ROOT, FLOOR), format: 'iife' });
  await bundle.close();
}

/**
 * A proxy in front of `origin` that treats the drop-in's URL specially: `delay` holds it back,
 * `replacement` serves another file in its place (same URL, so the pages stay the same).
 */
async function proxyTo(origin, { delay = 0, replacement } = {}) {
  const proxy = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const isBundle = pathname === `/${BUNDLE}`;
    const path = isBundle && replacement ? `/${replacement}` : req.url;
    setTimeout(
      () => {
        const upstream = httpRequest(
          `${origin}${path}`,
          { method: req.method, headers: req.headers },
          (reply) => {
            res.writeHead(reply.statusCode ?? 502, reply.headers);
            reply.pipe(res);
          },
        );
        upstream.on('error', (error) => res.writeHead(502).end(String(error)));
        req.pipe(upstream);
      },
      isBundle ? delay : 0,
    );
  });
  const url = await new Promise((ok) =>
    proxy.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${proxy.address().port}`)),
  );
  return { url, server: proxy };
}

/**
 * serve.mjs's static server, and in front of it two proxies: one that holds the widgets script
 * back, one that serves the Lit floor in its place.
 */
async function startServers() {
  const { url: origin, server } = await serve(0);
  const late = await proxyTo(origin, { delay: LATE_MS });
  const floor = await proxyTo(origin, { replacement: FLOOR });
  return {
    origin,
    lateOrigin: late.url,
    floorOrigin: floor.url,
    close: () =>
      Promise.all([server, late.server, floor.server].map((s) => new Promise((ok) => s.close(ok)))),
  };
}

// ---------------------------------------------------------------- page helpers

/** Opens `url` in a fresh browser context (cold HTTP and code caches) under the CPU throttle. */
async function open(browser, url, { trace = false, waitFor = 'bench' } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  await page.emulateCPUThrottling(CPU_THROTTLE);
  const requests = [];
  const problems = [];
  page.on('request', (r) => {
    const main = r.isNavigationRequest() && r.frame() === page.mainFrame();
    requests.push({ url: r.url(), type: r.resourceType(), document: main });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  let tracing = false;
  try {
    if (trace) {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let result;
    if (waitFor === 'bench') {
      result = await page.evaluate(() => window.__bench.done);
      await settle(page);
    } else {
      await page.waitForFunction(() => window.__sort, { timeout: 60_000 });
      result = await page.evaluate(() => window.__sort);
    }
    const traceData = tracing ? await page.tracing.stop() : undefined;
    tracing = false;
    return { context, page, result, requests, problems, trace: traceData };
  } catch (error) {
    // Tracing is browser-wide: a load that failed must not leave it on for the next one.
    if (tracing) await page.tracing.stop().catch(() => undefined);
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Two frames and SETTLE_MS: late entries (paint-timed, layout shifts) have arrived by then. */
const settle = (page, ms = SETTLE_MS) =>
  page.evaluate(
    (wait) =>
      new Promise((ok) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, wait))),
      ),
    ms,
  );

const entries = (page, type) => page.evaluate((t) => window.__bench.entries[t], type);

/** CLS: the largest session window (gaps < 1 s, windows ≤ 5 s) of shifts without recent input. */
function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    if (shift.startTime - last < 1000 && shift.startTime - first < 5000) {
      sum += shift.value;
    } else {
      sum = shift.value;
      first = shift.startTime;
    }
    last = shift.startTime;
    best = Math.max(best, sum);
  }
  return best;
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
async function heapAfterGc(page) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  await client.send('Performance.enable');
  const { metrics } = await client.send('Performance.getMetrics');
  await client.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/**
 * Clicks what `pick` returns (an element, or a string saying why there is none) and reads the
 * Event Timing entries of that interaction: INP for this one click is the longest of them.
 * Entries under 16 ms are not reported (durationThreshold 16): then the figure is "< 16".
 */
async function clickInp(page, pick) {
  const handle = await page.evaluateHandle(pick);
  const element = handle.asElement();
  if (!element) return { na: String(await handle.jsonValue()) };
  const before = await page.evaluate(() => performance.now());
  await element.click();
  await settle(page, 200);
  const seen = await page.evaluate(
    (t) =>
      [...window.__bench.entries.event, ...window.__bench.entries['first-input']].filter(
        (e) => e.startTime >= t && e.interactionId > 0,
      ),
    before,
  );
  if (!seen.length) return { value: 16, below: true, entries: [] };
  return { value: Math.max(...seen.map((e) => e.duration)), below: false, entries: seen };
}

const PICK = {
  partner: () =>
    document.querySelector('.newsletter button') ?? 'the page has no newsletter button',
  checker: () => {
    const root = document.querySelector('ispine-symptom-checker')?.shadowRoot;
    if (!root) return '<ispine-symptom-checker> has no shadow root';
    const input = root.querySelector('input');
    if (input) {
      const box = input.getBoundingClientRect();
      return box.width >= 1 && box.height >= 1 ? input : (input.closest('label') ?? input);
    }
    return root.querySelector('button') ?? 'the symptom checker renders no input and no button yet';
  },
  picker: () => {
    const root = document.querySelector('ispine-location-picker')?.shadowRoot;
    if (!root) return '<ispine-location-picker> has no shadow root';
    // Never "Use my location" (a permission prompt) nor the ZIP submit (would fetch the ZIP data).
    return (
      root.querySelector('button[part~="choose"]') ??
      [...root.querySelectorAll('button')].find(
        (b) => !b.matches('[part~="locate"], [part~="zip-submit"], [type="submit"]'),
      ) ??
      'the location picker renders no clickable button yet'
    );
  },
};

/**
 * Reads a trace: the page's renderer main thread (the thread of the `bench:start` mark), the
 * widgets script's EvaluateScript (compile + run), and the longest RunTask on that thread within
 * [from, bench:done + SETTLE_MS], each task clipped to that window: what falls outside (the
 * partner page's own parsing and first layout before the widgets script runs) is not ours.
 * `toPage` converts trace microseconds to the page's performance.now() milliseconds.
 */
function readTrace(buffer, pageStart) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const mark = (name) =>
    events.find((e) => e.name === name && String(e.cat).includes('blink.user_timing'));
  const start = mark('bench:start');
  const done = mark('bench:done');
  if (!start || !done) throw new Error('the trace has no bench:start/bench:done marks');
  const onMain = (e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid;
  const evaluate = events.find(
    (e) => onMain(e) && e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(`/${BUNDLE}`),
  );
  const longestTask = (fromTs) => {
    const to = done.ts + SETTLE_MS * 1000;
    let longest = 0;
    for (const e of events) {
      if (!onMain(e) || e.name !== 'RunTask') continue;
      longest = Math.max(longest, Math.min(e.ts + e.dur, to) - Math.max(e.ts, fromTs));
    }
    return longest / 1000;
  };
  return {
    toPage: (ts) => pageStart + (ts - start.ts) / 1000,
    evaluate: evaluate ? { ts: evaluate.ts, ms: evaluate.dur / 1000 } : null,
    longestTask: () => longestTask(evaluate ? evaluate.ts : start.ts),
  };
}

// ---------------------------------------------------------------- one run

/** Measures every page once. A step that throws is retried once, then reported as an error. */
async function oneRun(browser, { origin, lateOrigin, floorOrigin }, run) {
  const at = (page, base = origin) => `${base}/bench/pages/${page}`;
  const out = { run };
  const step = async (name, fn) => {
    const t0 = Date.now();
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await fn();
        break;
      } catch (error) {
        if (attempt === 2) (out.errors ??= []).push(`${name}: ${error.message}`);
        else log(`bench: run ${run} ${name} failed (${error.message}); retrying`);
      }
    }
    if (VERBOSE) log(`bench:   run ${run} ${name}: ${Date.now() - t0} ms`);
  };

  /**
   * A traced load of a bench page. With widgets: times from the widgets script's evaluation
   * start (from the trace) to each widget's first content; without: from where the script would
   * run (bench:start) to the page parsed, the same span the widgets page spends on them.
   * `base` is the origin to load from (the floor proxy serves the Lit floor as the drop-in).
   */
  const timed = async (page, { widgets, base }) => {
    const p = await open(browser, at(page, base), { trace: true });
    const { start, done, painted } = p.result;
    const trace = readTrace(p.trace, start);
    let from = start;
    if (widgets) {
      if (!trace.evaluate) throw new Error(`no EvaluateScript of ${BUNDLE} in the trace`);
      from = trace.toPage(trace.evaluate.ts);
    }
    const perTag = {};
    for (const { tag, renderedAt } of p.result.widgets) {
      perTag[tag] = Math.max(perTag[tag] ?? 0, renderedAt - from);
    }
    return {
      p,
      from,
      evaluation: trace.evaluate?.ms ?? null,
      rendered: p.result.widgets.length ? Math.max(...Object.values(perTag)) : done - from,
      painted: painted - from,
      count: p.result.widgets.length,
      perTag,
      longestTask: trace.longestTask(),
      errors: [...p.result.errors, ...p.problems],
    };
  };

  // Baseline page: its span, longest task, requests, CLS, heap, a click on its own button.
  const baselinePaths = new Set();
  await step('baseline', async () => {
    const { p, rendered, painted, longestTask } = await timed('baseline.html', { widgets: false });
    for (const r of p.requests) baselinePaths.add(new URL(r.url).pathname);
    out.baseline = {
      span: rendered,
      painted,
      longestTask,
      requests: p.requests.filter((r) => !r.document && !r.url.endsWith('/bench.js')).length,
      cls: cls(await entries(p.page, 'layout-shift')),
      heap: await heapAfterGc(p.page),
      inp: await clickInp(p.page, PICK.partner),
      problems: p.problems,
    };
    await p.context.close();
  });

  // Widgets page: the same, with evaluation + first render, the Long Tasks API, two clicks.
  await step('widgets', async () => {
    const w = await timed('widgets.html', { widgets: true });
    const { p } = w;
    const missing = WIDGET_TAGS.filter((t) => !(t in w.perTag));
    const extra = p.requests.filter(
      (r) => !r.document && !baselinePaths.has(new URL(r.url).pathname),
    );
    // Long tasks that overlap the widgets' start-up (not the page's own first layout before it).
    const longtasks = (await entries(p.page, 'longtask')).filter(
      (t) => t.startTime + t.duration > w.from,
    );
    out.widgets = {
      evaluation: w.evaluation,
      render: missing.length ? null : w.rendered,
      painted: missing.length ? null : w.painted,
      perTag: w.perTag,
      longestTask: w.longestTask,
      longTasks: longtasks.length,
      longTaskMax: longtasks.length ? Math.max(...longtasks.map((t) => t.duration)) : 0,
      requests: extra.length,
      requestUrls: extra.map((r) => new URL(r.url).pathname),
      zipDataFetched: p.requests.some((r) => r.url.includes('ispine-zips.bin')),
      cls: cls(await entries(p.page, 'layout-shift')),
      heap: await heapAfterGc(p.page),
      errors: [...w.errors, ...missing.map((t) => `<${t}> did not render`)],
    };
    out.widgets.inpChecker = await clickInp(p.page, PICK.checker);
    out.widgets.inpPicker = await clickInp(p.page, PICK.picker);
    await p.context.close();
  });

  // The Lit floor on the same page: the least any Lit library's three elements cost here.
  await step('floor', async () => {
    const f = await timed('widgets.html', { widgets: true, base: floorOrigin });
    const missing = WIDGET_TAGS.filter((t) => !(t in f.perTag));
    if (missing.length) throw new Error(`the floor did not render ${missing.join(', ')}`);
    out.floor = { render: f.rendered, painted: f.painted, longestTask: f.longestTask };
    await f.p.context.close();
  });

  // The drop-in as the README shows it (async, in the head), its script 800 ms late.
  await step('late', async () => {
    const l = await open(browser, `${lateOrigin}/bench/pages/late-script.html`);
    await settle(l.page, 500);
    const { start, widgets } = l.result;
    const shifts = await entries(l.page, 'layout-shift');
    out.late = {
      cls: cls(shifts),
      renderedAfter: widgets.length ? Math.max(...widgets.map((x) => x.renderedAt)) - start : null,
      shifts: shifts.filter((s) => s.value > 0),
      errors: [...l.result.errors, ...l.problems],
    };
    await l.context.close();
  });

  // 200 call/book buttons, the same directory with plain links, and with 200 floor elements.
  await step('buttons', async () => {
    const b = await timed('buttons-200-baseline.html', { widgets: false });
    out.buttonsBaseline = b.rendered;
    await b.p.context.close();
    const m = await timed('buttons-200.html', { widgets: true });
    out.buttons = {
      count: m.count,
      render: m.count === 200 ? m.rendered : null,
      painted: m.count === 200 ? m.painted : null,
      longestTask: m.longestTask,
      errors: m.count === 200 ? m.errors : [...m.errors, `only ${m.count} of 200 buttons rendered`],
    };
    await m.p.context.close();
    const f = await timed('buttons-200.html', { widgets: true, base: floorOrigin });
    out.buttonsFloor = f.count === 200 ? f.rendered : null;
    await f.p.context.close();
  });

  // Sorting 10,000 clinics with the built geo module, and the reference sort, each in its own
  // fresh page: once at once after the clinics are made, once after a visitor's typing pause.
  await step('sort', async () => {
    const sorts = {};
    for (const [name, query] of Object.entries({
      now: '',
      nowReference: '?ref',
      typing: '?typing',
      typingReference: '?typing&ref',
    })) {
      const s = await open(browser, at(`sort.html${query}`), { waitFor: 'sort' });
      await s.context.close();
      if (s.result.errors.length) throw new Error(s.result.errors.join('; '));
      sorts[name] = s.result;
    }
    out.sort = sorts;
  });

  return out;
}

// ---------------------------------------------------------------- figures

function sizes(file) {
  const raw = readFileSync(join(ROOT, file));
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function buildFigures(runs) {
  const figures = [];
  const pluck = (fn) =>
    runs.map((r) => {
      try {
        return fn(r);
      } catch {
        return undefined;
      }
    });
  const add = (
    id,
    label,
    unit,
    values,
    { baseline, baselineText, floor, budget, goal, na, note } = {},
  ) => {
    const s = stats(values);
    const b = baseline ? stats(baseline) : null;
    const check = (limit) => (s && limit ? OPS[limit[0]](s.median, limit[1]) : null);
    figures.push({
      id,
      label,
      unit,
      ...(s ?? { median: null, min: null, max: null, n: 0 }),
      values,
      baseline: b,
      baselineText: baselineText ?? null,
      floor: floor ? stats(floor) : null,
      budget: budget ? { op: budget[0], value: budget[1] } : null,
      goal: goal ? { op: goal[0], value: goal[1] } : null,
      pass: check(budget),
      goalMet: check(goal),
      na: s ? null : (na ?? 'not measured'),
      note: note ?? null,
    });
  };
  const kb = (bytes) => bytes / 1024;

  // Bytes: the files as built (identical in every run), beside the partner page's own bytes.
  const partner = PARTNER_FILES.map(sizes).reduce(
    (a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const bundle = sizes(BUNDLE);
  const pageText = (k) => `page's own files: ${kb(partner[k]).toFixed(1)} KB`;
  add('bundle-raw', '`ispine-widgets.js`, raw', 'KB', [kb(bundle.raw)], {
    baselineText: pageText('raw'),
  });
  add('bundle-gzip', '`ispine-widgets.js`, gzip -9', 'KB', [kb(bundle.gzip)], {
    baselineText: pageText('gzip'),
  });
  add('bundle-brotli', '`ispine-widgets.js`, brotli q11', 'KB', [kb(bundle.brotli)], {
    baselineText: pageText('brotli'),
    budget: ['<=', 20],
    goal: ['<=', 15],
  });
  if (existsSync(join(ROOT, ZIPS))) {
    const zips = sizes(ZIPS);
    add('zips-raw', '`ispine-zips.bin`, raw', 'KB', [kb(zips.raw)]);
    add('zips-gzip', '`ispine-zips.bin`, gzip -9', 'KB', [kb(zips.gzip)]);
    add(
      'zips-brotli',
      '`ispine-zips.bin`, brotli q11 (fetched only when a ZIP is typed)',
      'KB',
      [kb(zips.brotli)],
      {
        budget: ['<=', 80],
        goal: ['<=', 50],
      },
    );
  } else {
    add('zips-brotli', '`ispine-zips.bin`, brotli q11', 'KB', [], { na: `${ZIPS} is missing` });
  }

  const reqValues = pluck((r) => r.widgets.requests);
  const fetchedZips = runs.some((r) => r.widgets?.zipDataFetched);
  const urls = [...new Set(runs.flatMap((r) => r.widgets?.requestUrls ?? []))];
  add('requests', 'requests on page load added by the widgets', 'count', reqValues, {
    baseline: pluck((r) => r.baseline.requests),
    budget: ['=', 1],
    goal: ['=', 1],
    note: `${urls.join(', ') || 'none'}${fetchedZips ? '; ZIP data fetched on load!' : ''}`,
  });

  const span = pluck((r) => r.baseline.span);
  add(
    'eval',
    'script evaluation (compile + run; trace EvaluateScript)',
    'ms',
    pluck((r) => r.widgets.evaluation),
    {
      na: firstError(runs, 'widgets'),
    },
  );
  add(
    'eval-render',
    'script evaluation + first render of all three',
    'ms',
    pluck((r) => r.widgets.render),
    {
      baseline: span,
      floor: pluck((r) => r.floor.render),
      budget: ['<=', 30],
      goal: ['<=', 15],
      na: firstError(runs, 'widgets'),
    },
  );
  for (const tag of WIDGET_TAGS) {
    add(
      `first-render:${tag}`,
      `… first render of \`<${tag}>\``,
      'ms',
      pluck((r) => r.widgets.perTag[tag]),
      {
        baseline: span,
        na: firstError(runs, 'widgets', tag),
      },
    );
  }
  add(
    'eval-paint',
    '… until the frame after that render is painted',
    'ms',
    pluck((r) => r.widgets.painted),
    {
      baseline: pluck((r) => r.baseline.painted),
      floor: pluck((r) => r.floor.painted),
      na: firstError(runs, 'widgets'),
    },
  );
  add(
    'longest-task',
    'longest task from the script’s evaluation to 300 ms after render (trace)',
    'ms',
    pluck((r) => r.widgets.longestTask),
    {
      baseline: pluck((r) => r.baseline.longestTask),
      floor: pluck((r) => r.floor.longestTask),
      budget: ['<', 50],
      goal: ['<', 20],
      na: firstError(runs, 'widgets'),
    },
  );
  add(
    'long-tasks',
    'Long Tasks API: tasks ≥ 50 ms from the script’s evaluation on',
    'count',
    pluck((r) => r.widgets.longTasks),
    {
      budget: ['=', 0],
      note: `longest reported: ${FORMAT.ms(
        median(
          pluck((r) => r.widgets.longTaskMax)
            .filter((v) => v !== undefined)
            .concat([0]),
        ),
      )} (median)`,
    },
  );
  add(
    'cls-late',
    `CLS, script ${LATE_MS} ms late (async, in head)`,
    'CLS',
    pluck((r) => r.late.cls),
    {
      baseline: pluck((r) => r.baseline.cls),
      budget: ['<', 0.01],
      goal: ['=', 0],
      na: firstError(runs, 'late'),
      note: lateShiftNote(runs),
    },
  );
  add(
    'cls-on-time',
    'CLS, script on time (parser-blocking, end of body)',
    'CLS',
    pluck((r) => r.widgets.cls),
    {
      baseline: pluck((r) => r.baseline.cls),
    },
  );
  const inp = (key) => (r) => {
    const v = key(r);
    return v?.na ? undefined : v?.value;
  };
  const inpNa = (key) => pluck((r) => key(r)?.na).find(Boolean);
  const inpNote = (key) =>
    [...pluck((r) => key(r)?.below), ...pluck((r) => r.baseline.inp.below)].some(Boolean)
      ? 'clicks under 16 ms (the Event Timing threshold) count as 16'
      : null;
  add(
    'inp-checker',
    'INP, click on the checker’s first option',
    'ms',
    pluck(inp((r) => r.widgets.inpChecker)),
    {
      baseline: pluck(inp((r) => r.baseline.inp)),
      budget: ['<=', 100],
      goal: ['<=', 50],
      na: inpNa((r) => r.widgets.inpChecker) ?? firstError(runs, 'widgets'),
      note: inpNote((r) => r.widgets.inpChecker),
    },
  );
  add(
    'inp-picker',
    'INP, click on the picker’s “choose” button',
    'ms',
    pluck(inp((r) => r.widgets.inpPicker)),
    {
      baseline: pluck(inp((r) => r.baseline.inp)),
      budget: ['<=', 100],
      goal: ['<=', 50],
      na: inpNa((r) => r.widgets.inpPicker) ?? firstError(runs, 'widgets'),
      note: inpNote((r) => r.widgets.inpPicker),
    },
  );
  const mb = (bytes) => bytes / (1024 * 1024);
  add(
    'heap',
    'JS heap added by the three widgets (after GC)',
    'MB',
    pluck((r) => mb(r.widgets.heap - r.baseline.heap)),
    {
      baseline: pluck((r) => mb(r.baseline.heap)),
      budget: ['<=', 2],
      goal: ['<=', 1],
    },
  );
  add(
    'buttons-200',
    '200 call/book buttons, first render',
    'ms',
    pluck((r) => r.buttons.render),
    {
      baseline: pluck((r) => r.buttonsBaseline),
      floor: pluck((r) => r.buttonsFloor),
      budget: ['<=', 100],
      goal: ['<=', 50],
      na: firstError(runs, 'buttons'),
    },
  );
  add(
    'sort-cold',
    're-sort 10,000 clinics after a ZIP lookup: first call in a fresh page, 1 s after the clinics are made (a visitor typing)',
    'ms',
    pluck((r) => r.sort.typing.cold),
    {
      baseline: pluck((r) => r.sort.typingReference.cold),
      budget: ['<=', 16],
      goal: ['<=', 5],
      na: firstError(runs, 'sort'),
    },
  );
  add(
    'sort-cold-now',
    '… first call at once after the clinics are made (no pause)',
    'ms',
    pluck((r) => r.sort.now.cold),
    {
      baseline: pluck((r) => r.sort.nowReference.cold),
      na: firstError(runs, 'sort'),
    },
  );
  add(
    'sort-warm',
    're-sort 10,000 clinics, later calls (median of 10)',
    'ms',
    pluck((r) => median(r.sort.typing.warm)),
    {
      baseline: pluck((r) => median(r.sort.typingReference.warm)),
      budget: ['<=', 16],
      goal: ['<=', 5],
    },
  );
  return figures;
}

/** Which nodes moved most in the late-script page's layout shifts (the first run with any). */
function lateShiftNote(runs) {
  for (const r of runs) {
    const shifts = r.late?.shifts ?? [];
    if (!shifts.length) continue;
    const nodes = new Set(shifts.flatMap((s) => s.sources.map((x) => x.node).filter(Boolean)));
    return `moved: ${[...nodes].slice(0, 4).join(', ')}`;
  }
  return null;
}

/** The first error a run reported for `area` (optionally mentioning `about`), for "n/a" reasons. */
function firstError(runs, area, about) {
  for (const r of runs) {
    const errors = [
      ...(r[area]?.errors ?? []),
      ...(r.errors ?? []).filter((e) => e.startsWith(area)),
    ];
    const hit = errors.find((e) => !about || e.includes(about));
    if (hit) return hit;
  }
  return undefined;
}

// ---------------------------------------------------------------- report

const limitText = (limit, unit) =>
  limit
    ? `${OP_TEXT[limit.op]} ${unit === 'count' || unit === 'CLS' ? limit.value : FORMAT[unit](limit.value)}`
    : '';

function table(figures) {
  const rows = figures.map((f) => {
    const fmt = FORMAT[f.unit];
    const value = f.median === null ? `n/a: ${f.na}` : fmt(f.median);
    const range = f.median === null || f.n < 2 ? '' : `${fmt(f.min)} – ${fmt(f.max)}`;
    const spread = (x) => `${fmt(x.median)} (${fmt(x.min)} – ${fmt(x.max)})`;
    const baseline = f.baseline ? spread(f.baseline) : (f.baselineText ?? '');
    const floor = f.floor ? spread(f.floor) : '';
    const verdict =
      f.pass === null
        ? f.budget
          ? 'n/a'
          : ''
        : f.pass
          ? f.goalMet
            ? 'pass (goal met)'
            : 'pass'
          : '**FAIL**';
    const label = f.note ? `${f.label} — ${f.note}` : f.label;
    return [
      label,
      value,
      range,
      baseline,
      floor,
      limitText(f.budget, f.unit),
      limitText(f.goal, f.unit),
      verdict,
    ];
  });
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    '| figure | median | min – max | baseline (no widgets, same run) | Lit floor (same run) | budget | goal | result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
  ].join('\n');
}

async function writeReports(figures, machine, config, runs, seconds) {
  const json = { machine, config, seconds, figures, runs };
  // Both files pass `prettier --check .` as written.
  const jsonFile = join(ROOT, 'bench/results.json');
  const jsonOptions = (await prettier.resolveConfig(jsonFile)) ?? {};
  writeFileSync(
    jsonFile,
    await prettier.format(JSON.stringify(json), { ...jsonOptions, filepath: jsonFile }),
  );
  const md = `# Bench results

\`npm run bench\` (\`scripts/bench.mjs\`), ${machine.date}: ${machine.cpu} (${machine.cores} cores), ${machine.chromium}, headless, ${config.cpuThrottle}× CPU throttle, viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${config.runs} runs (medians; min – max). Budgets and goals: \`BUDGETS.md\`. Every page load is in a fresh browser context (cold caches). The baseline column is the same partner page without widgets (\`bench/pages/baseline.html\`), measured in the same runs: for timings, the same span (from where the script would run until the page is parsed); for sorting, a plain comparator sort of the same clinics (in its own fresh page). The Lit floor column is the same page with the drop-in replaced by three (or 200) minimal Lit elements of the same tag names (\`bench/floor/lit-floor.js\`, bundled and minified the same way): what any Lit library pays on this machine before doing anything of its own. First render is timed when each widget's shadow root first gets content (from the script's evaluation start); longest task is the longest main-thread task from the script's evaluation to 300 ms after the last render. Raw data: \`bench/results.json\`.

${machine.warning ? `**Warning:** ${machine.warning}.\n\n` : ''}${table(figures)}
`;
  const file = join(ROOT, 'bench/results.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(md, { ...options, filepath: file }));
}

// ---------------------------------------------------------------- main

async function main() {
  const began = Date.now();
  for (const file of [BUNDLE, 'dist/esm/geo/distance.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first`);
  }
  await buildFloor();
  const servers = await startServers();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    protocolTimeout: 30_000,
  });
  try {
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
    log(
      `bench: ${machine.cpu}, ${machine.cores} cores, ${machine.chromium}, ${RUNS} runs, ${CPU_THROTTLE}× CPU throttle`,
    );
    // One discarded load of each page warms the OS file cache and Chromium's own start-up.
    await oneRun(browser, servers, 0);
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await oneRun(browser, servers, run);
      runs.push(result);
      const errors = result.errors?.length ? `, errors: ${result.errors.join('; ')}` : '';
      log(
        `bench: run ${run}/${RUNS} done (${((Date.now() - began) / 1000).toFixed(0)} s)${errors}`,
      );
    }
    const figures = buildFigures(runs);
    const seconds = (Date.now() - began) / 1000;
    machine.loadAverageAfter = loadavg()[0];
    const busy = Math.max(machine.loadAverageBefore, machine.loadAverageAfter);
    if (busy > machine.cores) {
      machine.warning = `the machine was busy (1-minute load average ${busy.toFixed(1)} on ${machine.cores} cores, counting the bench's own browser and the build before it): timings are inflated`;
      console.warn(`bench: WARNING: ${machine.warning}`);
    }
    await writeReports(figures, machine, config, runs, seconds);
    log(`\n${table(figures)}\n`);
    log(`bench: wrote bench/results.json and bench/results.md in ${seconds.toFixed(0)} s`);
    const missed = figures.filter((f) => f.pass === false);
    for (const f of figures.filter((x) => x.budget && x.pass === null)) {
      console.warn(`bench: NOT MEASURED: ${f.label}: ${f.na}`);
    }
    if (missed.length) {
      const bar = '!'.repeat(78);
      console.error(`\n${bar}`);
      for (const f of missed) {
        console.error(
          `!! BUDGET MISSED: ${f.label}: ${FORMAT[f.unit](f.median)} (budget ${limitText(f.budget, f.unit)})`,
        );
      }
      console.error(`${bar}\n`);
      if (!NO_FAIL) process.exitCode = 1;
      else console.error('bench: --no-fail: exiting 0 anyway');
    }
  } finally {
    await browser.close();
    await servers.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(2);
});
