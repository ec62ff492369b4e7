// One bench round: every page loaded once, in a shuffled order, each in a fresh browser context.
// The same round measures our widgets, their floors and the peers, so their ratios compare like
// with like on a machine whose speed drifts, and no page always follows the same other page.
import { compressedSizes } from '../budgets.mjs';
import {
  PICK,
  benchFrame,
  childFrameRecord,
  clickInp,
  entries,
  heapAfterGc,
  open,
  pressStart,
  settle,
  stopTrace,
} from './browser.mjs';
import { PEERS, peerPage, peerScript } from './builds.mjs';
import { cls } from './cls.mjs';
import {
  AGAINST,
  BENCH_SCRIPT,
  BUNDLE,
  LATE_ROUNDS,
  ONLY,
  VERBOSE,
  WIDGET_TAGS,
} from './options.mjs';
import { markedTask, readTrace } from './trace.mjs';

const pathOf = (url) => new URL(url).pathname;
const isBenchScript = (r) => pathOf(r.url) === `/${BENCH_SCRIPT}`;

/** Sizes of the files behind each request path (the files do not change during a bench). */
const sizeCache = new Map();

/**
 * What `requests` downloaded, file by file as the static origin serves it (without the bench's
 * instrumentation): raw bytes, brotli bytes (quality 11, as a CDN serves them) and the paths.
 */
async function downloaded(origin, requests) {
  const total = { raw: 0, brotli: 0, paths: [] };
  for (const path of new Set(requests.map((r) => pathOf(r.url)))) {
    if (!sizeCache.has(path)) {
      const response = await fetch(`${origin}${path}`);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      sizeCache.set(path, compressedSizes(Buffer.from(await response.arrayBuffer())));
    }
    const { raw, brotli } = sizeCache.get(path);
    total.raw += raw;
    total.brotli += brotli;
    total.paths.push(path);
  }
  return total;
}

/** Fisher–Yates, in place. */
function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * A traced load of `url`. `script` is the path of the script under test (the drop-in, or a floor
 * served at its URL, or a peer). CPU figures (thread time, trace.mjs) run from the task that
 * evaluated it; wall-clock ones (information) from its evaluation start to the last widget's
 * first content and to the frame after it. `frame`: the page holds the checker's frame; its
 * first render is awaited and the longest task is looked for until 300 ms after it; then Start
 * is pressed and the press is timed until the frame's first question is drawn.
 */
async function timed(browser, url, { script, frame = false, count }) {
  const p = await open(browser, url, { trace: true });
  try {
    const { start, done, painted, timeOrigin, widgets } = p.result;
    const child = frame ? await childFrameRecord(p.page, timeOrigin) : null;
    if (child) await settle(p.page);
    // Once the page has settled, the visitor presses Start: the frame, loaded while the card
    // showed, draws its first question (the longest task above ends before the press).
    const pressed = child ? await pressStart(p.page, (await benchFrame(p.page)).frame) : null;
    const trace = readTrace(await stopTrace(p), start, script);
    const from = trace.evaluate.at;
    const perTag = {};
    for (const { tag, renderedAt } of widgets) {
      perTag[tag] = Math.max(perTag[tag] ?? 0, renderedAt - from);
    }
    const missing = count
      ? widgets.length === count
        ? []
        : [`${widgets.length} of ${count} rendered`]
      : WIDGET_TAGS.filter((t) => !(t in perTag)).map((t) => `<${t}> did not render`);
    if (missing.length) throw new Error(`${url}: ${missing.join(', ')}`);
    return {
      p,
      child,
      from,
      figures: {
        cpuScript: trace.script,
        cpuRendered: trace.rendered,
        longestTask: trace.longest(child ? Math.max(done, child.done) : undefined),
        wallRendered: Math.max(...Object.values(perTag)),
        wallPainted: painted - from,
      },
      start: pressed && { ...trace.afterPress(pressed.at, 'frame:painted'), inp: pressed.inp },
      perTag,
      errors: [...p.result.errors, ...p.problems, ...(child?.errors ?? [])],
    };
  } catch (error) {
    // Tracing is browser-wide: a load that failed must not leave it on for the next one.
    await stopTrace(p).catch(() => undefined);
    await p.context.close();
    throw error;
  }
}

/**
 * The loads of one round, by name: `page` or `page:column` (the same page with a floor or a
 * peer in place of our script). Each resolves with what the figures need from it.
 */
