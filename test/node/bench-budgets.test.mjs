// The budgets file that the size check and the bench both read, and the bench's arithmetic on
// it: a budget the file cannot express, or a ratio taken across runs, would pass a slow build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BUDGETS, limitText, within } from '../../scripts/budgets.mjs';
import { PEERS } from '../../scripts/bench/builds.mjs';
import { cls } from '../../scripts/bench/cls.mjs';
import { ratios } from '../../scripts/bench/stats.mjs';

const COLUMNS = ['floor', ...Object.keys(PEERS)];
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

test('the time budgets of BUDGETS.md are ratios to the Lit floor, and 200 buttons also to Shoelace', () => {
  const of = (id) => BUDGETS[id].limits.map((l) => l.of);
  assert.deepEqual(of('eval-render'), ['floor']);
  assert.deepEqual(of('longest-task'), ['floor']);
  assert.deepEqual(of('buttons-200'), ['floor', 'sl-button']);
  assert.equal(
    limitText(BUDGETS['buttons-200'].limits[1].budget, 'ms', 'sl-button'),
    '< 1× sl-button',
  );
});

test('a figure exactly at a "≤" budget passes, at a "<" budget fails, and a missing one is unknown', () => {
  assert.equal(within(['<=', 2], 2), true);
  assert.equal(within(['<', 20.4], 20.4), false);
  assert.equal(within(['<=', 2], undefined), null);
  assert.equal(within(['<=', 2], NaN), null);
});

test('a ratio pairs each run with the same run of the other column, skipping runs missing either', () => {
  assert.deepEqual(ratios([100, 90, undefined, 80], [50, undefined, 40, 40]), [2, 2]);
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

test('the README quotes every budget and goal of the budgets file', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Size and speed'),
    readme.indexOf('## Project layout'),
  );
  for (const [id, { unit, limits }] of Object.entries(BUDGETS)) {
    const row = section.split('\n').find((line) => line.match(/^\|\s*`([^`]+)`\s*\|/)?.[1] === id);
    assert.ok(row, `README has no row for ${id}`);
    for (const { of, budget, goal } of limits) {
      assert.ok(row.includes(limitText(budget, unit, of)), `${id}: ${limitText(budget, unit, of)}`);
      assert.ok(row.includes(limitText(goal, unit, of)), `${id}: ${limitText(goal, unit, of)}`);
    }
  }
});
