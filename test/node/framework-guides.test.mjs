// The framework guides show the example apps' code as it is: each quoted block is the file it
// names, and each app's own components are quoted (run node scripts/framework-guides.mjs to
// refresh the guides after changing an example).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { GUIDES, quotedFiles } from '../../scripts/framework-guides.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/** The files where each example's widgets and handlers are: every one must be in a guide. */
const COMPONENTS = [
  'examples/react-vite/src/App.tsx',
  'examples/next-app/app/page.tsx',
  'examples/next-app/app/call-panel.tsx',
  'examples/vue-vite/src/App.vue',
  'examples/vue-vite/vite.config.ts',
  'examples/svelte-vite/src/App.svelte',
];

describe('the framework guides', () => {
  for (const guide of GUIDES) {
    it(`${guide} quotes its example's files as they are`, () => {
      const quoted = quotedFiles(read(guide));
      assert.ok(quoted.length > 0, `${guide} quotes no example file`);
      for (const { path, quoted: code } of quoted) {
        assert.equal(
          code,
          read(path),
          `${guide}: ${path} differs (node scripts/framework-guides.mjs)`,
        );
      }
    });
  }

  it("quote every example's components", () => {
    const quoted = GUIDES.flatMap((guide) => quotedFiles(read(guide)).map(({ path }) => path));
    for (const file of COMPONENTS) assert.ok(quoted.includes(file), `no guide quotes ${file}`);
  });
});
