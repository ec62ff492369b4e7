// The bench's self-test (`--self-test`): our drop-in with a known 20% of extra main-thread work,
// served in its place, so the bench shows it sees a slowdown of that size and fails the budgets
// it crosses (a check that cannot fail tells nobody anything). Before the rounds the bench
// measures, in main-thread CPU time, what a work unit costs (bench/pages/spin.js) and what our
// drop-in costs on each page without extra work; each page then gets, in its URL, as many units
// as 20% of its script's task (done at the end of that task, after the widgets' first render)
// and 20% of the rest until rendered (done in the next frame).
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
const CALIBRATION_UNITS = 2000;
const LOADS = 5;

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
  const spin = readFileSync(join(ROOT, 'bench/pages/spin.js'), 'utf8').split('// spin.html')[0];
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
 * Measures a unit's cost and each page's own cost; returns `page URL → URL with its units`.
 * `pages`: the URLs of our pages (served with the self-test drop-in, no units: no extra work).
 */
export async function calibrateSelfTest(browser, origin, pages) {
  const spin = await cpuOf(
    browser,
    `${origin}/bench/pages/spin.html?n=${CALIBRATION_UNITS}`,
    'bench/pages/spin.js',
  );
  const unitsPerMs = CALIBRATION_UNITS / spin.script;
  const urls = new Map();
  for (const url of pages) {
    const own = await cpuOf(browser, url, BUNDLE);
    const script = Math.round(EXTRA * own.script * unitsPerMs);
    const frame = Math.round(EXTRA * (own.rendered - own.script) * unitsPerMs);
    const withUnits = new URL(url);
    withUnits.searchParams.set(PARAM, `${script},${frame}`);
    urls.set(url, withUnits.href);
    console.log(
      `bench: self-test: ${url}: ${own.script.toFixed(1)} / ${own.rendered.toFixed(1)} ms of our own → +${script} / +${frame} units (${unitsPerMs.toFixed(0)} per ms)`,
    );
  }
  return urls;
}
