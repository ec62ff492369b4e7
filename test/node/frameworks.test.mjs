// A front-end developer's apps, one per framework (examples/*): the package is built for a clinic
// host this test serves (so `prepack` lets `npm pack` through), packed, and the tarball installed
// into each app with `npm ci`. Each app is type-checked with its framework's checker (no
// declarations of its own: the package's generated types must do), built for production, served
// and run in Chromium as a visitor would: the call button's `ispine-call` reaches the app's own
// handler on the first click, ZIP 55369 puts Maple Grove first, the checker reaches a result
// through its frame (loaded from where the app's `setBaseUrl()` points), and the console stays
// empty. The apps' dependencies come from the npm registry (`--prefer-offline`: the shared npm
// cache makes a second run quick). Needs Chromium and openssl; builds the package itself.
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { findBrowsers } from '../../scripts/browsers.mjs';
import { filesIn } from '../../scripts/serve.mjs';
import { checkerResult, rendered, sortByZip } from '../wordpress/browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The clinic's host the package is built for, and the host the apps point setBaseUrl() at. */
const PACKAGE_HOST = 'ispine-files.test';
const APP_FILES_HOST = 'ispine-assets.test';

/**
 * The example apps: the variable each reads for setBaseUrl() at build time, and the folder of
 * static files its build leaves (none for Next, which runs its own server: `npm start`). Next's
 * types for routes are written by its build, so its type-check runs after the build. `misuse`
 * gives a tag of the app's code an attribute value the element does not take: the type-check
 * must then fail (so the types are really in force, not silently `any`).
 */
const ALL_APPS = {
  'next-app': {
    env: 'NEXT_PUBLIC_ISPINE_BASE_URL',
    typecheckAfterBuild: true,
    misuse: ['app/page.tsx', '<ispine-location-picker>', '<ispine-location-picker variant="map">'],
  },
  'react-vite': {
    env: 'VITE_ISPINE_BASE_URL',
    static: 'dist',
    misuse: ['src/App.tsx', '<CallBookButton clinic', '<CallBookButton variant="big" clinic'],
  },
  'vue-vite': {
    env: 'VITE_ISPINE_BASE_URL',
    static: 'dist',
    misuse: [
      'src/App.vue',
      '<ispine-call-book-button :',
      '<ispine-call-book-button variant="big" :',
    ],
  },
  'svelte-vite': {
    env: 'VITE_ISPINE_BASE_URL',
    static: 'dist',
    misuse: [
      'src/App.svelte',
      '<ispine-call-book-button {',
      '<ispine-call-book-button variant="big" {',
    ],
  },
};

/**
 * ISPINE_FRAMEWORKS_APPS=react-vite,… narrows the apps while working on one, and
 * ISPINE_FRAMEWORKS_TARBALL=path/to.tgz installs a package packed before instead of packing anew.
 */
const only = process.env.ISPINE_FRAMEWORKS_APPS?.split(',');
const APPS = Object.fromEntries(
  Object.entries(ALL_APPS).filter(([name]) => !only || only.includes(name)),
);

/** Where the package is built and the apps are installed: a new folder for each run. */
let WORK;
const NPM = { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1' };

/** Seconds since `start`, for the timings this test prints. */
const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

/** Runs `command args` in `cwd`; rejects with its output when it fails. */
async function sh(command, args, cwd, env = NPM) {
  try {
    return await run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`,
    );
  }
}

/**
 * The files of the working tree under `folder` ('' for all) that a clean clone has, or will have
 * once committed (tracked, or new and not ignored), without those deleted and not yet committed.
 */
function treeFiles(folder) {
  return execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', folder || '.'],
    { cwd: ROOT, encoding: 'utf8' },
  )
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
}

/** Copies the tree's files under `folder` to `target` (each at its path below `folder`). */
function copyTree(folder, target, skip = () => false) {
  for (const file of treeFiles(folder)) {
    if (!skip(file)) cpSync(join(ROOT, file), join(target, file.slice(folder.length)));
  }
}

/**
 * The package as `npm pack` makes it, built for https://ispine-files.test/dist/ in a copy of the
 * working tree (the working tree's own dist/ stays as it is). Resolves with the tarball's path.
 */
async function packPackage() {
  const copy = join(WORK, 'package-source');
  copyTree('', copy, (file) => file.startsWith('examples/'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  await sh(process.execPath, ['scripts/build.mjs'], copy, {
    ...NPM,
    ISPINE_BASE_URL: `https://${PACKAGE_HOST}/dist/`,
  });
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', WORK], copy);
  const [{ filename }] = JSON.parse(stdout);
  return join(WORK, filename);
}

