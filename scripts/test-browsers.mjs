// Runs the Web Test Runner suite in every installed engine. When an engine is missing and we
// run as root on Debian, installs it from Debian's packages first (never a browser download).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEBIAN_PACKAGES, findBrowsers, wantedEngines } from './browsers.mjs';
import { installDebianPackages } from './debian-packages.mjs';

const missingEngines = () => {
  const found = new Set(findBrowsers().map(({ name }) => name));
  return wantedEngines().filter((name) => !found.has(name) && DEBIAN_PACKAGES[name]);
};
const notInstalled = installDebianPackages(
  missingEngines().flatMap((name) => DEBIAN_PACKAGES[name]),
  () => missingEngines().length === 0,
  { recommends: true },
);
if (notInstalled) {
  console.warn(`Missing browsers (${notInstalled}). Set CHROME_PATH / FIREFOX_PATH to use others.`);
}
const engines = findBrowsers().map(({ name }) => name);
if (wantedEngines().includes('chromium') && !engines.includes('chromium')) {
  console.error(
    'Chromium is required for the tests: apt-get install chromium, or set CHROME_PATH.',
  );
  process.exit(1);
}
if (engines.length === 0) {
  console.error(`None of the browsers asked for is installed: ${wantedEngines().join(', ')}.`);
  process.exit(1);
}
console.log(`Engines: ${engines.join(', ')}`);

const wtr = 'node_modules/.bin/web-test-runner';
/** Run again in WebKit at device scale 2 (test/drop-in/framework-pages.test.ts checks it). */
const HIGH_DENSITY_FILES = ['test/drop-in/framework-pages.test.ts'];

/**
 * One Web Test Runner run in `engineList`; resolves with its exit code and counts. WebKit
 * (MiniBrowser) has no headless mode: it runs under xvfb-run with WebKitWebDriver.
 */
function runWtr(engineList, args, extraEnv = {}) {
  const countsFile = join(mkdtempSync(join(tmpdir(), 'ispine-wtr-')), 'counts.json');
  const env = {
    ...process.env,
    ISPINE_COUNTS_FILE: countsFile,
    ISPINE_BROWSERS: engineList.join(','),
    ...extraEnv,
  };
  let child;
  if (engineList.includes('webkit')) {
    const port = process.env.ISPINE_WEBKIT_PORT ?? '4445';
    const script = `WebKitWebDriver --port=${port} >/dev/null 2>&1 & driver=$!; sleep 1; "$0" "$@"; code=$?; kill $driver; exit $code`;
    child = spawn('xvfb-run', ['-a', 'sh', '-c', script, wtr, ...args], {
      stdio: 'inherit',
      env: { ...env, ISPINE_WEBKIT_PORT: port },
    });
  } else {
    child = spawn(wtr, args, { stdio: 'inherit', env });
  }
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      const counts = existsSync(countsFile)
        ? JSON.parse(readFileSync(countsFile, 'utf8'))
        : { passed: 0, failed: 1, skipped: 0, unstarted: [] };
      resolve({ code, counts });
    });
  });
}

const args = process.argv.slice(2);
const total = { passed: 0, failed: 0, skipped: 0 };
const add = (counts) => {
  for (const key of Object.keys(total)) total[key] += counts[key];
};
const first = await runWtr(engines, args);
add(first.counts);
let ok = first.code === 0 || first.counts.unstarted.length > 0;
// A page the browser never opened (a loaded machine) is tried once more, alone, in its engine;
// a test that ran and failed is never retried.
for (const engine of new Set(first.counts.unstarted.map(({ engine }) => engine))) {
  const files = first.counts.unstarted.filter((entry) => entry.engine === engine);
  console.log(
    `\nOnce more in ${engine}, as its page never opened: ${files.map(({ file }) => file).join(', ')}`,
  );
  const again = await runWtr([engine], ['--files', ...files.map(({ file }) => file)]);
  add(again.counts);
  total.failed += again.counts.unstarted.length;
  ok &&= again.code === 0;
}
// WebKit's WebDriver cannot set a device scale: on a full run, the framework pages run once more
// in a WebKit started at device scale 2.
if (args.length === 0 && engines.includes('webkit')) {
  console.log(`\nWebKit at device scale 2 (GDK_SCALE=2): ${HIGH_DENSITY_FILES.join(', ')}`);
  const scaled = await runWtr(['webkit'], ['--files', ...HIGH_DENSITY_FILES], {
    GDK_SCALE: '2',
    ISPINE_DEVICE_SCALE: '2',
  });
  add(scaled.counts);
  total.failed += scaled.counts.unstarted.length;
  ok &&= scaled.code === 0;
}
console.log(`\nEngines: ${engines.join(', ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(ok && total.failed === 0 ? 0 : 1);
