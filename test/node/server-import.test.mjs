// Server rendering (Next.js, Nuxt, SvelteKit, Angular SSR) imports the package in Node, where
// there is no DOM: every module entry in package.json `exports` must import without throwing or
// warning, define no element, and accept configure() and setBaseUrl(). Each entry runs in a
// fresh Node process, as a server would load it. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');
const { exports } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

/** Entries importable as modules: those with types (the rest are files to serve, not import). */
const ENTRIES = Object.entries(exports)
  .filter(([, target]) => typeof target === 'object' && target.types)
  .map(([subpath]) => `ispine-widgets${subpath.slice(1)}`);

/** Runs `code` as an ES module in a fresh Node (the package imports itself by name). */
function runInNode(code) {
  try {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

describe('importing the package on a server (Node, no DOM)', () => {
  it('finds the module entries', () => {
    assert.ok(ENTRIES.includes('ispine-widgets'));
    assert.ok(ENTRIES.includes('ispine-widgets/symptom-checker'));
    assert.ok(ENTRIES.length >= 7, ENTRIES.join(', '));
  });

  for (const entry of ENTRIES) {
    it(`imports ${entry} without throwing, warning or defining an element`, () => {
      const result = runInNode(`
        const warnings = [];
        console.warn = console.error = (...args) => warnings.push(args.join(' '));
        await import('${entry}');
        const defined = ['ispine-call-book-button', 'ispine-location-picker', 'ispine-symptom-checker']
          .filter((tag) => globalThis.customElements?.get(tag));
        process.stdout.write(JSON.stringify({ hasDocument: typeof document !== 'undefined', defined, warnings }));
      `);
      assert.ok(result.ok, result.output);
      assert.deepEqual(JSON.parse(result.output), {
        hasDocument: false,
        defined: [],
        warnings: [],
      });
    });
  }

  it('accepts configure() and setBaseUrl() on the server, and still validates', () => {
    const result = runInNode(`
      import { configure, setBaseUrl } from 'ispine-widgets';
      import { DEFAULT_CONFIG, setBaseUrl as fromConfig } from 'ispine-widgets/config';
      configure(DEFAULT_CONFIG);
      setBaseUrl('https://widgets.example.org/ispine/dist/');
      setBaseUrl('/assets/ispine');
      fromConfig(new URL('https://widgets.example.org/other/'));
      let rejected = '';
      try { configure({ phone: 'x' }); } catch (error) { rejected = error.name; }
      process.stdout.write(rejected);
    `);
    assert.ok(result.ok, result.output);
    assert.equal(result.output, 'ConfigError');
  });
});
