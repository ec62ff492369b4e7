// From rounds to figures: each figure's 20%-trimmed mean over the rounds with its 95% bootstrap
// interval, the same for its comparison columns (floors, peers, the reference sort), the ratio
// of trimmed means to each column measured in the same rounds with its interval, and the
// verdict (pass / fail / inconclusive) of each budget in bench/budgets.json that applies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, compressedSizes } from '../budgets.mjs';
import { PEERS } from './builds.mjs';
import { movedNodes } from './cls.mjs';
import { BUNDLE, LATE_MS, ROOT, ZIPS } from './options.mjs';
import { FORMAT, paired, ratioWithInterval, verdict } from './stats.mjs';

const kb = (bytes) => bytes / 1024;
const mb = (bytes) => bytes / (1024 * 1024);

/** A stable seed per figure, so the same rounds always give the same intervals. */
const seedOf = (text) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

/**
 * One figure. `values` and each of `columns` hold one value per round (undefined where not
 * measured); `budget` names one entry of bench/budgets.json or several; `cpu`: a main-thread CPU time
 * (judged), else information or an absolute budget.
 */
export function figure({ id, label, unit, values, columns = {}, budget, na, note, cpu = false }) {
  const seed = seedOf(id);
  const estimate = ratioWithInterval(paired(values, null), { seed });
  const ratio = {};
  const means = {};
  for (const [name, column] of Object.entries(columns)) {
    means[name] = ratioWithInterval(paired(column, null), { seed });
    const r = ratioWithInterval(paired(values, column), { seed });
    if (r) ratio[name] = r;
  }
  const limits = [budget ?? []].flat().flatMap((name) => {
    if (!BUDGETS[name]) throw new Error(`bench/budgets.json has no budget "${name}"`);
    return BUDGETS[name].limits.map((limit) => ({ ...limit, name }));
  });
  const checks = limits.map(({ name, of, budget: limit, goal }) => {
    const judged = of ? ratio[of] : estimate;
    return {
      budgetId: name,
      of: of ?? null,
      budget: limit,
      goal,
      value: judged?.value ?? null,
      low: judged?.low ?? null,
      high: judged?.high ?? null,
      verdict: verdict(limit, judged),
      goalVerdict: verdict(goal, judged),
    };
  });
  return {
    id,
    label,
    unit,
    cpu,
    estimate,
    values,
    columns: means,
    ratio,
    checks,
    na: estimate ? null : (na ?? 'not measured'),
    note: note ?? null,
  };
}

/** The first error a round reported for `load`, for "n/a" reasons. */
function firstError(rounds, load) {
  for (const r of rounds) {
    const hit = (r.errors ?? []).find((e) => e.startsWith(`${load}:`));
    if (hit) return hit;
  }
  return undefined;
}

/** The built files' sizes (one value: they do not change between rounds). */
function sizeFigures() {
  const sizes = (file) => compressedSizes(readFileSync(join(ROOT, file)));
  const described = (s) => `${FORMAT.KB(kb(s.raw))} raw, ${FORMAT.KB(kb(s.gzip))} gzip -9`;
  return [
    ['bundle-brotli', BUNDLE, 'drop-in-brotli', ''],
    ['zips-brotli', ZIPS, 'zips-brotli', ' (fetched only when a ZIP is typed)'],
  ].map(([id, file, budget, what]) => {
    const s = sizes(file);
    return figure({
      id,
      label: `\`${file}\`, brotli q11${what}`,
      unit: 'KB',
      values: [kb(s.brotli)],
      budget,
      note: described(s),
    });
  });
}

