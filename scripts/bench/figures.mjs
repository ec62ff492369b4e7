// From runs to figures: each figure's median over the runs, the same figure for its comparison
// columns (baseline page, Lit floor, peers), per-run ratios to those columns, and the verdict of
// each budget in bench/budgets.json that applies to it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, compressedSizes, within } from '../budgets.mjs';
import { PEERS } from './builds.mjs';
import { movedNodes } from './cls.mjs';
import { BUNDLE, LATE_MS, PARTNER_FILES, ROOT, WIDGET_TAGS, ZIPS } from './options.mjs';
import { FORMAT, median, ratios, stats } from './stats.mjs';

const kb = (bytes) => bytes / 1024;
const mb = (bytes) => bytes / (1024 * 1024);

/**
 * One figure. `values` and each of `columns` hold one value per run (undefined where not
 * measured); `budget` names an entry of bench/budgets.json.
 */
function figure({ id, label, unit, values, columns = {}, baselineText, budget, na, note }) {
  const s = stats(values);
  const ratio = {};
  for (const [name, column] of Object.entries(columns)) {
    if (name === 'baseline') continue;
    const r = stats(ratios(values, column));
    if (r) ratio[name] = r.median;
  }
  const limits = budget ? BUDGETS[budget]?.limits : [];
  if (!limits) throw new Error(`bench/budgets.json has no budget "${budget}"`);
  const checks = limits.map(({ of, budget: limit, goal }) => {
    const value = of ? ratio[of] : s?.median;
    return {
      of: of ?? null,
      budget: limit,
      goal,
      value,
      pass: within(limit, value),
      goalMet: within(goal, value),
    };
  });
  return {
    id,
    label,
    unit,
    ...(s ?? { median: null, min: null, max: null, n: 0 }),
    values,
    columns: Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, stats(v)])),
    baselineText: baselineText ?? null,
    ratio,
    checks,
    na: s ? null : (na ?? 'not measured'),
    note: note ?? null,
  };
}

/** The first error a run reported for `area` (optionally mentioning `about`), for "n/a" reasons. */
function firstError(runs, area, about) {
  for (const r of runs) {
    const errors = [
      ...(r[area]?.errors ?? []),
      ...(r.errors ?? []).filter((e) => e.startsWith(area)),
    ];
    const hit = errors.find((e) => !about || e.includes(about));
    if (hit) return hit;
  }
  return undefined;
}

/** The built file's sizes, beside the baseline page's own files. */
function sizeFigures() {
  const sizes = (file) => compressedSizes(readFileSync(join(ROOT, file)));
  const partner = PARTNER_FILES.map(sizes).reduce((a, s) => ({
    raw: a.raw + s.raw,
    brotli: a.brotli + s.brotli,
  }));
  const described = (s) => `${FORMAT.KB(kb(s.raw))} raw, ${FORMAT.KB(kb(s.gzip))} gzip -9`;
  const bundle = sizes(BUNDLE);
  const out = [
    figure({
      id: 'bundle-brotli',
      label: `\`${BUNDLE}\`, brotli q11`,
      unit: 'KB',
      values: [kb(bundle.brotli)],
      baselineText: `page's own files: ${FORMAT.KB(kb(partner.brotli))}`,
      budget: 'drop-in-brotli',
      note: described(bundle),
    }),
  ];
  if (existsSync(join(ROOT, ZIPS))) {
    const zips = sizes(ZIPS);
    out.push(
      figure({
        id: 'zips-brotli',
        label: `\`${ZIPS}\`, brotli q11 (fetched only when a ZIP is typed)`,
        unit: 'KB',
        values: [kb(zips.brotli)],
        budget: 'zips-brotli',
        note: described(zips),
      }),
    );
  }
  return out;
}

