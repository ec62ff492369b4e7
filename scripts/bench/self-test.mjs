// The bench's self-test (`--self-test`): our drop-in with a known 20% of extra main-thread work,
// served in its place, so the bench shows it sees a slowdown of that size and fails the budgets
// it crosses (a check that cannot fail tells nobody anything).
//
// The extra work is sized on each load by the load itself: the self-test drop-in notes the clock
// at its first statement and, once every widget has rendered, spins for a share of the time it
// took (`ours`): one share at the end of the script's task, one in the next frame. Two loads of
// one page differ by more than 20% (how busy the machine is, the JIT, the GC), so a fixed amount
// of work, sized on a few loads beforehand, came out anywhere from +15% to +30% (session 12);
// work in proportion to each load's own does not. After the warm-up round the bench calibrates
// the two shares per page: over loads without extra work, our main-thread CPU time in the
// script's task and in the rest until rendered, each against `ours` (trimmed means), times 20%.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, stopTrace } from './browser.mjs';
import { BUNDLE, ROOT, WIDGET_TAGS } from './options.mjs';
import { trimmedMean } from './stats.mjs';
import { readTrace } from './trace.mjs';

export const SELF_TEST_BUNDLE = 'dist/bench/self-test.js';
/** The extra work, as a share of our own. */
export const EXTRA = 0.2;
/** The page URL parameter with the two shares of `ours` to spin for: `ispine-self-test=SCRIPT,FRAME`. */
const PARAM = 'ispine-self-test';
/** Calibration loads per page (trimmed means of each). */
const LOADS = 24;

/** Before the drop-in's first statement: when our script began. */
const prologue = ';window.__ispineBegan = performance.now();';

/**
 * After the drop-in: once every widget has rendered, how long our script took until then on this
 * load (wall clock: `window.__ispineOwnMs`, read by the calibration), then the spins. Spinning on
 * the clock rather than for a count of operations: a spin's CPU time is then to its wall-clock
 * time what ours was, on a quiet machine and a busy one alike.
 */
const epilogue = `;(() => {
  const [script = 0, frame = 0] = (new URLSearchParams(location.search).get('${PARAM}') ?? '')
    .split(',')
    .map(Number);
  const spin = (ms) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };
  const widgets = [...document.querySelectorAll(${JSON.stringify(WIDGET_TAGS.join(','))})];
  Promise.all(widgets.map((w) => w.updateComplete)).then(() => {
    const ours = performance.now() - window.__ispineBegan;
    window.__ispineOwnMs = ours;
    spin(script * ours);
    requestAnimationFrame(() => spin(frame * ours));
  });
})();
`;

/**
 * Writes the self-test drop-in: the built drop-in between the prologue and the epilogue (the
 * prologue after the drop-in's first line: a V8 compile hint that counts only there).
 */
export function buildSelfTest() {
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  const firstLine = bundle.indexOf('\n') + 1;
  writeFileSync(
    join(ROOT, SELF_TEST_BUNDLE),
    `${bundle.slice(0, firstLine)}${prologue}\n${bundle.slice(firstLine)}\n${epilogue}`,
  );
}

/**
 * On each of our pages (served with the self-test drop-in; without shares in its URL it does no
 * extra work), the shares of `ours` that make 20% of our main-thread CPU time in the script's
 * task and in the rest until rendered. Returns `page URL → URL with its shares`.
 */
export async function calibrateSelfTest(browser, pages) {
  const urls = new Map();
  for (const url of pages) {
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      const p = await open(browser, url, { trace: true });
      try {
        const cpu = readTrace(await stopTrace(p), p.result.start, BUNDLE);
        const ours = await p.page.evaluate(() => window.__ispineOwnMs);
        loads.push({ script: cpu.script, rest: cpu.rendered - cpu.script, ours });
      } finally {
        await p.context.close();
      }
    }
    const mean = (key) => trimmedMean(loads.map((l) => l[key]));
    const [script, rest, ours] = [mean('script'), mean('rest'), mean('ours')];
    const shares = [(EXTRA * script) / ours, (EXTRA * rest) / ours].map((s) => s.toFixed(4));
    const out = new URL(url);
    out.searchParams.set(PARAM, shares.join(','));
    urls.set(url, out.href);
    console.log(
      `bench: self-test: ${url}: ${script.toFixed(1)} / ${rest.toFixed(1)} ms of our own CPU (script's task / the rest until rendered), our script ${ours.toFixed(1)} ms until rendered (wall clock) → spins of ${shares.join(' / ')} × that`,
    );
  }
  return urls;
}