/** Every figure of `rounds` (as oneRound returns them). */
export function buildFigures(rounds) {
  const pluck = (fn) =>
    rounds.map((r) => {
      try {
        return fn(r);
      } catch {
        return undefined;
      }
    });
  const figures = sizeFigures();
  const add = (spec) => figures.push(figure(spec));

  /**
   * A main-thread CPU time (or, `wall`, a wall-clock time) of `page` beside the same page with
   * the floors (and, for the buttons, the peers) in our script's place; in a self-test, also
   * beside our drop-in without the extra work, with --against beside the other build (`plain`).
   */
  const timing = ({ page, key, peers = false, ...spec }) => {
    const columnsOf = ['litContent', 'floor', ...(peers ? Object.keys(PEERS) : []), 'plain'];
    add({
      unit: 'ms',
      values: pluck((r) => r[page][key]),
      columns: Object.fromEntries(columnsOf.map((c) => [c, pluck((r) => r[`${page}:${c}`][key])])),
      na: firstError(rounds, page),
      cpu: key !== 'wallRendered' && key !== 'wallPainted',
      ...spec,
    });
  };
  const SCRIPT = 'main-thread CPU, the script’s task (evaluation, upgrades, first render)';
  const RENDERED =
    'main-thread CPU, until every widget rendered, first frame’s style, layout, paint included';
  const LONGEST = 'longest task (CPU), from the script’s evaluation to 300 ms after render';
  const WALL = 'wall clock (information): script’s evaluation start → last widget’s first content';
  const WALL_PAINTED = 'wall clock (information): … → the frame after it painted';

  for (const [page, where] of [
    ['widgets', 'three widgets, same-origin page'],
    ['partner', 'three widgets, partner page (script on another origin, checker in its frame)'],
  ]) {
    timing({
      page,
      key: 'cpuScript',
      id: `${page}-script`,
      label: `${where}: ${SCRIPT}`,
      budget: 'three-widgets',
    });
    timing({
      page,
      key: 'cpuRendered',
      id: `${page}-rendered`,
      label: `${where}: ${RENDERED}`,
      budget: 'three-widgets',
    });
    timing({
      page,
      key: 'longestTask',
      id: `${page}-longest-task`,
      label: `${where}: ${LONGEST}`,
      budget: 'longest-task',
    });
    timing({ page, key: 'wallRendered', id: `${page}-wall`, label: `${where}: ${WALL}` });
    timing({
      page,
      key: 'wallPainted',
      id: `${page}-wall-painted`,
      label: `${where}: ${WALL_PAINTED}`,
    });
  }
  const buttons = '200 call/book buttons';
  timing({
    page: 'buttons',
    key: 'cpuScript',
    peers: true,
    id: 'buttons-script',
    label: `${buttons}: ${SCRIPT}`,
    budget: 'buttons-200',
  });
  timing({
    page: 'buttons',
    key: 'cpuRendered',
    peers: true,
    id: 'buttons-rendered',
    label: `${buttons}: ${RENDERED}`,
    budget: ['buttons-200', 'buttons-200-shoelace'],
  });
  timing({
    page: 'buttons',
    key: 'longestTask',
    peers: true,
    id: 'buttons-longest-task',
    label: `${buttons}: ${LONGEST}`,
  });
  timing({
    page: 'buttons',
    key: 'wallRendered',
    peers: true,
    id: 'buttons-wall',
    label: `${buttons}: ${WALL}`,
  });

  const START =
    'partner page: Start pressed → the checker’s first question drawn (its frame, loaded while the card showed)';
  add({
    id: 'start-question',
    label: `${START}: main-thread CPU, every task from the press until the frame’s first question is drawn`,
    unit: 'ms',
    values: pluck((r) => r.partner.start.cpu),
    budget: 'start-question',
    na: firstError(rounds, 'partner'),
    cpu: true,
  });
  add({
    id: 'start-question-longest-task',
    label: `${START}: its longest task (CPU, information)`,
    unit: 'ms',
    values: pluck((r) => r.partner.start.longest),
    na: firstError(rounds, 'partner'),
  });
  add({
    id: 'start-question-wall',
    label: `${START}: wall clock (information)`,
    unit: 'ms',
    values: pluck((r) => r.partner.start.wall),
    na: firstError(rounds, 'partner'),
  });
  add({
    id: 'sort',
    label:
      're-sort 10,000 clinics after a ZIP lookup: main-thread CPU of the first call in a fresh page (its own task), 1 s after the clinics are made',
    unit: 'ms',
    values: pluck((r) => r.sort.cold),
    columns: {
      reference: pluck((r) => r['sort:reference'].cold),
      plain: pluck((r) => r['sort:plain'].cold),
    },
    budget: 'sort',
    na: firstError(rounds, 'sort'),
    cpu: true,
  });
  add({
    id: 'sort-wall',
    label: 're-sort 10,000 clinics: the same first call on the wall clock (information)',
    unit: 'ms',
    values: pluck((r) => r.sort.wallCold),
    columns: { reference: pluck((r) => r['sort:reference'].wallCold) },
    na: firstError(rounds, 'sort'),
  });

  // --- absolute budgets
  const paths = (load) => [...new Set(rounds.flatMap((r) => r[load]?.requestPaths ?? []))];
  for (const [load, what] of [
    ['widgets', 'requests on page load added by the widgets'],
    [
      'partner',
      'partner page: requests on page load by the page’s own document, added by the widgets',
    ],
  ]) {
    const seen = paths(load);
    add({
      id: `${load}-requests`,
      label: what,
      unit: 'count',
      values: pluck((r) => r[load].requests),
      budget: 'requests',
      na: firstError(rounds, load),
      note: `${seen.join(', ') || 'none'}${seen.some((p) => p.endsWith(ZIPS)) ? '; ZIP data fetched on load!' : ''}`,
    });
  }
  const lastPartner = rounds.findLast((r) => r.partner)?.partner;
  const pathsAndRaw = (d) => (d ? `${d.paths.join(', ')} (${FORMAT.KB(kb(d.raw))} raw)` : null);
  add({
    id: 'partner-document-scripts',
    label: 'partner page: scripts its own document downloads and evaluates, brotli q11',
    unit: 'KB',
    values: pluck((r) => kb(r.partner.scripts.brotli)),
    budget: 'partner-document-scripts',
    na: firstError(rounds, 'partner'),
    note: pathsAndRaw(lastPartner?.scripts),
  });
  add({
    id: 'partner-frame-downloads',
    label: 'partner page: what the checker’s frame downloads (its page and scripts), brotli q11',
    unit: 'KB',
    values: pluck((r) => kb(r.partner.frame.brotli)),
    na: firstError(rounds, 'partner'),
    note: pathsAndRaw(lastPartner?.frame),
  });
  add({
    id: 'partner-frame-render',
    label:
      'partner page, wall clock (information): the page script’s evaluation → the frame’s first question',
    unit: 'ms',
    values: pluck((r) => r.partner.frameRendered),
    na: firstError(rounds, 'partner'),
  });
  add({
    id: 'cls-late',
    label: `CLS, script ${LATE_MS} ms late (async, in head)`,
    unit: 'CLS',
    values: pluck((r) => r.late.cls),
    budget: 'cls-late',
    na: firstError(rounds, 'late'),
    note: movedNodes(rounds),
  });
  add({
    id: 'cls-on-time',
    label: 'CLS, script on time (parser-blocking, end of body)',
    unit: 'CLS',
    values: pluck((r) => r.widgets.cls),
  });
  for (const [id, load, key, what] of [
    [
      'inp-checker',
      'partner',
      'inpChecker',
      'the checker’s first control (in its frame, partner page)',
    ],
    ['inp-picker', 'widgets', 'inpPicker', 'the picker’s “choose” button'],
    ['inp-start', 'partner', 'start', 'the checker’s Start (partner page)'],
  ]) {
    const clicks = pluck((r) => (key === 'start' ? r[load].start.inp : r[load][key]));
    add({
      id,
      label: `INP, click on ${what}`,
      unit: 'ms',
      values: clicks.map((c) => (!c || c.na ? undefined : c.value)),
      budget: 'inp',
      na: clicks.map((c) => c?.na).find(Boolean) ?? firstError(rounds, load),
      note: clicks.some((c) => c?.below)
        ? 'clicks under 16 ms (the Event Timing threshold) count as 16'
        : null,
    });
  }
  add({
    id: 'heap',
    label: 'JS heap added by the three widgets (after GC)',
    unit: 'MB',
    values: pluck((r) => mb(r.widgets.heap - r.baseline.heap)),
    budget: 'heap',
  });
  return figures;
}
