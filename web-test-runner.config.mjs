// Runs every test file in each installed engine (Chromium, Firefox, WebKit), all from Debian
// packages; ISPINE_BROWSERS=chromium,firefox narrows the list.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { findBrowsers } from './scripts/browsers.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const launchers = {
  chromium: (path) =>
    chromeLauncher({ launchOptions: { executablePath: path, args: CHROMIUM_ARGS } }),
  firefox: (path) =>
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: path, headless: true },
    }),
  webkit: (path) =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.ISPINE_WEBKIT_PORT ?? 4445),
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: path, args: ['--automation'] },
      },
    }),
};

const browsers = findBrowsers()
  .filter(({ name }) => name !== 'webkit' || process.env.ISPINE_WEBKIT_PORT)
  .map(({ name, path }) => launchers[name](path));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), countingReporter()],
};
