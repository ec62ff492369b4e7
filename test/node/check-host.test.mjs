// `npm run check-host` against a host that follows the hosting kit, and against hosts that get it
// wrong the way real static hosts do. The host is a small local server that serves dist/ with
// the headers read from the kit's own dist/_headers. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** dist/_headers as `{ '/dist/file': { 'Header-Name': value } }`. */
function readHeadersFile() {
  const rules = {};
  let path;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) rules[(path = line.trim())] = {};
    else if (path && /^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(':');
      rules[path][name] = value.join(':').trim();
    }
  }
  return rules;
}

/**
 * Serves dist/ under the kit's base path with the kit's headers; `spoil(file, headers)` may
 * change a file's headers first, as a misconfigured host would, or return false for a 404.
 */
function kitServer(spoil = () => true) {
  const rules = readHeadersFile();
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://host').pathname;
    const headers = rules[path];
    if (!headers) return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    const file = path.split('/').pop();
    const served = { ...headers };
    if (spoil(file, served) === false) return response.writeHead(404).end();
    response.writeHead(200, served).end(readFileSync(join(DIST, file)));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Runs `npm run check-host -- <url>` as a release manager would; resolves with code and output. */
async function checkHost(server) {
  const basePath = Object.keys(readHeadersFile())[0].replace(/[^/]+$/, '');
  const url = `http://127.0.0.1:${server.address().port}${basePath}`;
  try {
    const { stdout } = await promisify(execFile)('node', ['scripts/check-host.mjs', url], {
      cwd: ROOT,
    });
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.code, output: error.stdout };
  }
}

const failures = (output) => output.split('\n').filter((line) => line.startsWith('FAIL  '));

describe('npm run check-host', () => {
  const servers = [];
  const start = async (spoil) => {
    const server = await kitServer(spoil);
    servers.push(server);
    return server;
  };
  after(() => servers.forEach((server) => server.close()));

  let good;
  before(async () => {
    good = await checkHost(await start());
  });

  it('passes a host that serves the kit headers, checking every built file', () => {
    assert.equal(good.code, 0, good.output);
    assert.deepEqual(failures(good.output), []);
    for (const file of [
      'ispine-widgets.js',
      'checker-frame.html',
      'checker-frame.js',
      'ispine-zips.bin',
    ]) {
      assert.match(good.output, new RegExp(`PASS  ${file.replace('.', '\\.')}  Content-Type`));
    }
    assert.match(
      good.output,
      /PASS {2}ispine-widgets-[^ ]+\.js {2}integrity equals dist\/embed\.json/,
    );
    assert.match(
      good.output,
      /PASS {2}checker-frame\.html {2}Content-Security-Policy frame-ancestors: \*/,
    );
  });

  it('fails a host that serves the frame page as text/plain, naming file and header', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file === 'checker-frame.html') headers['Content-Type'] = 'text/plain';
      }),
    );
    assert.equal(result.code, 1);
    assert.deepEqual(failures(result.output), [
      'FAIL  checker-frame.html  Content-Type: text/plain (expected text/html)',
    ]);
  });

  it('fails a host that serves the ZIP data without CORS, naming file and header', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file === 'ispine-zips.bin') delete headers['Access-Control-Allow-Origin'];
      }),
    );
    assert.equal(result.code, 1);
    assert.deepEqual(failures(result.output), [
      'FAIL  ispine-zips.bin  Access-Control-Allow-Origin: (none) (expected *: partner pages load this file)',
    ]);
  });

  it('fails a host that forbids framing or caches the moving files for ever', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file === 'checker-frame.html') {
          headers['X-Frame-Options'] = 'SAMEORIGIN';
          delete headers['Content-Security-Policy'];
        }
        if (file === 'ispine-widgets.js')
          headers['Cache-Control'] = 'public, max-age=31536000, immutable';
      }),
    );
    assert.equal(result.code, 1);
    const lines = failures(result.output).join('\n');
    assert.match(lines, /checker-frame\.html {2}X-Frame-Options: SAMEORIGIN/);
    assert.match(lines, /checker-frame\.html {2}Content-Security-Policy frame-ancestors: \(none\)/);
    assert.match(lines, /ispine-widgets\.js {2}Cache-Control: .*immutable \(expected short/);
  });

  it('fails a host whose versioned script is not the file this build hashed', async () => {
    const rules = readHeadersFile();
    const versioned = Object.keys(rules).find((path) => /ispine-widgets-.+\.js$/.test(path));
    const server = createServer((request, response) => {
      const path = new URL(request.url, 'http://host').pathname;
      if (!rules[path]) return response.writeHead(404).end();
      const body =
        path === versioned
          ? 'console.log("tampered")'
          : readFileSync(join(DIST, path.split('/').pop()));
      response.writeHead(200, rules[path]).end(body);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    servers.push(server);
    const result = await checkHost(server);
    assert.equal(result.code, 1);
    assert.match(
      failures(result.output).join('\n'),
      /ispine-widgets-.+\.js {2}integrity sha384-.+ differs from dist\/embed\.json/,
    );
  });

  it('names a missing file', async () => {
    const result = await checkHost(await start((file) => file !== 'ispine-zips.bin'));
    assert.equal(result.code, 1);
    assert.deepEqual(failures(result.output), ['FAIL  ispine-zips.bin  HTTP 404 (expected 200)']);
  });
});

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

describe(
  'the kit headers in a real browser',
  { skip: !existsSync(CHROMIUM) && 'no Chromium' },
  () => {
    let browser;
    const servers = [];
    before(async () => {
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
    });
    after(async () => {
      await browser?.close();
      servers.forEach((server) => server.close());
    });

    /**
     * Whether the checker page, served by a host with `spoil`ed kit headers, renders a widget in
     * an iframe on a partner page of another origin (localhost vs 127.0.0.1, other ports).
     */
    async function framedOnPartnerPage(spoil) {
      const host = await kitServer(spoil);
      const basePath = Object.keys(readHeadersFile())[0].replace(/[^/]+$/, '');
      const frameUrl = `http://127.0.0.1:${host.address().port}${basePath}checker-frame.html`;
      const partner = createServer((request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<!doctype html><title>Partner</title><iframe src="${frameUrl}"></iframe>`),
      );
      await new Promise((done) => partner.listen(0, 'localhost', done));
      servers.push(host, partner);
      const page = await browser.newPage();
      try {
        await page.goto(`http://localhost:${partner.address().port}/`, { waitUntil: 'load' });
        const frame = page.frames().find((candidate) => candidate.url() === frameUrl);
        if (!frame) return false;
        return await frame
          .waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.shadowRoot), {
            timeout: 3000,
          })
          .then(() => true)
          .catch(() => false);
      } finally {
        await page.close();
      }
    }

    it('let a partner page on another origin show the checker page in a frame', async () => {
      assert.equal(await framedOnPartnerPage(), true);
    });

    it('does not frame it with X-Frame-Options (and no frame-ancestors) or as text/plain', async () => {
      const spoilFrame = (change) => (file, headers) => {
        if (file === 'checker-frame.html') change(headers);
      };
      assert.equal(
        // A host that adds X-Frame-Options and drops the kit's CSP (with frame-ancestors
        // present, browsers ignore X-Frame-Options; check-host fails both anyway).
        await framedOnPartnerPage(
          spoilFrame((headers) => {
            headers['X-Frame-Options'] = 'DENY';
            delete headers['Content-Security-Policy'];
          }),
        ),
        false,
      );
      assert.equal(
        await framedOnPartnerPage(
          spoilFrame((headers) => (headers['Content-Type'] = 'text/plain')),
        ),
        false,
      );
    });
  },
);
