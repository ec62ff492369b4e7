// Runs every test file in each installed engine (Chromium, Firefox, WebKit), all from Debian
// packages; ISPINE_BROWSERS=chromium,firefox narrows the list.
import { existsSync, readFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
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

/**
 * The second origin's test routes: pages written by a test, and the files in a `/test/cdn/` mode
 * (`?delay=800` holds a file back, as for the first origin).
 */
function secondOriginRoutes(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/test/host-page.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(url.searchParams.get('html') ?? '');
    return true;
  }
  const cdn = cdnResponse(url.pathname);
  if (!cdn) return false;
  if (cdn.misbehave) {
    misbehave(cdn.misbehave, request, response);
    return true;
  }
  const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 5000);
  setTimeout(() => response.writeHead(cdn.status, cdn.headers).end(cdn.body), delay);
  return true;
}

function scriptOriginServer() {
  let server;
  return {
    name: 'script-origin-server',
    async serverStart() {
      ({ server } = await serve(SCRIPT_ORIGIN_PORT, '127.0.0.1', secondOriginRoutes));
    },
    serverStop() {
      server?.close();
    },
  };
}

/**
 * `?delay=800` on any URL holds the response back, to test a script that arrives late;
 * `/test/redirect?to=<url>` redirects there; `?seen=<token>` on any URL is recorded, and
 * `/test/seen.json` lists the tokens seen (a request that must never be made);
 * `/test/script-origin.json` tells the tests where the second origin is;
 * `/test/host-page.html?html=…` serves a partner's page written by a test (a real URL, so its
 * origin and CSP `'self'` behave as on a real site, unlike `srcdoc` in some engines).
 */
/**
 * `/test/cdn/<mode>/dist/<file>`: the built files as a host for the widgets would serve them,
 * from either test origin. The checker's frame page is served per `mode`: `probe` adds
 * test/fixtures/frame-probe.js, which hands the frame's window to the test page when they share
 * an origin; `text-plain`, `missing` and `xfo` get it wrong as real hosts do, and `stall`,
 * `trickle` and `reset` as a failing server does (see misbehave()). `config/<name>.json` is the
 * clinic's configuration file test/fixtures/<name>.json, as the hosting kit serves it.
 */
function cdnResponse(pathname) {
  const match =
    /^\/test\/cdn\/(probe|text-plain|missing|xfo|stall|trickle|reset|no-cors)\/dist\/([\w.-]+|config\/[\w-]+\.json)$/.exec(
      pathname,
    );
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' };
  // The clinic's published configuration files: test/fixtures/<name>.json (`no-cors`: served
  // without the kit's CORS header, as a host that skipped the kit's rules does).
  const published = match?.[2].startsWith('config/') && `test/fixtures/${match[2].slice(7)}`;
  if (published && existsSync(published)) {
    const type = { 'content-type': 'application/json' };
    const cors = match[1] === 'no-cors' ? {} : headers;
    return { status: 200, headers: { ...cors, ...type }, body: readFileSync(published) };
  }
  if (!match || !existsSync(`dist/${match[2]}`)) return undefined;
  const [, mode, file] = match;
  const body = readFileSync(`dist/${file}`);
  // `missing`: the ZIP search and the configuration's validator are missing too, as after a
  // half-finished upload.
  if (mode === 'missing' && ['ispine-search.js', 'ispine-config.js'].includes(file)) {
    return {
      status: 404,
      headers: { ...headers, 'content-type': 'text/plain' },
      body: 'Not found',
    };
  }
  if (file !== 'checker-frame.html') {
    const type = file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    return { status: 200, headers: { ...headers, 'content-type': type }, body };
  }
  if (['stall', 'trickle', 'reset'].includes(mode)) return { misbehave: mode };
  if (mode === 'missing') {
    return {
      status: 404,
      headers: { ...headers, 'content-type': 'text/plain' },
      body: 'Not found',
    };
  }
  const page = String(body).replace(
    '<script src="checker-frame.js">',
    '<script src="/test/fixtures/frame-probe.js"></script><script src="checker-frame.js">',
  );
  return {
    status: 200,
    headers: {
      ...headers,
      'content-type': mode === 'text-plain' ? 'text/plain' : 'text/html',
      ...(mode === 'xfo' ? { 'x-frame-options': 'DENY' } : {}),
    },
    body: mode === 'probe' ? page : body,
  };
}

/** How long a misbehaving server holds a connection before letting it go. */
const MISBEHAVE_MS = 20000;

/**
 * A frame server gone wrong, on Node's request and response: `stall` accepts the request and
 * never answers; `trickle` sends headers and a byte at a time, never finishing; `reset` drops
 * the connection. Each lets go after MISBEHAVE_MS so that the test server can stop.
 */
