// One bench run: every page loaded once, in a fresh browser context each, in a fixed order.
// The same run measures our widgets, their Lit floor and the peers, so their ratios compare
// like with like on a machine whose speed drifts.
import { compressedSizes } from '../budgets.mjs';
import {
  PICK,
  benchFrame,
  childFrameRecord,
  clickInp,
  entries,
  heapAfterGc,
  open,
  settle,
  stopTrace,
} from './browser.mjs';
import { PEERS, peerPage, peerScript } from './builds.mjs';
import { cls } from './cls.mjs';
import { BENCH_SCRIPT, BUNDLE, VERBOSE, WIDGET_TAGS } from './options.mjs';
import { readTrace } from './trace.mjs';

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

/** Measures every page once. A step that throws is retried once, then reported as an error. */
export async function oneRun(browser, origins, run) {
  const at = (page, base = origins.origin) => `${base}/bench/pages/${page}`;
  const out = { run };
  const step = async (name, fn) => {
    const t0 = Date.now();
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await fn();
        break;
      } catch (error) {
        if (attempt === 2) (out.errors ??= []).push(`${name}: ${error.message}`);
        else console.log(`bench: run ${run} ${name} failed (${error.message}); retrying`);
      }
    }
    if (VERBOSE) console.log(`bench:   run ${run} ${name}: ${Date.now() - t0} ms`);
  };

  /**
   * A traced load. `script` is the path of the script under test (the drop-in, or the floor
   * served at its URL, or a peer): times run from its evaluation start (trace) to each expected
   * element's first content. Without `script` (a page without widgets): from where the script
   * would run (bench:start) to the page parsed, the span the widgets page spends on them.
   * `frame`: the page holds the checker's frame; its first render is awaited and the longest
   * task is looked for until 300 ms after it.
   */
  const timed = async (url, { script, frame = false } = {}) => {
    const p = await open(browser, url, { trace: true });
    const { start, done, painted, timeOrigin } = p.result;
    const child = frame ? await childFrameRecord(p.page, timeOrigin) : null;
    if (child) await settle(p.page);
    const trace = readTrace(await stopTrace(p), start, script ?? BUNDLE);
    let from = start;
    if (script) {
      if (!trace.evaluate) throw new Error(`no EvaluateScript of ${script} in the trace`);
      from = trace.evaluate.at;
    }
    const perTag = {};
    for (const { tag, renderedAt } of p.result.widgets) {
      perTag[tag] = Math.max(perTag[tag] ?? 0, renderedAt - from);
    }
    const childRendered = child?.widgets.length
      ? Math.max(...child.widgets.map((w) => w.renderedAt)) - from
      : null;
    return {
      p,
      from,
      evaluation: trace.evaluate?.ms ?? null,
      rendered: p.result.widgets.length ? Math.max(...Object.values(perTag)) : done - from,
      painted: painted - from,
      count: p.result.widgets.length,
      perTag,
      childRendered,
      longestTask: trace.longestTask(child ? Math.max(done, child.done) : undefined),
      errors: [...p.result.errors, ...p.problems, ...(child?.errors ?? [])],
    };
  };
  /** Requests by the page's own document, beyond the baseline page's files. */
  const baselinePaths = new Set();
  const added = (requests) =>
    requests.filter(
      (r) =>
        r.frame === 'top' && !r.document && !isBenchScript(r) && !baselinePaths.has(pathOf(r.url)),
    );
  /** Everything the page's frames requested, their own documents included. */
  const inFrames = (requests) => requests.filter((r) => r.frame === 'child' && !isBenchScript(r));
  const missingTags = (perTag) => WIDGET_TAGS.filter((t) => !(t in perTag));

  // Baseline page: its span, longest task, requests, CLS, heap, a click on its own button.
  await step('baseline', async () => {
    const { p, rendered, painted, longestTask } = await timed(at('baseline.html'));
    for (const r of p.requests) baselinePaths.add(pathOf(r.url));
    out.baseline = {
      span: rendered,
      painted,
      longestTask,
      requests: p.requests.filter((r) => r.frame === 'top' && !r.document && !isBenchScript(r))
        .length,
      cls: cls(await entries(p.page, 'layout-shift')),
      heap: await heapAfterGc(p.page),
      inp: await clickInp(p.page, PICK.partner),
      problems: p.problems,
    };
    await p.context.close();
  });

  // Widgets page, script on the page's origin: evaluation + first render, the Long Tasks API,
  // requests, CLS, heap, a click in the picker (the checker's is timed in its frame, below).
  await step('widgets', async () => {
    const w = await timed(at('widgets.html'), { script: BUNDLE });
    const { p } = w;
    const missing = missingTags(w.perTag);
    const extra = added(p.requests);
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
      requestPaths: extra.map((r) => pathOf(r.url)),
      cls: cls(await entries(p.page, 'layout-shift')),
      heap: await heapAfterGc(p.page),
      errors: [...w.errors, ...missing.map((t) => `<${t}> did not render`)],
    };
    out.widgets.inpPicker = await clickInp(p.page, PICK.picker);
    await p.context.close();
  });

  /**
   * A floor on a widgets page: the Lit floor (the least any Lit library's three elements cost
   * here), the content floor (the least this content costs, whatever renders it) or the Lit
   * content floor (the least it costs rendered by Lit).
   */
  const floorOn = async (url) => {
    const f = await timed(url, { script: BUNDLE });
    await f.p.context.close();
    const missing = missingTags(f.perTag);
    if (missing.length) throw new Error(`the floor did not render ${missing.join(', ')}`);
    return { render: f.rendered, painted: f.painted, longestTask: f.longestTask };
  };
  await step('floor', async () => {
    out.floor = await floorOn(at('widgets.html', origins.floor));
  });
  await step('content', async () => {
    out.content = await floorOn(at('widgets.html', origins.content));
  });
  await step('litContent', async () => {
    out.litContent = await floorOn(at('widgets.html', origins.litContent));
  });

  // The partner page: the same page on another origin than the script, so the checker runs in
  // its frame. What the page's own document requests is told apart from what the frame does.
  await step('partner', async () => {
    const w = await timed(at('widgets.html', origins.partner), { script: BUNDLE, frame: true });
    const { p } = w;
    const missing = missingTags(w.perTag);
    const top = added(p.requests);
    const inFrame = inFrames(p.requests);
    // The checker's questions are in its frame: the click and its Event Timing entries too.
    const { frame } = await benchFrame(p.page);
    const inpChecker = await clickInp(frame, PICK.checker);
    await p.context.close();
    out.partner = {
      render: missing.length ? null : w.rendered,
      painted: missing.length ? null : w.painted,
      perTag: w.perTag,
      frameRendered: w.childRendered,
      longestTask: w.longestTask,
      requests: top.length,
      requestPaths: top.map((r) => pathOf(r.url)),
      scripts: await downloaded(
        origins.origin,
        top.filter((r) => r.type === 'script'),
      ),
      frame: await downloaded(origins.origin, inFrame),
      inpChecker,
      errors: [...w.errors, ...missing.map((t) => `<${t}> did not render`)],
    };
  });
  await step('partner-floor', async () => {
    out.partnerFloor = await floorOn(at('widgets.html', origins.partnerFloor));
  });

  // The drop-in as the README shows it (async, in the head), its script 800 ms late.
  await step('late', async () => {
    const l = await open(browser, at('late-script.html', origins.late));
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

  // A directory of 200 buttons: plain links, ours, 200 floor elements, and each peer's.
  await step('buttons', async () => {
    const render = async (url, script) => {
      const m = await timed(url, { script });
      await m.p.context.close();
      if (script && m.count !== 200) throw new Error(`${url}: ${m.count} of 200 rendered`);
      return m;
    };
    out.buttonsBaseline = (await render(at('buttons-200-baseline.html'))).rendered;
    const ours = await render(at('buttons-200.html'), BUNDLE);
    out.buttons = { render: ours.rendered, longestTask: ours.longestTask, errors: ours.errors };
    out.buttonsFloor = (await render(at('buttons-200.html', origins.floor), BUNDLE)).rendered;
    out.buttonsPeers = {};
    for (const tag of Object.keys(PEERS)) {
      const url = `${origins.origin}/${peerPage(tag)}`;
      out.buttonsPeers[tag] = (await render(url, peerScript(tag))).rendered;
    }
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
