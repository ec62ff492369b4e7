// The clinic's own wording in the configuration (`strings`): which keys exist, and what the
// validator says about a bad one. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../dist/esm/config/default.js';
import { STRING_KEYS } from '../../dist/esm/config/string-keys.js';
import { configProblems } from '../../dist/esm/config/validate.js';
import { stringKeys } from '../../scripts/string-keys.mjs';

test('src/config/string-keys.ts lists exactly the widgets’ plain-text strings', async () => {
  assert.deepEqual(
    JSON.parse(JSON.stringify(STRING_KEYS)),
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