export function buildFigures(runs) {
  const pluck = (fn) =>
    runs.map((r) => {
      try {
        return fn(r);
      } catch {
        return undefined;
      }
    });
  const figures = sizeFigures();
  const add = (spec) => figures.push(figure(spec));
  const span = pluck((r) => r.baseline.span);
  const page = { area: 'widgets', floor: 'floor', content: 'content', litContent: 'litContent' };
  const partnerPage = { area: 'partner', floor: 'partnerFloor' };
  /**
   * A start-up timing of the page measured as `area`, beside the baseline page, its Lit floor
   * and, where measured, its content floors.
   */
  const startUp = ({ area, floor, content, litContent, key, baselineKey = key, ...spec }) =>
    add({
      unit: 'ms',
      values: pluck((r) => r[area][key]),
      columns: {
        baseline: baselineKey === 'span' ? span : pluck((r) => r.baseline[baselineKey]),
        floor: pluck((r) => r[floor][key]),
        ...(content && { content: pluck((r) => r[content][key]) }),
        ...(litContent && { litContent: pluck((r) => r[litContent][key]) }),
      },
      na: firstError(runs, area),
      ...spec,
    });

  /** Requests on load by the page's own document, added by the widgets, and which. */
  const requests = ({ area, ...spec }) => {
    const paths = [...new Set(runs.flatMap((r) => r[area]?.requestPaths ?? []))];
    const zips = paths.some((p) => p.endsWith(ZIPS)) ? '; ZIP data fetched on load!' : '';
    add({
      unit: 'count',
      values: pluck((r) => r[area].requests),
      columns: { baseline: pluck((r) => r.baseline.requests) },
      budget: 'requests',
      na: firstError(runs, area),
      note: `${paths.join(', ') || 'none'}${zips}`,
      ...spec,
    });
  };

  // --- the three widgets, script on the page's own origin
  requests({ ...page, id: 'requests', label: 'requests on page load added by the widgets' });
  add({
    id: 'eval',
    label: 'script evaluation (compile + run; trace EvaluateScript)',
    unit: 'ms',
    values: pluck((r) => r.widgets.evaluation),
    na: firstError(runs, 'widgets'),
  });
  startUp({
    ...page,
    id: 'eval-render',
    label: 'script evaluation + first render of all three',
    key: 'render',
    baselineKey: 'span',
    budget: 'eval-render',
  });
  for (const tag of WIDGET_TAGS) {
    add({
      id: `first-render:${tag}`,
      label: `… first render of \`<${tag}>\``,
      unit: 'ms',
      values: pluck((r) => r.widgets.perTag[tag]),
      na: firstError(runs, 'widgets', tag),
    });
  }
  startUp({
    ...page,
    id: 'eval-paint',
    label: '… until the frame after that render is painted',
    key: 'painted',
  });
  startUp({
    ...page,
    id: 'longest-task',
    label: 'longest task from the script’s evaluation to 300 ms after render (trace)',
    key: 'longestTask',
    budget: 'longest-task',
  });
  add({
    id: 'long-tasks',
    label: 'Long Tasks API: tasks ≥ 50 ms from the script’s evaluation on',
    unit: 'count',
    values: pluck((r) => r.widgets.longTasks),
    note: `longest reported: ${FORMAT.ms(
      median(
        pluck((r) => r.widgets.longTaskMax)
          .filter((v) => v !== undefined)
          .concat([0]),
      ),
    )} (median)`,
  });
  add({
    id: 'cls-late',
    label: `CLS, script ${LATE_MS} ms late (async, in head)`,
    unit: 'CLS',
    values: pluck((r) => r.late.cls),
    columns: { baseline: pluck((r) => r.baseline.cls) },
    budget: 'cls-late',
    na: firstError(runs, 'late'),
    note: movedNodes(runs),
  });
  add({
    id: 'cls-on-time',
    label: 'CLS, script on time (parser-blocking, end of body)',
    unit: 'CLS',
    values: pluck((r) => r.widgets.cls),
    columns: { baseline: pluck((r) => r.baseline.cls) },
  });
  for (const [id, area, key, what] of [
    [
      'inp-checker',
      'partner',
      'inpChecker',
      'the checker’s first option (in its frame, partner page)',
    ],
    ['inp-picker', 'widgets', 'inpPicker', 'the picker’s “choose” button'],
  ]) {
    const clicks = pluck((r) => r[area][key]);
    const below = [...clicks.map((c) => c?.below), ...pluck((r) => r.baseline.inp.below)];
    add({
      id,
      label: `INP, click on ${what}`,
      unit: 'ms',
      values: clicks.map((c) => (!c || c.na ? undefined : c.value)),
      columns: { baseline: pluck((r) => (r.baseline.inp.na ? undefined : r.baseline.inp.value)) },
      budget: 'inp',
      na: clicks.map((c) => c?.na).find(Boolean) ?? firstError(runs, area),
      note: below.some(Boolean)
        ? 'clicks under 16 ms (the Event Timing threshold) count as 16'
        : null,
    });
  }
  add({
    id: 'heap',
    label: 'JS heap added by the three widgets (after GC)',
    unit: 'MB',
    values: pluck((r) => mb(r.widgets.heap - r.baseline.heap)),
    columns: { baseline: pluck((r) => mb(r.baseline.heap)) },
    budget: 'heap',
  });

  // --- the partner page: the same page, the script on another origin, the checker in a frame
  const lastPartner = runs.findLast((r) => r.partner)?.partner;
  const pathsAndRaw = (d) => (d ? `${d.paths.join(', ')} (${FORMAT.KB(kb(d.raw))} raw)` : null);
  requests({
    ...partnerPage,
    id: 'partner-requests',
    label: 'partner page: requests on page load by the page’s own document, added by the widgets',
  });
  add({
    id: 'partner-document-scripts',
    label: 'partner page: scripts its own document downloads and evaluates, brotli q11',
    unit: 'KB',
    values: pluck((r) => kb(r.partner.scripts.brotli)),
    budget: 'partner-document-scripts',
    na: firstError(runs, 'partner'),
    note: pathsAndRaw(lastPartner?.scripts),
  });
  add({
    id: 'partner-frame-downloads',
    label: 'partner page: what the checker’s frame downloads (its page and scripts), brotli q11',
    unit: 'KB',
    values: pluck((r) => kb(r.partner.frame.brotli)),
    na: firstError(runs, 'partner'),
    note: pathsAndRaw(lastPartner?.frame),
  });
  startUp({
    ...partnerPage,
    id: 'partner-eval-render',
    label:
      'partner page: script evaluation + first render of all three (the checker’s first render is its frame element)',
    key: 'render',
    baselineKey: 'span',
    budget: 'eval-render',
  });
  add({
    id: 'partner-frame-render',
    label:
      'partner page: … until the checker’s frame has rendered its first question (from the page script’s evaluation)',
    unit: 'ms',
    values: pluck((r) => r.partner.frameRendered),
    na: firstError(runs, 'partner'),
  });
  startUp({
    ...partnerPage,
    id: 'partner-longest-task',
    label:
      'partner page: longest task from the script’s evaluation to 300 ms after the frame’s render (the frame shares the main thread)',
    key: 'longestTask',
    budget: 'longest-task',
  });

  // --- 200 buttons beside 200 floor elements and each peer's
  add({
    id: 'buttons-200',
    label: '200 call/book buttons, evaluation + first render',
    unit: 'ms',
    values: pluck((r) => r.buttons.render),
    columns: {
      baseline: pluck((r) => r.buttonsBaseline),
      floor: pluck((r) => r.buttonsFloor),
      ...Object.fromEntries(Object.keys(PEERS).map((t) => [t, pluck((r) => r.buttonsPeers[t])])),
    },
    budget: 'buttons-200',
    na: firstError(runs, 'buttons'),
  });

  // --- sorting
  add({
    id: 'sort-cold',
    label:
      're-sort 10,000 clinics after a ZIP lookup: first call in a fresh page, 1 s after the clinics are made (a visitor typing)',
    unit: 'ms',
    values: pluck((r) => r.sort.typing.cold),
    columns: { baseline: pluck((r) => r.sort.typingReference.cold) },
    budget: 'sort',
    na: firstError(runs, 'sort'),
  });
  add({
    id: 'sort-cold-now',
    label: '… first call at once after the clinics are made (no pause)',
    unit: 'ms',
    values: pluck((r) => r.sort.now.cold),
    columns: { baseline: pluck((r) => r.sort.nowReference.cold) },
    na: firstError(runs, 'sort'),
  });
  add({
    id: 'sort-warm',
    label: 're-sort 10,000 clinics, later calls (median of 10)',
    unit: 'ms',
    values: pluck((r) => median(r.sort.typing.warm)),
    columns: { baseline: pluck((r) => median(r.sort.typingReference.warm)) },
    budget: 'sort',
  });
  return figures;
}
