// Runs every test file in each installed engine (Chromium, Firefox, WebKit), all from Debian
// packages; ISPINE_BROWSERS=chromium,firefox narrows the list.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { findBrowsers } from './scripts/browsers.mjs';
import { serve } from './scripts/serve.mjs';

/**
 * A second origin serving the same files, as a CDN would: pages on the test server that load
 * the script from here are "partner pages" (the checker must then run in its frame).
 */
export const SCRIPT_ORIGIN_PORT = Number(process.env.ISPINE_SCRIPT_ORIGIN_PORT ?? 8001);

/**
 * The build-time base URL (src/core/base-url.ts) as the tests see it: the second origin's
 * `/dist/`, which is also the local default when the port is not moved.
 */
function baseUrlPlugin() {
  return {
    name: 'base-url',
    transform(context) {
      if (!context.path.endsWith('/src/core/base-url.ts')) return undefined;
      return {
        body: context.body.replace(
          /'http:\/\/127\.0\.0\.1:\d+\/dist\/'/,
          `'http://127.0.0.1:${SCRIPT_ORIGIN_PORT}/dist/'`,
        ),
      };
    },
  };
}

function scriptOriginServer() {
  let server;
  return {
    name: 'script-origin-server',
    async serverStart() {
      ({ server } = await serve(SCRIPT_ORIGIN_PORT));
    },
    serverStop() {
      server?.close();
    },
  };
}

/**
 * `?delay=800` on any URL holds the response back, to test a script that arrives late;
 * `/test/script-origin.json` tells the tests where the second origin is;
 * `/test/host-page.html?html=…` serves a partner's page written by a test (a real URL, so its
 * origin and CSP `'self'` behave as on a real site, unlike `srcdoc` in some engines).
 */
async function testMiddleware(context, next) {
  if (context.path === '/test/script-origin.json') {
    context.body = { origin: `http://127.0.0.1:${SCRIPT_ORIGIN_PORT}` };
    return undefined;
  }
  if (context.path === '/test/host-page.html') {
    context.type = 'text/html';
    context.body = String(context.query.html ?? '');
    return undefined;
  }
  const delay = Number(context.query.delay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  return next();
}

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
  port: Number(process.env.ISPINE_WTR_PORT ?? 8000),
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  middleware: [testMiddleware],
  plugins: [
    baseUrlPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    scriptOriginServer(),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
