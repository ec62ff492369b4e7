// Size budgets from bench/budgets.json (the entries that name a `file`), measured as a CDN
// serves them (brotli, quality 11). Fails (exit 1) when a file is over budget or missing; also
// checks the bundle's version.
import { existsSync, readFileSync } from 'node:fs';
import { BUDGETS, compressedSizes, limitText, within } from './budgets.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;

for (const { file, unit, limits } of Object.values(BUDGETS).filter((b) => b.file)) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing (run npm run build)`);
    failed = true;
    continue;
  }
  const { raw, gzip, brotli } = compressedSizes(readFileSync(file));
  const [{ budget, goal }] = limits;
  const over = !within(budget, brotli / 1024);
  failed ||= over;
  console.log(
    `size: ${file} ${kb(raw)} KB raw, ${kb(gzip)} KB gzip, ${kb(brotli)} KB brotli ` +
      `(budget ${limitText(budget, unit)}, goal ${limitText(goal, unit)})${over ? '  <-- OVER BUDGET' : ''}`,
  );
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('src/version.ts', 'utf8').includes(`'${version}'`)) {
  console.error(`size: src/version.ts does not match package.json version ${version}`);
  failed = true;
}

process.exit(failed ? 1 : 0);