/** Copies examples/`name` as a clean clone has it into WORK and installs it. */
async function installApp(name) {
  const dir = join(WORK, name);
  copyTree(`examples/${name}/`, dir);
  await sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
  return dir;
}

/**
 * The app's type-check on its code with `find` replaced by `misuse` in `file` (put back after):
 * resolves with the checker's complaint, or '' when it passed.
 */
async function typecheckMisuse(dir, [file, find, misuse], env) {
  const path = join(dir, file);
  const code = readFileSync(path, 'utf8');
  assert.ok(code.includes(find), `${file} no longer holds ${find}`);
  writeFileSync(path, code.replace(find, misuse));
  try {
    await sh('npm', ['run', 'typecheck'], dir, env);
    return '';
  } catch (error) {
    return error.message;
  } finally {
    writeFileSync(path, code);
  }
}

/** Listens on a free port of 127.0.0.1; resolves with the port. */
const listen = (server) =>
  new Promise((done) => server.listen(0, '127.0.0.1', () => done(server.address().port)));

/** A free port for a server this test does not create itself (next start). */
async function freePort() {
  const server = createNetServer();
  const port = await listen(server);
  await new Promise((done) => server.close(done));
  return port;
}

/** A self-signed certificate for the two test hosts (Chromium is told to accept it). */
function certificate() {
  const dir = join(WORK, 'tls');
  mkdirSync(dir);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${PACKAGE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${PACKAGE_HOST},DNS:${APP_FILES_HOST}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Waits until `url` answers (a server starting in another process). */
async function answers(url, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeout / 1000} s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

const chromium = findBrowsers().find(({ name }) => name === 'chromium');

describe(
  'the package in framework apps (examples/)',
  {
    // About 1-2 min on a quiet 2-core machine; 6.5 min was seen with five other jobs on it.
    timeout: 900_000,
    skip: !chromium && 'Chromium is not installed or not asked for (ISPINE_BROWSERS)',
  },
  () => {
    const timings = {};
    const servers = [];
    const children = [];
    /** Each app's page URL, by name. */
    const pages = {};
    /** Each app's type-check complaint about its misused tag ('' if it had none). */
    const rejected = {};
    /** The host names the frame and the ZIP data were requested from. */
    const fileHosts = new Set();
    let browser;

    before(async () => {
      WORK = mkdtempSync(join(tmpdir(), 'ispine-frameworks-'));
      let start = Date.now();
      const tarball = process.env.ISPINE_FRAMEWORKS_TARBALL ?? (await packPackage());
      cpSync(tarball, join(WORK, 'ispine-widgets.tgz'));
      timings.pack = since(start);

      // The files, as the clinic's host would serve them: the packed package's dist/, over https.
      execFileSync('tar', ['-xzf', tarball, '-C', WORK]);
      const files = createHttpsServer(
        certificate(),
        filesIn(join(WORK, 'package'), {
          'access-control-allow-origin': '*',
          'x-content-type-options': 'nosniff',
        }),
      );
      files.on('request', (request) => fileHosts.add(request.headers.host));
      const filesPort = await listen(files);
      servers.push(files);

      // Each app installs, type-checks, builds and starts on its own; the apps run side by side.
      start = Date.now();
      await Promise.all(
        Object.entries(APPS).map(async ([name, app]) => {
          const begun = Date.now();
          const dir = await installApp(name);
          timings[`${name} npm ci`] = since(begun);
          const env = { ...NPM, [app.env]: `https://${APP_FILES_HOST}/dist/` };
          const checked = Date.now();
          if (app.typecheckAfterBuild) {
            await sh('npm', ['run', 'build'], dir, env);
            await sh('npm', ['run', 'typecheck'], dir, env);
          } else {
            await Promise.all([
              sh('npm', ['run', 'typecheck'], dir, env),
              sh('npm', ['run', 'build'], dir, env),
            ]);
          }
          timings[`${name} type-check and build`] = since(checked);
          rejected[name] = await typecheckMisuse(dir, app.misuse, env);
          if (app.static) {
            const server = createHttpServer(filesIn(join(dir, app.static)));
            servers.push(server);
            pages[name] = `http://127.0.0.1:${await listen(server)}/`;
          } else {
            const port = await freePort();
            const child = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
              cwd: dir,
              env,
              stdio: 'ignore',
              detached: true,
            });
            children.push(child);
            pages[name] = `http://127.0.0.1:${port}/`;
            await answers(pages[name]);
          }
        }),
      );
      timings.apps = since(start);

      browser = await puppeteer.launch({
        executablePath: chromium.path,
        acceptInsecureCerts: true,
        protocolTimeout: 30_000,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          `--host-resolver-rules=MAP ${PACKAGE_HOST} 127.0.0.1:${filesPort}, MAP ${APP_FILES_HOST} 127.0.0.1:${filesPort}`,
          '--ignore-certificate-errors',
        ],
      });
    });

    after(async () => {
      console.log(`frameworks test timings: ${JSON.stringify(timings)}`);
      await browser?.close();
      for (const server of servers) server.close();
      for (const child of children) {
        try {
          process.kill(-child.pid);
        } catch {
          // Already gone.
        }
      }
      if (WORK) rmSync(WORK, { recursive: true, force: true });
    });

    for (const name of Object.keys(APPS)) {
      it(`${name}: the call reaches the app, 55369 sorts the clinics, the checker gets a result, the console is empty`, async () => {
        const start = Date.now();
        const page = await browser.newPage();
        const consoleMessages = [];
        page.on('console', (message) => {
          // The browser's own favicon request, not the page's (the apps have no icon).
          if (message.location()?.url?.endsWith('/favicon.ico')) return;
          consoleMessages.push(`${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => consoleMessages.push(`uncaught: ${error.message}`));
        page.on('requestfailed', (request) => consoleMessages.push(`failed: ${request.url()}`));
        // A test browser has no phone: the call link's tel: navigation is stopped once the widgets
        // and the app have seen the click (left to run, it leaves the page's input stuck).
        await page.evaluateOnNewDocument(() =>
          document.addEventListener('click', (event) => {
            if (event.composedPath()[0]?.closest?.('a[href^="tel:"]')) event.preventDefault();
          }),
        );
        try {
          await page.goto(pages[name], { waitUntil: 'load' });
          await rendered(page);

          // The first click on the call button reaches the app's handler (hydration included).
          const call = await page.waitForSelector('ispine-call-book-button >>> [part~="call"]');
          await call.click();
          await page.waitForFunction(() => document.querySelector('#calls')?.textContent === '1', {
            timeout: 5_000,
          });

          const rows = await sortByZip(page, '55369');
          assert.match(rows[0].text, /Maple Grove/);

          const result = await checkerResult(page);
          assert.match(result, /result/);
          assert.deepEqual([...fileHosts], [APP_FILES_HOST], 'the files come from setBaseUrl()');

          assert.deepEqual(consoleMessages, []);
        } catch (error) {
          error.message += `\nthe page's console:\n${consoleMessages.join('\n')}`;
          throw error;
        } finally {
          await page.close();
          timings[`${name} in Chromium`] = since(start);
        }
      });
    }

    for (const [name, app] of Object.entries(APPS)) {
      it(`${name}: the type-check rejects a value the element does not take`, () => {
        const [, , misuse] = app.misuse;
        const value = /"([^"]+)"/.exec(misuse)[1];
        assert.match(rejected[name], new RegExp(`'"${value}"' is not assignable`));
      });
    }

    it('installs the apps from lockfiles that pin no tarball (npm ci takes the one just packed)', () => {
      for (const name of readdirSync(join(ROOT, 'examples'), { withFileTypes: true })) {
        if (!name.isDirectory()) continue;
        const lock = JSON.parse(
          readFileSync(join(ROOT, 'examples', name.name, 'package-lock.json'), 'utf8'),
        );
        const entry = lock.packages['node_modules/ispine-widgets'];
        assert.equal(entry.resolved, 'file:../ispine-widgets.tgz', name.name);
        assert.equal(entry.integrity, undefined, `${name.name}: remove the tarball's integrity`);
      }
    });
  },
);
