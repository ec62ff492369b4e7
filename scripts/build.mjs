// `npm run build`: the ZIP data, the bundles (rollup), the offline pages, the hosting kit, the
// manifest, the editor data and the framework types, in that order. A failed step leaves the
// previous build in dist/: the old dist/ is set aside as dist.previous/ for the build and put
// back if any step fails (and, if a build was killed half-way, before the next one starts).
// Needs no arguments; ISPINE_BASE_URL as always.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const PREVIOUS = join(ROOT, 'dist.previous');

const STEPS = [
  ['node', ['scripts/build-zip-data.mjs']],
  ['rollup', ['-c']],
  ['node', ['scripts/build-pages.mjs']],
  ['node', ['scripts/hosting-kit.mjs']],
  ['node', ['scripts/build-wordpress.mjs']],
  ['cem', ['analyze']],
  ['node', ['scripts/editor-data.mjs']],
  ['node', ['scripts/framework-types.mjs']],
];

/** Puts the previous build back in place of a partial one. */
function restorePrevious() {
  rmSync(DIST, { recursive: true, force: true });
  renameSync(PREVIOUS, DIST);
}

if (existsSync(PREVIOUS)) restorePrevious();
if (existsSync(DIST)) renameSync(DIST, PREVIOUS);
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
};
try {
  for (const [command, args] of STEPS) {
    execFileSync(command === 'node' ? process.execPath : command, args, {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    });
  }
} catch {
  const kept = existsSync(PREVIOUS);
  if (kept) restorePrevious();
  else rmSync(DIST, { recursive: true, force: true });
  console.error(
    `\nbuild failed (see above); ${kept ? 'dist/ still holds the previous build' : 'there was no previous build, so there is no dist/'}.`,
  );
  process.exit(1);
}
rmSync(PREVIOUS, { recursive: true, force: true });
