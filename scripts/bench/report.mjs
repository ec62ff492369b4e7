// The bench's outputs: the table (markdown, also printed), the results file (JSON) and its
// markdown twin, and the list of failed and inconclusive budgets.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { limitText } from '../budgets.mjs';
import { AGAINST, ROOT } from './options.mjs';
import { FORMAT } from './stats.mjs';

/** Column headings, in table order; a column shows only when some figure has it. */
const COLUMNS = {
  litContent: 'Lit content floor',
  floor: 'minimal Lit floor',
  'sl-button': 'Shoelace `sl-button`',
  'md-filled-button': 'Material `md-filled-button`',
  reference: 'plain comparator sort',
  plain: AGAINST
    ? `before (the build in \`${AGAINST}/\`)`
    : 'ours without the extra work (self-test)',
};

const VERDICT = {
  pass: 'pass',
  fail: '**FAIL**',
  inconclusive: 'inconclusive: rerun or --pool',
};

/** A check's budget as printed: "≤ 1.5× litContent", "≤ 24 KB". */
export const checkText = (check, unit, key = 'budget') => limitText(check[key], unit, check.of);

/** "1.23× [1.10–1.37]" or "17.7 ms [16.9–18.8]". */
const withInterval = (estimate, fmt) =>
  estimate.low === estimate.high
    ? fmt(estimate.value)
    : `${fmt(estimate.value)} [${fmt(estimate.low)}–${fmt(estimate.high)}]`;

export function table(figures) {
  const columns = Object.keys(COLUMNS).filter((c) => figures.some((f) => f.columns[c]));
  const rows = figures.map((f) => {
    const fmt = FORMAT[f.unit];
    const value = f.estimate ? withInterval(f.estimate, fmt) : `n/a: ${f.na}`;
    const cells = columns.map((c) => (f.columns[c] ? fmt(f.columns[c].value) : ''));
    const ratios = Object.entries(f.ratio)
      .map(([of, r]) => `${withInterval(r, FORMAT.ratio)} ${of}`)
      .join(' · ');
    const several = f.checks.length > 1;
    const each = (text) =>
      f.checks.map((c) => (several && c.of ? `${c.of}: ${text(c)}` : text(c))).join('; ');
    return [
      f.note ? `${f.label} — ${f.note}` : f.label,
      value,
      ...cells,
      ratios,
      each((c) => checkText(c, f.unit)),
      each((c) => checkText(c, f.unit, 'goal')),
      f.checks.length
        ? each((c) =>
            c.verdict
              ? `${VERDICT[c.verdict]}${c.goalVerdict === 'pass' ? ' (goal met)' : ''}`
              : 'not measured',
          )
        : '',
    ];
  });
  const head = [
    'figure',
    'ours: 20%-trimmed mean [95% interval]',
    ...columns.map((c) => COLUMNS[c]),
    'ours ÷ column, same rounds [95%]',
    'budget',
    'goal',
    'verdict',
  ];
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Every check that failed, was inconclusive or could not be measured, as lines to print. */
export function verdicts(figures) {
  const out = { failed: [], inconclusive: [], unmeasured: [] };
  for (const f of figures) {
    for (const c of f.checks) {
      const fmt = c.of ? FORMAT.ratio : FORMAT[f.unit];
      const measured = `${fmt(c.value ?? NaN)} [${fmt(c.low ?? NaN)}–${fmt(c.high ?? NaN)}]${c.of ? ` ${c.of}` : ''}`;
      const line = `${f.label}: ${measured} (budget ${checkText(c, f.unit)})`;
      if (c.verdict === 'fail') out.failed.push(line);
      if (c.verdict === 'inconclusive') out.inconclusive.push(line);
      if (c.verdict === null) out.unmeasured.push(`${f.label}: ${f.na ?? `no ${c.of} column`}`);
    }
  }
  return out;
}

/** The self-test's expected slowdown: the extra 20% of work, seen within ±5 points. */
const SELF_TEST_SEEN = [0.15, 0.25];

/**
 * In a self-test, how much slower each judged CPU figure was than our drop-in without the extra
 * work, in the same rounds, as lines to print (empty otherwise). The extra work is sized on the
 * script's task and the rest until rendered; a longest task is information (the frame's share
 * lands in whichever task was already the longest).
 */
export function selfTestLines(figures) {
  const [low, high] = SELF_TEST_SEEN;
  const percent = (v) => `${v >= 1 ? '+' : ''}${(100 * (v - 1)).toFixed(0)}%`;
  return figures
    .filter((f) => f.cpu && f.checks.length && f.ratio.plain)
    .map(({ id, label, ratio: { plain: r } }) => {
      const seen = r.value - 1 >= low && r.value - 1 <= high;
      const judged = id.endsWith('longest-task')
        ? 'information: the extra work is not sized on the longest task'
        : `${seen ? 'seen' : 'NOT seen'}: the extra work is +20%; expected +${100 * low}–${100 * high}%`;
      return `${label}: ${percent(r.value)} [${percent(r.low)}–${percent(r.high)}] (${judged})`;
    });
}

async function writeFormatted(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

/** How busy the machine was, as one line. */
export const busyText = ({ busy }) =>
  `load average ${busy.loadAverage.map((l) => l.toFixed(1)).join(' / ')} (1 min, before / after) on ${busy.cores} cores; CPU time used by others ${(100 * busy.othersShare).toFixed(0)}% of the machine, stolen by the hypervisor ${(100 * busy.stealShare).toFixed(1)}%, the bench's own ${(100 * busy.benchShare).toFixed(0)}% (/proc/stat)`;

/** Writes `out` (everything, JSON) and the same name with .md (the table and the method). */
export async function writeReports(out, results) {
  const { machine, method, figures } = results;
  const file = resolve(ROOT, out);
  // Both files pass `prettier --check .` as written.
  await writeFormatted(file, JSON.stringify(results));
  const md = `# Bench results

\`npm run bench\` (\`scripts/bench/\`), ${machine.date}: ${machine.cpu} (\`nproc\` ${machine.cores}), ${machine.chromium}, headless, no CPU throttle, viewport ${method.viewport.width}×${method.viewport.height}, ${method.rounds} rounds${results.pooled ? ` pooled from ${results.pooled.join(', ')}` : ''}${method.selfTest ? ', **self-test build (+20% work)**' : ''}${method.against ? `, beside the build in \`${method.against}/\` in the same rounds` : ''}, ${Math.round(results.seconds / 60)} min. Budgets and goals: \`bench/budgets.json\` (the machine-readable copy of \`BUDGETS.md\`).

The machine: ${busyText(machine)}.${machine.warning ? `\n\n**Warning:** ${machine.warning}` : ''}

${method.text}

Raw data: \`${out}\`.

${table(figures)}
${
  method.selfTest
    ? `
**Self-test**: each judged CPU figure beside our drop-in without the extra work, same rounds:

${selfTestLines(figures)
  .map((line) => `- ${line}`)
  .join('\n')}
`
    : ''
}`;
  await writeFormatted(file.replace(/\.json$/, '.md'), md);
}
