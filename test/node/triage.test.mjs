// The triage entry runs in plain Node, with no DOM: it imports the built ES module, as a
// bundler user or a server would. Run after `npm run build`: node --test test/node/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QUESTIONS, assessBackPain } from '../../dist/esm/triage/index.js';

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('a runner with numbness in the saddle area is told to call 911', () => {
  assert.deepEqual(assessBackPain({ redFlags: ['saddle_numbness'], pattern: ['spasm'] }), {
    careLevel: 'emergency',
    category: 'muscular',
    reasons: ['saddle_numbness'],
  });
});

test('a runner with a mild, week-old twinge after more mileage can start with self-care', () => {
  const answers = {
    redFlags: [],
    systemic: [],
    age: '18_49',
    onset: 'gradual',
    pattern: ['twist_sharp'],
    duration: 'lt_2w',
    severity: 'mild',
    training: ['mileage_increase'],
  };
  assert.deepEqual(assessBackPain(answers), {
    careLevel: 'self_care',
    category: 'muscular',
    reasons: ['twist_sharp', 'lt_2w', 'mild'],
  });
});

test('a misspelt option throws a TypeError naming the field', () => {
  assert.throws(() => assessBackPain({ redFlags: [], pattern: ['foo'] }), {
    name: 'TypeError',
    message: 'answers.pattern: unknown option "foo"',
  });
  assert.throws(() => assessBackPain({}), { name: 'TypeError', message: /^answers\.redFlags:/ });
});

test('exports the question catalogue in step order', () => {
  assert.deepEqual(
    QUESTIONS.map((q) => q.id),
    ['redFlags', 'systemic', 'age', 'onset', 'pattern', 'duration', 'severity', 'training'],
  );
});