function misbehave(kind, request, response) {
  const { socket } = request;
  if (kind === 'reset') {
    socket.destroy();
    return;
  }
  let drip;
  if (kind === 'trickle') {
    response.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' });
    response.write('<!doctype html><html><head>');
    drip = setInterval(() => response.write(' '), 300);
  }
  const release = setTimeout(() => socket.destroy(), MISBEHAVE_MS);
  socket.once('close', () => {
    clearInterval(drip);
    clearTimeout(release);
  });
}

/**
 * `executeServerCommand('device-scale', { scale })` sets the test page's device pixel ratio and
 * resolves whether the page now runs at `scale`. Chromium and Firefox: set through Puppeteer.
 * WebKit's WebDriver cannot set it: true only when the whole browser was started at that scale
 * (`ISPINE_DEVICE_SCALE` beside `GDK_SCALE`, as scripts/test-browsers.mjs does).
 */
function deviceScalePlugin() {
  return {
    name: 'device-scale',
    async executeCommand({ command, payload, session }) {
      if (command !== 'device-scale') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return Number(process.env.ISPINE_DEVICE_SCALE ?? 1) === payload.scale;
      const { width, height } = page.viewport() ?? { width: 800, height: 600 };
      await page.setViewport({ width, height, deviceScaleFactor: payload.scale });
      return true;
    },
  };
}

/**
 * `executeServerCommand('emulate-colours', { scheme, forced })` emulates the visitor's colour
 * settings (`prefers-color-scheme: dark`, `forced-colors: active`; nothing resets them) and
 * resolves whether the engine could. Chromium: through the DevTools protocol. Firefox: its
 * WebDriver BiDi has a forced-colours theme override, and no colour-scheme one. WebKit's
 * WebDriver can emulate neither: false.
 */
function emulateColoursPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-colours',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-colours') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      const { scheme, forced } = payload;
      try {
        if (page.browser().protocol === 'cdp') {
          // The emulation lasts as long as the protocol session that set it.
          if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
          await sessions.get(page).send('Emulation.setEmulatedMedia', {
            features: [
              { name: 'prefers-color-scheme', value: scheme ?? '' },
              { name: 'forced-colors', value: forced ? 'active' : '' },
            ],
          });
          return true;
        }
        if (scheme) return false;
        const context = page.mainFrame().browsingContext;
        await context.userContext.browser.session.send(
          'emulation.setForcedColorsModeThemeOverride',
          { theme: forced ? 'light' : null, contexts: [context.id] },
        );
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** `?seen=<token>` requests this server answered (`/test/seen.json` lists them). */
const seen = [];

async function testMiddleware(context, next) {
  if (context.query.seen) seen.push(String(context.query.seen));
  if (context.path === '/test/seen.json') {
    context.body = seen;
    return undefined;
  }
  if (context.path === '/test/redirect') {
    context.redirect(String(context.query.to));
    return undefined;
  }
  const cdn = cdnResponse(context.path);
  if (cdn?.misbehave) {
    context.respond = false;
    misbehave(cdn.misbehave, context.req, context.res);
    return undefined;
  }
  if (cdn) {
    context.status = cdn.status;
    context.set(cdn.headers);
    context.body = cdn.body;
    return undefined;
  }
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

/**
 * How long a browser may take to start. Puppeteer waits 30 s by default for the browser's
 * debugging endpoint; a loaded CI machine has taken longer than that to start Firefox.
 */
const BROWSER_START_MS = 120000;

const launchers = {
  chromium: (path) =>
    chromeLauncher({
      launchOptions: { executablePath: path, args: CHROMIUM_ARGS, timeout: BROWSER_START_MS },
    }),
  firefox: (path) =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: path,
        headless: true,
        timeout: BROWSER_START_MS,
      },
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

// `ispineEngine` names the engine for scripts/counting-reporter.mjs (Firefox's launcher
// calls itself Chrome).
const browsers = findBrowsers()
  .filter(({ name }) => name !== 'webkit' || process.env.ISPINE_WEBKIT_PORT)
  .map(({ name, path }) => Object.assign(launchers[name](path), { ispineEngine: name }));

export default {
  port: Number(process.env.ISPINE_WTR_PORT ?? 8000),
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  // A loaded CI machine has taken over 30 s (the default) to open a page in Firefox.
  browserStartTimeout: BROWSER_START_MS,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  middleware: [testMiddleware],
  plugins: [
    baseUrlPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    scriptOriginServer(),
    deviceScalePlugin(),
    emulateColoursPlugin(),
    // `a11ySnapshot()`: the accessibility tree as the browser computed it (names screen readers hear).
    a11ySnapshotPlugin(),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
