// The bench's self-test (`--self-test`): our drop-in with a known 20% of extra main-thread work,
// served in its place, so the bench shows it sees a slowdown of that size and fails the budgets
// it crosses (a check that cannot fail tells nobody anything). The extra work is a busy loop as
// long as 20% of what the drop-in just did: once at the end of the script's task (after every
// widget's first render), once in the next frame, after that frame's style and layout (forced
// there, so they are measured; the frame then has none left to do).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, ROOT, WIDGET_TAGS } from './options.mjs';

export const SELF_TEST_BUNDLE = 'dist/bench/self-test.js';
/** The extra work, as a share of the work it follows. */
export const EXTRA = 0.2;

const prelude = `window.__ispineSelfTest = performance.now();\n`;
const epilogue = `;(() => {
  const spin = (ms) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };
  const start = window.__ispineSelfTest;
  let sameTask = true;
  setTimeout(() => (sameTask = false));
  const widgets = [...document.querySelectorAll(${JSON.stringify(WIDGET_TAGS.join(','))})];
  Promise.all(widgets.map((w) => w.updateComplete)).then(() => {
    if (sameTask) spin(${EXTRA} * (performance.now() - start));
    requestAnimationFrame(() => {
      const t = performance.now();
      for (const w of widgets) w.getBoundingClientRect();
      spin(${EXTRA} * (performance.now() - t));
    });
  });
})();
`;

/** Writes the self-test drop-in: the built one between the prelude and the extra work. */
export function buildSelfTest() {
  const bundle = readFileSync(join(ROOT, BUNDLE), 'utf8');
  writeFileSync(join(ROOT, SELF_TEST_BUNDLE), prelude + bundle + epilogue);
}
