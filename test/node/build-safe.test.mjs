// `npm run build` keeps the previous dist/ when a step fails, half-way or at once; a killed
// build's leftovers are put right by the next one. Runs scripts/build.mjs in a copy whose first
// step is replaced by one that fails (a real build takes minutes).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');

/** A project holding scripts/build.mjs, a previous build, and `firstStep` as its first step. */
function project(firstStep) {
  const dir = mkdtempSync(join(tmpdir(), 'ispine-build-'));
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, 'scripts/build.mjs'), join(dir, 'scripts/build.mjs'));
  writeFileSync(join(dir, 'scripts/build-zip-data.mjs'), firstStep);
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/ispine-widgets.js'), 'the previous build');
  return dir;
}

const build = (dir) =>
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });

test('a step that fails after writing part of dist/ leaves the previous build', () => {
  const dir = project(`
    import { mkdirSync, writeFileSync } from 'node:fs';
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/ispine-zips.bin', 'half a build');
    process.exit(1);
  `);
  const result = build(dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /dist\/ still holds the previous build/);
  assert.deepEqual(readdirSync(join(dir, 'dist')), ['ispine-widgets.js']);
  assert.equal(readFileSync(join(dir, 'dist/ispine-widgets.js'), 'utf8'), 'the previous build');
  assert.equal(existsSync(join(dir, 'dist.previous')), false);
});

test("a killed build's half dist/ is replaced by the previous one before the next build", () => {
  const dir = project('process.exit(1);');
  cpSync(join(dir, 'dist'), join(dir, 'dist.previous'), { recursive: true });
  writeFileSync(join(dir, 'dist/ispine-widgets.js'), 'half a build');
  assert.equal(build(dir).status, 1);
  assert.equal(readFileSync(join(dir, 'dist/ispine-widgets.js'), 'utf8'), 'the previous build');
  assert.equal(existsSync(join(dir, 'dist.previous')), false);
});
