// The bench's self-test (`--self-test`): our drop-in with a known 20% of extra main-thread work,
// served in its place, so the bench shows it sees a slowdown of that size and fails the budgets
// it crosses (a check that cannot fail tells nobody anything). After the warm-up round the
// bench measures on each of our pages, in main-thread CPU time, what our drop-in costs without
// extra work and what a work unit (bench/pages/spin.js) adds there; each page then gets, in its
// URL, as many units as 20% of its script's task (done at the end of that task, after the
// widgets' first render) and 20% of the rest until rendered (done in the next frame).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, stopTrace } from './browser.mjs';
import { BUNDLE, ROOT, WIDGET_TAGS } from './options.mjs';
import { trimmedMean } from './stats.mjs';
import { readTrace } from './trace.mjs';

export const SELF_TEST_BUNDLE = 'dist/bench/self-test.js';
/** The extra work, as a share of our own. */
export const EXTRA = 0.2;
/** The page URL parameter that says how many units: `units=SCRIPT,FRAME`. */
const PARAM = 'ispine-self-test';
const CALIBRATION_UNITS = 1000;
const LOADS = 6;

const epilogue = `;(() => {
  const [script = 0, frame = 0] = (new URLSearchParams(location.search).get('${PARAM}') ?? '')
    .split(',')
    .map(Number);
  const widgets = [...document.querySelectorAll(${JSON.stringify(WIDGET_TAGS.join(','))})];
  Promise.all(widgets.map((w) => w.updateComplete)).then(() => {
    window.__ispineSpin(script);
    requestAnimationFrame(() => window.__ispineSpin(frame));
  });
})();
`;

/**
 * Writes the self-test drop-in: the built drop-in, then the work unit and the extra work (after
 * it: the drop-in's first line is a V8 compile hint that counts only there).
 */
export function buildSelfTest() {
  const spin = readFileSync(join(ROOT, 'bench/pages/spin.js'), 'utf8');
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  writeFileSync(join(ROOT, SELF_TEST_BUNDLE), `${bundle}\n${spin}\n${epilogue}`);
}

/** Main-thread CPU of `url` (script's task, until rendered), trimmed means of LOADS loads. */
async function cpuOf(browser, url, script) {
  const runs = [];
  for (let i = 0; i < LOADS; i++) {
    const p = await open(browser, url, { trace: true });
    runs.push(readTrace(await stopTrace(p), p.result.start, script));
    await p.context.close();
  }
  return {
    script: trimmedMean(runs.map((r) => r.script)),
    rendered: trimmedMean(runs.map((r) => r.rendered)),
  };
}

/**
 * Measures, on each of our pages, our own cost (no units) and what CALIBRATION_UNITS units add
 * in the script's task there; returns `page URL → URL with its units`. `pages`: the URLs of our
 * pages (served with the self-test drop-in; without units it does no extra work).
 */
export async function calibrateSelfTest(browser, pages) {
  const urls = new Map();
  const withUnits = (url, script, frame) => {
    const out = new URL(url);
    out.searchParams.set(PARAM, `${script},${frame}`);
    return out.href;
  };
  for (const url of pages) {
    const own = await cpuOf(browser, url, BUNDLE);
    const more = await cpuOf(browser, withUnits(url, CALIBRATION_UNITS, 0), BUNDLE);
    const unitsPerMs = CALIBRATION_UNITS / (more.script - own.script);
    const script = Math.round(EXTRA * own.script * unitsPerMs);
    const frame = Math.round(EXTRA * (own.rendered - own.script) * unitsPerMs);
    urls.set(url, withUnits(url, script, frame));
    console.log(
      `bench: self-test: ${url}: ${own.script.toFixed(1)} / ${own.rendered.toFixed(1)} ms of our own → +${script} / +${frame} units (${unitsPerMs.toFixed(0)} per ms)`,
    );
  }
  return urls;
}
