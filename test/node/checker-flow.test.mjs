// The checker's flow without a DOM (src/symptom-checker/flow.ts): a runner's answers, step by
// step, as the element drives it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CheckerFlow } from '../../dist/esm/symptom-checker/flow.js';
import { STRINGS } from '../../dist/esm/symptom-checker/strings.js';

/** Named answer paths, shared with the browser suites. */
const PATHS = JSON.parse(
  readFileSync(new URL('../fixtures/answer-paths.json', import.meta.url), 'utf8'),
);

/** Answers each step with `ids` (an empty list skips), then Next; returns the last move. */
function walk(flow, ...steps) {
  let move;
  for (const ids of steps) {
    for (const id of ids) flow.choose(id, true);
    move = flow.next();
  }
  return move;
}

test('the red flags must be answered before moving on', () => {
  const flow = new CheckerFlow();
  assert.equal(flow.next(), 'invalid');
  assert.equal(flow.step, 0);
});

test('a runner with numbness in both legs gets the emergency result at the first step', () => {
  const flow = new CheckerFlow();
  assert.equal(walk(flow, ['both_legs']), 'result');
  assert.equal(flow.result.careLevel, 'emergency');
  assert.equal(flow.step, 0);
});

test('"None of these" clears the other choices, and another choice clears it', () => {
  const flow = new CheckerFlow();
  flow.choose('both_legs', true);
  flow.choose('none', true);
  assert.deepEqual(flow.chosen(), ['none']);
  flow.choose('leg_weakness', true);
  assert.deepEqual(flow.chosen(), ['leg_weakness']);
  flow.choose('leg_weakness', false);
  assert.deepEqual(flow.chosen(), []);
});

test('one-answer questions keep only the latest choice', () => {
  const flow = new CheckerFlow();
  walk(flow, ['none'], ['none']);
  flow.choose('18_49', true);
  flow.choose('50_69', true);
  assert.deepEqual(flow.chosen(), ['50_69']);
});

test('only the first answer of a run counts as its start', () => {
  const flow = new CheckerFlow();
  assert.equal(flow.choose('none', true), true);
  assert.equal(flow.choose('none', false), false);
  flow.restart();
  assert.equal(flow.choose('none', true), true);
});

test('a runner with a muscle spasm of a few days gets self-care, with the answers for the engine', () => {
  const flow = new CheckerFlow();
  const move = walk(flow, ...PATHS['self-care after more mileage']);
  assert.equal(move, 'result');
  assert.equal(flow.result.careLevel, 'self_care');
  assert.deepEqual(flow.answers(), {
    redFlags: [],
    systemic: [],
    age: '18_49',
    onset: 'sudden_activity',
    pattern: ['spasm'],
    duration: 'lt_2w',
    severity: 'mild',
    training: ['mileage_increase'],
  });
});

test('Back from a result returns to the last step with its answers; Start over clears all', () => {
  const flow = new CheckerFlow();
  walk(flow, ['none'], ['fever'], [], [], [], [], [], []);
  assert.equal(flow.result.careLevel, 'urgent');
  flow.back();
  assert.equal(flow.result, undefined);
  assert.equal(flow.step, 7);
  assert.deepEqual(flow.chosen('systemic'), ['fever']);
  flow.restart();
  assert.equal(flow.step, 0);
  assert.deepEqual(flow.answers(), {});
});

test('the summary names every question, the answers in words and the result', () => {
  const flow = new CheckerFlow();
  walk(flow, ['none'], ['fever']);
  const en = STRINGS.en;
  const summary = flow.summary(en, '(763) 201-8191');
  assert.match(
    summary,
    new RegExp(`${en.questions.systemic[0].replace(/[?]/g, '\\?')} ${en.options.fever}`),
  );
  assert.ok(summary.includes(`${en.questions.age[0]} ${en.skipped}`));
  assert.ok(summary.includes(en.care.urgent[0]));
  assert.ok(summary.includes(en.notDiagnosis));
});

for (const lang of ['en', 'es']) {
  test(`an urgent summary (fever + spasm) says what the screen says, in ${lang}: no muscle advice, the number`, () => {
    const t = STRINGS[lang];
    const flow = new CheckerFlow();
    walk(flow, ['none'], ['fever'], ['18_49'], ['sudden_activity'], ['spasm']);
    const summary = flow.summary(t, '(763) 201-8191');
    assert.equal(flow.answers().pattern[0], 'spasm');
    assert.ok(summary.includes(t.care.urgent.join('\n')));
    assert.ok(summary.includes(t.callClinic('(763) 201-8191')));
    assert.ok(summary.includes(t.running.urgent));
    assert.ok(summary.includes(t.sooner.urgent));
    for (const paragraph of Object.values(t.patterns)) assert.ok(!summary.includes(paragraph));
    assert.doesNotMatch(
      summary,
      /músculos adoloridos|masaje|rodillo|sore or strained|massage|foam/i,
    );
  });
}

test('a specialist summary keeps the pattern paragraph the screen shows', () => {
  const flow = new CheckerFlow();
  walk(flow, ...PATHS['specialist: leg pain']);
  const summary = flow.summary(STRINGS.es, '(763) 201-8191');
  assert.ok(summary.includes(STRINGS.es.patterns.disc));
  assert.ok(summary.includes('Llame a la clínica al (763) 201-8191.'));
});
