// The bench's self-test (`--self-test`): our drop-in with a known 20% of extra main-thread work,
// served in its place, so the bench shows it sees a slowdown of that size and fails the budgets
// it crosses (a check that cannot fail tells nobody anything).
//
// The extra work is a count of work units (fills of a small typed array: native work, the same
// cost per unit however warm the JIT is), done once every widget has rendered: some at the end of
// the script's task, some in the next frame after its style and layout (a ResizeObserver's first
// callback: after bench.js's animation-frame callback has queued its `painted` mark, so the work
// delays the paint without letting the checker frame's loading tasks in before that mark). After the warm-up round the bench sizes the counts
// per page from loads without extra work: our own main-thread CPU time in each span (trimmed
// means), and what one unit costs there, read from the trace of a probe task that does only
// units (at the counts it will use, so page faults and caches weigh as they will). Session 12
// sized the counts from the difference of two noisy means (loads with and without units), which
// put 3 of 12 spans outside 15-25%; spinning on the clock instead (a share of our wall-clock time)
// came out low on a busy machine (+12-17%), where wall-clock time is not CPU time.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, stopTrace } from './browser.mjs';
import { BUNDLE, ROOT, WIDGET_TAGS } from './options.mjs';
import { median, trimmedMean } from './stats.mjs';
import { markedTask, readTrace } from './trace.mjs';

export const SELF_TEST_BUNDLE = 'dist/bench/self-test.js';
/** The extra work, as a share of our own. */
export const EXTRA = 0.2;
/** Page URL parameters: units to do in the spans, `SCRIPT,FRAME`, and in probe tasks after them. */
const PARAM = 'ispine-self-test';
const PROBE = 'ispine-self-test-probe';
/** The probe mark `i`: its task did PROBE's `i`th count of units and nothing else. */
const probeMark = (i) => `ispine-self-test-probe-${i}`;
/** Loads for a first per-unit cost, probing ROUGH_UNITS units … */
const ROUGH_LOADS = 8;
const ROUGH_UNITS = 400;
/** … then loads probing each span's own count. Our own cost is the trimmed mean of all loads. */
const LOADS = 16;

/**
 * After the drop-in: the units, once every widget has rendered (none without the parameters).
 * A unit fills a 64 KB typed array, allocated at the first unit and kept.
 */
const epilogue = `;(() => {
  const params = new URLSearchParams(location.search);
  const counts = (name) => (params.get(name) ?? '').split(',').map(Number);
  let array;
  const spin = (n) => {
    for (let i = 0; i < n; i++) (array ??= new Float64Array(1 << 13)).fill(i);
  };
  const [script = 0, frame = 0] = counts('${PARAM}');
  const widgets = [...document.querySelectorAll(${JSON.stringify(WIDGET_TAGS.join(','))})];
  Promise.all(widgets.map((w) => w.updateComplete)).then(() => {
    spin(script);
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      spin(frame);
      counts('${PROBE}').forEach((n, i) => {
        if (n > 0)
          setTimeout(() => {
            spin(n);
            performance.mark(${JSON.stringify(probeMark(''))} + i);
          }, 20 * (i + 1));
      });
    });
    observer.observe(document.documentElement);
  });
})();
`;

/** Writes the self-test drop-in: the built drop-in, then the extra work. */
export function buildSelfTest() {
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  writeFileSync(join(ROOT, SELF_TEST_BUNDLE), `${bundle}\n${epilogue}`);
}

const withCounts = (url, name, counts) => {
  const out = new URL(url);
  out.searchParams.set(name, counts.join(','));
  return out.href;
};

/**
 * One load of `url` without extra work in its spans, with probe tasks of `probes` units: our
 * main-thread CPU (script's task, the rest until rendered) and each probe's CPU per unit.
 */
async function probedLoad(browser, url, probes) {
  const p = await open(browser, withCounts(url, PROBE, probes), { trace: true });
  try {
    const trace = await stopTrace(p);
    const cpu = readTrace(trace, p.result.start, BUNDLE);
    return {
      script: cpu.script,
      rest: cpu.rendered - cpu.script,
      perUnit: probes.map((n, i) => markedTask(trace, probeMark(i)).cpu / n),
    };
  } finally {
    await p.context.close();
  }
}

/**
 * On each of our pages (served with the self-test drop-in), the units that make 20% of our own
 * main-thread CPU time in the script's task and in the rest until rendered. Returns `page URL →
 * URL with its units`.
 */
export async function calibrateSelfTest(browser, pages) {
  const urls = new Map();
  for (const url of pages) {
    const rough = [];
    for (let i = 0; i < ROUGH_LOADS; i++) rough.push(await probedLoad(browser, url, [ROUGH_UNITS]));
    const perUnit = median(rough.map((l) => l.perUnit[0]));
    const own = (loads, key) => trimmedMean(loads.map((l) => l[key]));
    const first = ['script', 'rest'].map((key) =>
      Math.max(1, Math.round((EXTRA * own(rough, key)) / perUnit)),
    );
    const loads = [...rough];
    const probed = [];
    for (let i = 0; i < LOADS; i++) probed.push(await probedLoad(browser, url, first));
    loads.push(...probed);
    const [script, rest] = [own(loads, 'script'), own(loads, 'rest')];
    const costs = [0, 1].map((i) => median(probed.map((l) => l.perUnit[i])));
    const units = [script, rest].map((ms, i) => Math.round((EXTRA * ms) / costs[i]));
    urls.set(url, withCounts(url, PARAM, units));
    console.log(
      `bench: self-test: ${url}: ${script.toFixed(1)} / ${rest.toFixed(1)} ms of our own CPU (script's task / the rest until rendered; ${loads.length} loads); a unit costs ${(1000 * costs[0]).toFixed(1)} / ${(1000 * costs[1]).toFixed(1)} µs at ${first.join(' / ')} units → +${units.join(' / +')} units`,
    );
  }
  return urls;
}
