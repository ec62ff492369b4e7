// Size budgets from BUDGETS.md, measured as a CDN serves them (brotli, quality 11).
// Fails (exit 1) when a file is over budget or missing; also checks the bundle's version.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGETS = [
  { file: 'dist/ispine-widgets.js', budgetKb: 24, goalKb: 16.8 },
  { file: 'dist/ispine-zips.bin', budgetKb: 80, goalKb: 50 },
  // Not in BUDGETS.md: the checker's frame (questions, triage, call/book button), loaded only
  // inside the frame, never by the partner page's own document.
  { file: 'dist/checker-frame.js', budgetKb: 20, goalKb: 16 },
];

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;

for (const { file, budgetKb, goalKb } of BUDGETS) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing (run npm run build)`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const brotli = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const over = brotli > budgetKb * 1024;
  failed ||= over;
  console.log(
    `size: ${file} ${kb(raw.length)} KB raw, ${kb(gzipSync(raw, { level: 9 }).length)} KB gzip, ` +
      `${kb(brotli)} KB brotli (budget ${budgetKb} KB, goal ${goalKb} KB)${over ? '  <-- OVER BUDGET' : ''}`,
  );
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('src/version.ts', 'utf8').includes(`'${version}'`)) {
  console.error(`size: src/version.ts does not match package.json version ${version}`);
  failed = true;
}

process.exit(failed ? 1 : 0);
