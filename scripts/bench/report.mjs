// The bench's outputs: the table (markdown, also printed), bench/results.json, bench/results.md,
// and the list of missed budgets.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { limitText } from '../budgets.mjs';
import { ROOT } from './options.mjs';
import { FORMAT } from './stats.mjs';

/** Column headings, in table order; a column shows only when some figure has it. */
const COLUMNS = {
  baseline: 'baseline (no widgets, same run)',
  floor: 'Lit floor (same run)',
  content: 'content floor: the same DOM, no framework (same run)',
  litContent: 'Lit content floor: the same DOM as static Lit templates (same run)',
  'sl-button': 'Shoelace `sl-button` (same run)',
  'md-filled-button': 'Material `md-filled-button` (same run)',
};

const verdict = (check) =>
  check.pass === null
    ? 'n/a'
    : check.pass
      ? check.goalMet
        ? 'pass (goal met)'
        : 'pass'
      : '**FAIL**';

/** A check's budget as printed: "≤ 2× floor", "≤ 16 ms". */
export const checkText = (check, unit, key = 'budget') => limitText(check[key], unit, check.of);

export function table(figures) {
  const columns = Object.keys(COLUMNS).filter((c) =>
    figures.some((f) => f.columns[c] || (c === 'baseline' && f.baselineText)),
  );
  const rows = figures.map((f) => {
    const fmt = FORMAT[f.unit];
    const spread = (x) =>
      x.n < 2 ? fmt(x.median) : `${fmt(x.median)} (${fmt(x.min)} – ${fmt(x.max)})`;
    const value = f.median === null ? `n/a: ${f.na}` : spread(f);
    const cells = columns.map((c) =>
      f.columns[c] ? spread(f.columns[c]) : c === 'baseline' ? (f.baselineText ?? '') : '',
    );
    const ratio = Object.entries(f.ratio)
      .map(([of, r]) => `${FORMAT.ratio(r)} ${of}`)
      .join(' · ');
    const several = f.checks.length > 1;
    const each = (text) =>
      f.checks.map((c) => (several ? `${c.of}: ${text(c)}` : text(c))).join('; ');
    return [
      f.note ? `${f.label} — ${f.note}` : f.label,
      value,
      ...cells,
      ratio,
      each((c) => checkText(c, f.unit)),
      each((c) => checkText(c, f.unit, 'goal')),
      f.checks.length ? each(verdict) : '',
    ];
  });
  const head = [
    'figure',
    'median (min – max)',
    ...columns.map((c) => COLUMNS[c]),
    'ratio (median of per-run ratios)',
    'budget',
    'goal',
    'result',
  ];
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Every check that missed its budget or could not be measured, as lines to print. */
export function misses(figures) {
  const out = { missed: [], unmeasured: [] };
  for (const f of figures) {
    for (const c of f.checks) {
      const measured = c.of
        ? `${FORMAT.ratio(c.value ?? NaN)} ${c.of}`
        : FORMAT[f.unit](c.value ?? NaN);
      if (c.pass === false)
        out.missed.push(`${f.label}: ${measured} (budget ${checkText(c, f.unit)})`);
      if (c.pass === null) out.unmeasured.push(`${f.label}: ${f.na ?? `no ${c.of} column`}`);
    }
  }
  return out;
}

async function writeFormatted(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

/** Writes bench/results.json (everything) and bench/results.md (the table and how it was made). */
export async function writeReports({ figures, machine, config, runs, seconds }) {
  // Both files pass `prettier --check .` as written.
  await writeFormatted(
    join(ROOT, 'bench/results.json'),
    JSON.stringify({ machine, config, seconds, figures, runs }),
  );
  const md = `# Bench results

\`npm run bench\` (\`scripts/bench/\`), ${machine.date}: ${machine.cpu} (\`nproc\` ${machine.cores}), ${machine.chromium}, headless, ${config.cpuThrottle}× CPU throttle, viewport ${config.viewport.width}×${config.viewport.height}, ${config.runs} runs (medians; min – max), ${Math.round(seconds / 60)} min. Budgets and goals: \`bench/budgets.json\` (the machine-readable copy of \`BUDGETS.md\`).

How the figures are made:

- Every page load is in a fresh browser context (cold caches), one after another in each run; the same run measures our widgets, their floor and the peers, so ratios compare like with like while the shared machine's speed drifts. A ratio is the median of the per-run ratios.
- **Baseline**: the same partner page without widgets (\`bench/pages/baseline.html\`), the same span (from where the script would run until the page is parsed); for sorting, a plain comparator sort of the same clinics in its own fresh page.
- **Lit floor**: the same page with the drop-in replaced by three (or 200) minimal Lit elements of the same tag names (\`bench/floor/lit-floor.js\`), served at the drop-in's URL and bundled and minified the same way (production Lit, terser, IIFE): what any Lit library pays on this machine before doing anything of its own.
- **Content floor**: the same page with the drop-in replaced by a script that defines the three tag names as plain custom elements (no Lit, no logic), each setting its widget's first-render shadow DOM and style sheets as copied from the widgets page at the start of the bench (\`scripts/bench/content-floor.mjs\`; the checker's frame and the picker's map, which come in later tasks, left out): what this content costs to parse, style, lay out and paint, whatever renders it. Measured on the same-origin page only.
- **Lit content floor**: the same copies rendered by Lit elements, one static template per distinct copy (no bindings, no logic) and one style sheet per tag, bundled as the drop-in is (\`scripts/bench/content-floor.mjs\`): what this content costs when Lit renders it, Lit's start-up and template preparation included. The gap from it to our widgets is their dynamic templates and logic. Same-origin page only.
- **Peers**: Shoelace's \`sl-button\` and Material's \`md-filled-button\` from npm, bundled and minified like the floor, 200 of them on the same directory page, each holding the same \`tel:\` link target and text as our buttons.
- **First render** is when each element's shadow root first gets content, timed from the script's evaluation start (trace); **longest task** is the longest main-thread task from the script's evaluation to 300 ms after the last render.
- **Partner page**: the same three-widget page on another origin than the script (another port of 127.0.0.1: same site, so the frame shares the page's renderer and main thread, as cross-site frames do on most phones). The checker then renders a frame (\`checker-frame.html\`, next to the script) instead of its questions; its first render on the page is that frame element, and the frame's own first question is a separate figure. Requests are told apart by the frame that made them: what the page's own document downloads (beyond the baseline page's files) and what the checker's frame downloads. Bytes are those files as served, brotli quality 11 each. The partner page's floor is the Lit floor loaded from another origin the same way.

Raw data: \`bench/results.json\`.

${machine.warning ? `**Warning:** ${machine.warning}.\n\n` : ''}${table(figures)}
`;
  await writeFormatted(join(ROOT, 'bench/results.md'), md);
}
