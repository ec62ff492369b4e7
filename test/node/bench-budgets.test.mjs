// The budgets file that the size check and the bench both read, and the bench's arithmetic on
// it: a budget the file cannot express, a ratio taken across rounds, an interval that cannot
// miss or a CPU span that counts the wrong tasks would pass a slow build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUDGETS, limitText, within } from '../../scripts/budgets.mjs';
import { PEERS } from '../../scripts/bench/builds.mjs';
import { cls } from '../../scripts/bench/cls.mjs';
import { paired, ratioWithInterval, trimmedMean, verdict } from '../../scripts/bench/stats.mjs';
import { readTrace } from '../../scripts/bench/trace.mjs';

const COLUMNS = ['litContent', 'floor', 'reference', ...Object.keys(PEERS)];
const isLimit = (limit) =>
  Array.isArray(limit) && ['<=', '<', '='].includes(limit[0]) && typeof limit[1] === 'number';

test('every budget says what it limits, in which unit, with a budget and a goal', () => {
  for (const [id, { what, unit, limits }] of Object.entries(BUDGETS)) {
    assert.ok(what && unit, id);
    assert.ok(limits.length > 0, id);
    for (const { of, budget, goal } of limits) {
      assert.ok(isLimit(budget) && isLimit(goal), `${id}: ${JSON.stringify({ budget, goal })}`);
      assert.ok(of === undefined || COLUMNS.includes(of), `${id}: unknown column ${of}`);
    }
  }
});

test('the time budgets of BUDGETS.md are ratios to the Lit content floor, 200 buttons also to Shoelace', () => {
  const of = (id) => BUDGETS[id].limits.map((l) => l.of);
  assert.deepEqual(of('three-widgets'), ['litContent']);
  assert.deepEqual(of('longest-task'), ['litContent']);
  assert.deepEqual(of('buttons-200'), ['litContent']);
  assert.deepEqual(of('buttons-200-shoelace'), ['sl-button']);
  assert.deepEqual(of('sort'), ['reference']);
  assert.equal(
    limitText(BUDGETS['buttons-200-shoelace'].limits[0].budget, 'ms', 'sl-button'),
    '≤ 0.5× sl-button',
  );
});

test('a figure exactly at a "≤" budget passes, at a "<" budget fails, and a missing one is unknown', () => {
  assert.equal(within(['<=', 2], 2), true);
  assert.equal(within(['<', 20.4], 20.4), false);
  assert.equal(within(['<=', 2], undefined), null);
  assert.equal(within(['<=', 2], NaN), null);
});

test('a 20%-trimmed mean drops the lowest and highest fifth before averaging', () => {
  assert.equal(trimmedMean([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 5.5);
  assert.equal(trimmedMean([1000, 3, 2, 4, 1]), 3);
  assert.equal(trimmedMean([7]), 7);
});

test('a ratio pairs each round with the same round of the other column, skipping rounds missing either', () => {
  assert.deepEqual(paired([100, 90, undefined, 80], [50, undefined, 40, 40]), [
    [100, 50],
    [80, 40],
  ]);
  assert.deepEqual(paired([3, undefined], null), [[3, 1]]);
});

test('the bootstrap interval holds the ratio of trimmed means, is repeatable, and is tight when every round agrees', () => {
  const exact = ratioWithInterval([
    [20, 10],
    [30, 15],
    [44, 22],
  ]);
  assert.deepEqual([exact.value, exact.low, exact.high], [2, 2, 2]);
  const random = (() => {
    let x = 1;
    return () => (x = (x * 16807) % 2147483647) / 2147483647;
  })();
  const noisy = Array.from({ length: 30 }, () => [15 + 10 * random(), 10 + 2 * random()]);
  const a = ratioWithInterval(noisy, { seed: 3 });
  assert.ok(a.low < a.value && a.value < a.high, JSON.stringify(a));
  assert.ok(a.high - a.low < 0.5, JSON.stringify(a));
  assert.deepEqual(ratioWithInterval(noisy, { seed: 3 }), a);
  assert.equal(a.n, 30);
  assert.equal(ratioWithInterval([]), null);
});

test('the verdict is pass inside the budget, fail outside it, inconclusive across it', () => {
  const at = (value, low, high) => ({ value, low, high });
  assert.equal(verdict(['<=', 1.5], at(1.3, 1.2, 1.4)), 'pass');
  assert.equal(verdict(['<=', 1.5], at(1.3, 1.2, 1.5)), 'pass');
  assert.equal(verdict(['<=', 1.5], at(1.7, 1.6, 1.8)), 'fail');
  assert.equal(verdict(['<=', 1.5], at(1.45, 1.4, 1.6)), 'inconclusive');
  assert.equal(verdict(['<=', 1.5], at(1.55, 1.4, 1.6)), 'inconclusive');
  assert.equal(verdict(['=', 1], at(1, 1, 1)), 'pass');
  assert.equal(verdict(['<=', 1.5], null), null);
});

test('CPU time is the thread time of the top-level tasks from the script’s task until the painted mark', () => {
  const main = { pid: 1, tid: 1 };
  const task = (ts, dur, tdur) => ({ ...main, ph: 'X', name: 'RunTask', ts, dur, tdur });
  const mark = (name, ts) => ({ ...main, ph: 'I', name, ts, cat: 'blink.user_timing' });
  const events = [
    mark('bench:start', 1000),
    task(900, 200, 150), // bench.js: before the script
    task(2000, 5000, 3000), // the script's task
    {
      ...main,
      ph: 'X',
      name: 'EvaluateScript',
      ts: 2100,
      dur: 1000,
      args: { data: { url: 'http://x/dist/a.js' } },
    },
    { pid: 2, tid: 2, ph: 'X', name: 'RunTask', ts: 7100, dur: 9000, tdur: 9000 }, // another thread
    task(8000, 4000, 1000), // the frame: style, layout, paint
    mark('bench:done', 7050),
    task(13000, 100, 100), // bench:painted's own task
    mark('bench:painted', 13050),
    task(14000, 6000, 5500), // later, within 300 ms of done: only the longest task sees it
  ];
  const trace = readTrace(Buffer.from(JSON.stringify({ traceEvents: events })), 0, 'dist/a.js');
  assert.equal(trace.script, 3);
  assert.equal(trace.rendered, 4);
  assert.equal(trace.longest(), 5.5);
  assert.equal(trace.evaluate.at, 1.1);
});

test('CLS is the worst session window: shifts under 1 s apart add up, a later one starts again', () => {
  const shift = (startTime, value, hadRecentInput = false) => ({
    startTime,
    value,
    hadRecentInput,
  });
  assert.equal(cls([shift(0, 0.1), shift(500, 0.1), shift(2000, 0.15)]), 0.2);
  assert.equal(cls([shift(0, 0.3, true), shift(100, 0.01)]), 0.01);
});

test('docs/performance.md quotes every budget and goal of the budgets file', () => {
  const page = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
  for (const [id, { unit, limits }] of Object.entries(BUDGETS)) {
    const row = page.split('\n').find((line) => line.match(/^\|\s*`([^`]+)`\s*\|/)?.[1] === id);
    assert.ok(row, `docs/performance.md has no row for ${id}`);
    for (const { of, budget, goal } of limits) {
      assert.ok(row.includes(limitText(budget, unit, of)), `${id}: ${limitText(budget, unit, of)}`);
      assert.ok(row.includes(limitText(goal, unit, of)), `${id}: ${limitText(goal, unit, of)}`);
    }
  }
});
