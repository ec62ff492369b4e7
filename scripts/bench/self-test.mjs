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
/** Loads with and without units for the first, rough calibration. */
const LOADS = 8;
/**
 * … and for the check that sets the units: twice as many, since its result is what the rounds
 * will see (with 8, two of eight figures landed outside 15-25% in session 10).
 */
const CHECK_LOADS = 16;

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

const withUnits = (url, script, frame) => {
  const out = new URL(url);
  out.searchParams.set(PARAM, `${script},${frame}`);
  return out.href;
};

/** One traced load of `url`: its main-thread CPU (script's task, until rendered). */
async function cpuOnce(browser, url, script) {
  const p = await open(browser, url, { trace: true });
  try {
    return readTrace(await stopTrace(p), p.result.start, script);
  } finally {
    await p.context.close();
  }
}

/**
 * What `units` add to `url`'s main-thread CPU (script's task, the rest until rendered): `loads`
 * loads with them interleaved with as many without, so a change in how busy the machine is falls
 * on both alike; trimmed means of each.
 */
async function added(browser, url, units, loads) {
  const own = [];
  const more = [];
  for (let i = 0; i < loads; i++) {
    own.push(await cpuOnce(browser, url, BUNDLE));
    more.push(await cpuOnce(browser, withUnits(url, ...units), BUNDLE));
  }
  const mean = (runs, key) => trimmedMean(runs.map((r) => r[key]));
  const ownScript = mean(own, 'script');
  const ownRest = mean(own, 'rendered') - ownScript;
  return {
    own: { script: ownScript, rest: ownRest },
    script: mean(more, 'script') - ownScript,
    rest: mean(more, 'rendered') - mean(more, 'script') - ownRest,
  };
}

/**
 * On each of our pages: our own cost (no units) and what CALIBRATION_UNITS units add, then the
 * units for 20% of each span measured once more at about that size and corrected (a few hundred
 * units cost more each than a thousand: the work unit's code is cold in every fresh page), so the
 * extra work is 20% of our own as the rounds will see it. Returns `page URL → URL with its units`.
 * `pages`: the URLs of our pages (served with the self-test drop-in; without units it does no
 * extra work).
 */
export async function calibrateSelfTest(browser, pages) {
  const urls = new Map();
  for (const url of pages) {
    const rough = await added(browser, url, [CALIBRATION_UNITS, 0], LOADS);
    const perMs = CALIBRATION_UNITS / rough.script;
    const want = { script: EXTRA * rough.own.script, rest: EXTRA * rough.own.rest };
    const first = [Math.round(want.script * perMs), Math.round(want.rest * perMs)];
    const check = await added(browser, url, first, CHECK_LOADS);
    // Scaled by what they gave against 20% of our own as the check measured it (more loads than
    // the rough pass; kept where noise left them nothing to measure).
    const scaled = (n, wanted, got) => (got > 0 ? Math.round((n * wanted) / got) : n);
    const units = [
      scaled(first[0], EXTRA * check.own.script, check.script),
      scaled(first[1], EXTRA * check.own.rest, check.rest),
    ];
    urls.set(url, withUnits(url, ...units));
    console.log(
      `bench: self-test: ${url}: ${check.own.script.toFixed(1)} / ${check.own.rest.toFixed(1)} ms of our own (script's task / the rest until rendered) → +${first.join(' / +')} units gave +${check.script.toFixed(1)} / +${check.rest.toFixed(1)} ms → +${units.join(' / +')} units`,
    );
  }
  return urls;
}