function loads(browser, origins) {
  const at = (page, base) => `${base}/bench/pages/${page}`;
  /** One of our pages; in a self-test, with its extra work units (self-test.mjs). */
  const ours = (page, base) => origins.selfTestUrls?.get(at(page, base)) ?? at(page, base);
  const baselinePaths = new Set();
  /** Requests by the page's own document, beyond the baseline page's files. */
  const added = (requests) =>
    requests.filter(
      (r) =>
        r.frame === 'top' && !r.document && !isBenchScript(r) && !baselinePaths.has(pathOf(r.url)),
    );
  const only = async (url, options) => {
    const t = await timed(browser, url, options);
    await t.p.context.close();
    return t.figures;
  };
  const buttons = (url, script = BUNDLE) => only(url, { script, count: 200 });

  return {
    // The partner page without widgets: its own requests (which the widget pages' are counted
    // beyond), CLS, heap, and a click on its own button. Not timed: nothing of ours runs.
    async baseline() {
      const p = await open(browser, at('baseline.html', origins.origin));
      try {
        for (const r of p.requests) baselinePaths.add(pathOf(r.url));
        return {
          cls: cls(await entries(p.page, 'layout-shift')),
          heap: await heapAfterGc(p.page),
          inp: await clickInp(p.page, PICK.partner),
        };
      } finally {
        await p.context.close();
      }
    },
    // Our widgets, script on the page's origin; then its requests, CLS, heap and a click.
    async widgets() {
      const w = await timed(browser, ours('widgets.html', origins.ours), { script: BUNDLE });
      try {
        const extra = added(w.p.requests);
        return {
          ...w.figures,
          perTag: w.perTag,
          requests: extra.length,
          requestPaths: extra.map((r) => pathOf(r.url)),
          cls: cls(await entries(w.p.page, 'layout-shift')),
          heap: await heapAfterGc(w.p.page),
          inpPicker: await clickInp(w.p.page, PICK.picker),
          errors: w.errors,
        };
      } finally {
        await w.p.context.close();
      }
    },
    'widgets:floor': () => only(at('widgets.html', origins.floor), { script: BUNDLE }),
    'widgets:litContent': () => only(at('widgets.html', origins.litContent), { script: BUNDLE }),
    // The same page on another origin than the script: the checker is its frame element, the
    // frame shares the main thread (same site). What the page's own document requests is told
    // apart from what the frame does.
    async partner() {
      const w = await timed(browser, ours('widgets.html', origins.partner), {
        script: BUNDLE,
        frame: true,
      });
      try {
        const top = added(w.p.requests);
        const inFrame = w.p.requests.filter((r) => r.frame === 'child' && !isBenchScript(r));
        const { frame } = await benchFrame(w.p.page);
        return {
          ...w.figures,
          perTag: w.perTag,
          frameRendered: Math.max(...w.child.widgets.map((x) => x.renderedAt)) - w.from,
          start: w.start,
          requests: top.length,
          requestPaths: top.map((r) => pathOf(r.url)),
          scripts: await downloaded(
            origins.origin,
            top.filter((r) => r.type === 'script'),
          ),
          frame: await downloaded(origins.origin, inFrame),
          inpChecker: await clickInp(frame, PICK.checker),
          errors: w.errors,
        };
      } finally {
        await w.p.context.close();
      }
    },
    'partner:litContent': () =>
      only(at('widgets.html', origins.partnerLitContent), { script: BUNDLE }),
    // The drop-in as the README shows it (async, in the head), its script 800 ms late.
    async late() {
      const l = await open(browser, at('late-script.html', origins.late));
      try {
        await settle(l.page, 500);
        const shifts = await entries(l.page, 'layout-shift');
        return {
          cls: cls(shifts),
          shifts: shifts.filter((s) => s.value > 0),
          errors: [...l.result.errors, ...l.problems],
        };
      } finally {
        await l.context.close();
      }
    },
    // A directory of 200 buttons: ours, 200 of each floor's, and each peer's.
    buttons: () => buttons(ours('buttons-200.html', origins.ours)),
    'buttons:floor': () => buttons(at('buttons-200.html', origins.floor)),
    'buttons:litContent': () => buttons(at('buttons-200.html', origins.litContent)),
    ...Object.fromEntries(
      Object.keys(PEERS).map((tag) => [
        `buttons:${tag}`,
        () => buttons(`${origins.origin}/${peerPage(tag)}`, peerScript(tag)),
      ]),
    ),
    // In a self-test, our pages again with the drop-in as built (no extra work); with --against,
    // with the other build (servers.mjs).
    ...(origins.plain && {
      'widgets:plain': () => only(at('widgets.html', origins.plain), { script: BUNDLE }),
      'partner:plain': () =>
        only(at('widgets.html', origins.plainPartner), { script: BUNDLE, frame: true }),
      'buttons:plain': () => buttons(at('buttons-200.html', origins.plain)),
    }),
    ...(AGAINST && {
      'sort:plain': () => sorted(browser, at('sort.html?typing', origins.plain)),
    }),
    // Re-sorting 10,000 clinics with the built geo module and with a plain comparator sort, each
    // in its own fresh page, after a visitor's typing pause.
    sort: () => sorted(browser, at('sort.html?typing', origins.origin)),
    'sort:reference': () => sorted(browser, at('sort.html?typing&ref', origins.origin)),
  };
}

/** A traced load of the sort page: the cold sort's main-thread CPU time (its own task). */
async function sorted(browser, url) {
  const s = await open(browser, url, { trace: true, waitFor: 'sort' });
  try {
    // Tracing is browser-wide: stopped before anything can throw.
    const trace = await stopTrace(s);
    if (s.result.errors.length) throw new Error(s.result.errors.join('; '));
    const cold = markedTask(trace, 'sort:cold');
    return { ...s.result, wallCold: s.result.cold, cold: cold.cpu, taskWall: cold.wall };
  } finally {
    await s.context.close();
  }
}

/**
 * Measures every page once, the baseline first (the others' requests are counted beyond its
 * files), the rest shuffled (the late-script page in the first LATE_ROUNDS rounds only). A load that throws is retried once, then reported as an error.
 */
export async function oneRound(browser, origins, round) {
  const all = loads(browser, origins);
  const later = (name) =>
    name !== 'baseline' &&
    (name !== 'late' || round <= LATE_ROUNDS) &&
    (!ONLY.length || ONLY.some((only) => name.startsWith(only)));
  const order = ['baseline', ...shuffle(Object.keys(all).filter(later))];
  const out = { round, order, errors: [] };
  for (const name of order) {
    const t0 = Date.now();
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        out[name] = await all[name]();
        break;
      } catch (error) {
        if (attempt === 2) out.errors.push(`${name}: ${error.message}`);
        else console.log(`bench: round ${round} ${name} failed (${error.message}); retrying`);
      }
    }
    if (VERBOSE) console.log(`bench:   round ${round} ${name}: ${Date.now() - t0} ms`);
  }
  return out;
}
