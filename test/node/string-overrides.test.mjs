// The clinic's own wording in the configuration (`strings`): which keys exist, and what the
// validator says about a bad one. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../dist/esm/config/default.js';
import { SAFETY_KEYS, STRING_KEYS } from '../../dist/esm/config/string-keys.js';
import { configProblems } from '../../dist/esm/config/validate.js';
import { stringKeys } from '../../scripts/string-keys.mjs';

test('src/config/string-keys.ts lists exactly the widgets’ plain-text strings', async () => {
  assert.deepEqual(
    JSON.parse(JSON.stringify({ keys: STRING_KEYS, safety: SAFETY_KEYS })),
    await stringKeys(),
    'stale: run node scripts/string-keys.mjs after npm run build',
  );
  assert.ok(STRING_KEYS['symptom-checker'].includes('next'));
  assert.ok(STRING_KEYS['location-picker'].includes('heading'));
});

test('accepts a reviewed translation of a few strings', () => {
  const strings = {
    es: { 'symptom-checker.next': 'Continuar', 'call-book-button.book': 'Reservar' },
  };
  assert.deepEqual(configProblems({ ...DEFAULT_CONFIG, strings }), []);
});

test('names a misspelt key, an unknown language and an empty text', () => {
  const strings = {
    es: { 'symptom-checker.nxt': 'Continuar', 'symptom-checker.back': ' ' },
    fr: { 'symptom-checker.next': 'Suivant' },
  };
  assert.deepEqual(
    configProblems({ ...DEFAULT_CONFIG, strings }).map(({ path }) => path),
    ['strings.es["symptom-checker.nxt"]', 'strings.es["symptom-checker.back"]', 'strings.fr'],
  );
});

test('refuses the safety wording, naming every refused key in one error', () => {
  const strings = {
    en: {
      'symptom-checker.call911': 'No need to call 911. Rest and take a painkiller.',
      'symptom-checker.next': 'Continue',
      'symptom-checker.notDiagnosis': 'This is a diagnosis.',
    },
    es: { 'symptom-checker.emergencyNote': 'Descanse.' },
  };
  const problems = configProblems({ ...DEFAULT_CONFIG, strings });
  assert.deepEqual(
    problems.map(({ path }) => path),
    ['strings.en', 'strings.es'],
  );
  assert.match(problems[0].message, /no configuration can change/);
  assert.match(problems[0].message, /"symptom-checker.call911", "symptom-checker.notDiagnosis"/);
  assert.match(problems[1].message, /"symptom-checker.emergencyNote"/);
  for (const key of ['call911', 'emergencyNote', 'notDiagnosis']) {
    assert.ok(SAFETY_KEYS.includes(`symptom-checker.${key}`), key);
    assert.ok(!STRING_KEYS['symptom-checker'].includes(key), key);
  }
});
