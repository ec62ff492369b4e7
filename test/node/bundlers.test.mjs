// A web developer's app: each public element entry bundled by esbuild and by Rollup (tree-shaking
// on, package.json `sideEffects` honoured), served on one origin with the package's files on
// another, and run in Chromium. The checker must get its questions (through its frame, or inline
// for the inline entry), and nothing may warn. `setBaseUrl()` points the widgets at the files,
// before the elements are defined in one run and after in another. In Chromium and Firefox (the
// engines puppeteer drives; ISPINE_BROWSERS narrows them). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { findBrowsers } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The engines puppeteer drives (WebKit it cannot): Chromium, and Firefox over WebDriver BiDi. */
const ENGINES = findBrowsers().filter(({ name }) => name === 'chromium' || name === 'firefox');

/** The element entries, each with the page it needs and what shows that it works. */
const ENTRIES = {
  'ispine-widgets': 'checker-frame',
  'ispine-widgets/symptom-checker': 'checker-frame',
  'ispine-widgets/symptom-checker/inline': 'checker-inline',
  'ispine-widgets/call-book-button': 'button',
  'ispine-widgets/location-picker': 'picker',
};

const BODY = {
  'checker-frame': '<ispine-symptom-checker></ispine-symptom-checker>',
  'checker-inline': '<ispine-symptom-checker></ispine-symptom-checker>',
  button: '<ispine-call-book-button></ispine-call-book-button>',
  picker: '<ispine-location-picker></ispine-location-picker>',
};

/** A consumer project whose node_modules/ispine-widgets is this package (as npm link makes it). */
function consumerProject() {
  const dir = mkdtempSync(join(tmpdir(), 'ispine-bundlers-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules/ispine-widgets'), 'dir');
  return dir;
}

/**
 * The app's code: `setBaseUrl()` from the config entry (it defines nothing), called before the
 * element entry is imported (`first`) or after it defined the elements.
 */
function writeApp(dir, entry, order) {
  writeFileSync(
    join(dir, 'base-url.js'),
    "import { setBaseUrl } from 'ispine-widgets/config';\nsetBaseUrl(window.FILES);\n",
  );
  const lines = [`import '${entry}';`, "import './base-url.js';"];
  writeFileSync(
    join(dir, 'app.js'),
    `${(order === 'first' ? lines.reverse() : lines).join('\n')}\n`,
  );
  return join(dir, 'app.js');
}

const BUNDLERS = {
  async esbuild(input) {
    const result = await esbuild({
      entryPoints: [input],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      treeShaking: true,
    });
    return result.outputFiles[0].text;
  },
  async rollup(input) {
    const bundle = await rollup({
      input,
      plugins: [nodeResolve({ browser: true })],
      treeshake: true,
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return output[0].code;
  },
};

for (const engine of ENGINES)
  describe(
    `the package bundled by esbuild and Rollup, in ${engine.name}`,
    { timeout: 240_000 },
    () => {
      let browser;
      let files;
      let appServer;
      /** What the app server serves at `/` and `/app.js` for the current test. */
      const app = { html: '', js: '' };

      before(async () => {
        browser = await puppeteer.launch(
          engine.name === 'firefox'
            ? { browser: 'firefox', executablePath: engine.path, protocolTimeout: 120_000 }
            : {
                executablePath: engine.path,
                args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
              },
        );
        // The package's files on one origin (with CORS, as the clinic's host), the app on another.
        files = await serve(0, '127.0.0.1');
        appServer = createServer((request, response) => {
          const js = request.url === '/app.js';
          response
            .writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' })
            .end(js ? app.js : app.html);
        });
        await new Promise((done) => appServer.listen(0, 'localhost', done));
      });
      after(async () => {
        await browser?.close();
        files?.server.close();
        appServer?.close();
      });

      /** Loads the app page; resolves with the page and every console warning or error. */
      async function openApp(kind, code) {
        app.js = code;
        app.html = `<!doctype html><html lang="en"><title>App</title><script>window.FILES = ${JSON.stringify(`${files.url}/dist/`)};</script><script type="module" src="/app.js"></script>${BODY[kind]}`;
        const page = await browser.newPage();
        const complaints = [];
        page.on('console', (message) => {
          if (['warn', 'warning', 'error'].includes(message.type()))
            complaints.push(message.text());
        });
        page.on('pageerror', (error) => complaints.push(error.message));
        page.on('requestfailed', (request) => complaints.push(`failed: ${request.url()}`));
        await page.goto(`http://localhost:${appServer.address().port}/`, { waitUntil: 'load' });
        return { page, complaints };
      }

      /** Waits until the element works as `kind` says; resolves with what shows it. */
      async function works(page, kind) {
        const options = { timeout: 15000 };
        if (kind === 'checker-frame') {
          await page.waitForFunction(
            () =>
              document.querySelector('ispine-symptom-checker')?.shadowRoot?.querySelector('iframe'),
            options,
          );
          // The visitor presses Start: a frame in the closed questions box may be left undrawn.
          await page.evaluate(() =>
            document
              .querySelector('ispine-symptom-checker')
              .shadowRoot.querySelector('[part="start"]')
              .click(),
          );
          const frame = await new Promise((done, fail) => {
            const deadline = Date.now() + 15000;
            const look = () => {
              const found = page.frames().find((f) => f.url().includes('/dist/checker-frame.html'));
              if (found) done(found);
              else if (Date.now() > deadline) fail(new Error('no checker frame'));
              else setTimeout(look, 50);
            };
            look();
          });
          const handle = await frame.waitForFunction(
            () =>
              document
                .querySelector('ispine-symptom-checker')
                ?.shadowRoot?.querySelectorAll('[part="option-input"]').length,
            options,
          );
          return { questions: await handle.jsonValue(), frame: frame.url().split('#')[0] };
        }
        const tag = {
          'checker-inline': 'ispine-symptom-checker',
          button: 'ispine-call-book-button',
          picker: 'ispine-location-picker',
        }[kind];
        const selector = {
          'checker-inline': '[part="option-input"]',
          button: 'a[href^="tel:"]',
          picker: 'input',
        }[kind];
        const handle = await page.waitForFunction(
          (tagName, inner) =>
            document.querySelector(tagName)?.shadowRoot?.querySelectorAll(inner).length,
          options,
          tag,
          selector,
        );
        return { found: await handle.jsonValue() };
      }

      for (const [entry, kind] of Object.entries(ENTRIES)) {
        for (const bundler of Object.keys(BUNDLERS)) {
          const order = bundler === 'esbuild' ? 'first' : 'after';
          it(`${entry} bundled by ${bundler} (setBaseUrl ${order === 'first' ? 'before' : 'after'} the elements are defined)`, async () => {
            const dir = consumerProject();
            const code = await BUNDLERS[bundler](writeApp(dir, entry, order));
            const { page, complaints } = await openApp(kind, code);
            try {
              const shown = await works(page, kind);
              if (kind === 'checker-frame') {
                assert.ok(shown.questions > 0, 'the checker shows its first question');
                assert.equal(shown.frame, `${files.url}/dist/checker-frame.html`);
              } else {
                assert.ok(shown.found > 0);
              }
              assert.deepEqual(complaints, []);
            } finally {
              await page.close();
            }
          });
        }
      }

      it('reads no script tag in the ES module index (only the drop-in does)', async () => {
        const dir = consumerProject();
        const code = await BUNDLERS.esbuild(writeApp(dir, 'ispine-widgets', 'first'));
        assert.match(code, /customElements/);
        assert.doesNotMatch(code, /document\.currentScript[^`]/);
      });
    },
  );
