// Folders depend downward only: elements → core → pure modules. The pure modules (triage, geo,
// config) never import Lit, core or an element folder; core never imports an element folder.
// Public entry files (`index.ts`) only wire the package's surface together and are exempt.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '../../src');
const PURE = ['triage', 'geo', 'config'];
const ELEMENTS = ['call-book-button', 'location-picker', 'symptom-checker', 'checker-frame'];

/** Every import of every TypeScript module under src/, as [file, folder, imported]. */
function imports() {
  return readdirSync(SRC, { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const code = readFileSync(join(SRC, file), 'utf8');
      const specifiers = [
        ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
        ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ];
      return specifiers.map(([, specifier]) => {
        const target = specifier.startsWith('.')
          ? relative(SRC, join(SRC, file, '..', specifier)).split('/')[0]
          : specifier;
        return { file, folder: file.split('/')[0], target };
      });
    });
}

/** The import statements that break `rule` (for the failure message). */
const breaking = (rule) =>
  imports()
    .filter(({ file }) => !file.endsWith('/index.ts'))
    .filter(rule)
    .map(({ file, target }) => `${file} imports ${target}`);

test('pure modules import neither Lit, core nor an element folder', () => {
  assert.deepEqual(
    breaking(
      ({ folder, target }) =>
        PURE.includes(folder) &&
        (/^(lit|@lit)/.test(target) || target === 'core' || ELEMENTS.includes(target)),
    ),
    [],
  );
});

test('core imports no element folder', () => {
  assert.deepEqual(
    breaking(({ folder, target }) => folder === 'core' && ELEMENTS.includes(target)),
    [],
  );
});

test('the rule sees the imports it checks', () => {
  const seen = imports();
  assert.ok(seen.some(({ folder, target }) => folder === 'core' && target === 'config'));
  assert.ok(seen.some(({ folder, target }) => folder === 'symptom-checker' && target === 'lit'));
});
