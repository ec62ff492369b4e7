// `npm run check-host` against a host that follows the hosting kit, and against hosts that get it
// wrong the way real static hosts do: each failure named with its file. The host is a stand-in
// configured by the kit's own dist/_headers (test/helpers/kit-hosts.mjs). Needs `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { checkHost as checkHostIn } from '../../scripts/check-host.mjs';
import { sha384 } from '../../scripts/hosting-kit.mjs';
import { kitHost } from '../helpers/kit-hosts.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const BASE_PATH = new URL(JSON.parse(readFileSync(join(DIST, 'embed.json'), 'utf8')).baseUrl)
  .pathname;

/** A folder with dist/'s files and a partner's configuration under config/. */
function hostFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'ispine-host-'));
  cpSync(DIST, folder, { recursive: true });
  mkdirSync(join(folder, 'config'));
  cpSync(join(ROOT, 'test/fixtures/partner-config.json'), join(folder, 'config/partner.json'));
  return folder;
}

/**
 * Serves dist/ (and config/partner.json) under the kit's base path with the kit's headers;
 * `spoil(file, headers)` may change a file's headers first, as a misconfigured host would, or
 * return false for a 404; `body(file, bytes)` may change its bytes.
 */
function kitServer(spoil, body) {
  return kitHost('netlify', { kit: DIST, folder: hostFolder(), basePath: BASE_PATH, spoil, body });
}

/**
 * Runs `npm run check-host -- <url> --config partner.json` as a release manager would;
 * resolves with code and output.
 */
async function checkHost({ url }) {
  try {
    const { stdout } = await promisify(execFile)(
      'node',
      ['scripts/check-host.mjs', url, '--config', 'partner.json'],
      { cwd: ROOT },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.code, output: error.stdout };
  }
}

const failures = (output) => output.split('\n').filter((line) => line.startsWith('FAIL  '));

describe('npm run check-host', () => {
  const servers = [];
  const start = async (spoil, body) => {
    const host = await kitServer(spoil, body);
    servers.push(host.server);
    return host;
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
      'ispine-search.js',
      'ispine-config.js',
      'releases.json',
      'hashes.json',
    ]) {
      const name = file.replaceAll('.', '\\.');
      assert.match(good.output, new RegExp(`PASS  ${name}  Content-Type`));
      assert.match(good.output, new RegExp(`PASS  ${name}  X-Content-Type-Options: nosniff`));
      assert.match(good.output, new RegExp(`PASS  ${name}  bytes equal this build`));
    }
    assert.match(
      good.output,
      /PASS {2}ispine-widgets-[^ ]+\.js {2}integrity equals release [^ ]+ \(dist\/releases\.json\)/,
    );
    assert.match(
      good.output,
      /PASS {2}checker-frame\.html {2}Content-Security-Policy frame-ancestors: \*/,
    );
    assert.match(good.output, /PASS {2}checker-frame\.html {2}Referrer-Policy: no-referrer/);
    assert.match(good.output, /PASS {2}config\/partner\.json {2}Access-Control-Allow-Origin: \*/);
    assert.match(good.output, /PASS {2}config\/partner\.json {2}Cache-Control: .*max-age=300/);
  });

  it('accepts application/javascript, the other JavaScript type browsers take', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file.endsWith('.js')) headers['Content-Type'] = 'application/javascript';
      }),
    );
    assert.equal(result.code, 0, result.output);
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

  it('fails a config file served without CORS, naming it', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file.startsWith('config/')) delete headers['Access-Control-Allow-Origin'];
      }),
    );
    assert.equal(result.code, 1);
    assert.deepEqual(failures(result.output), [
      'FAIL  config/partner.json  Access-Control-Allow-Origin: (none) (expected *: partner pages load this file)',
    ]);
  });

  it('fails a file served without nosniff, naming it', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file === 'checker-frame.js') delete headers['X-Content-Type-Options'];
      }),
    );
    assert.equal(result.code, 1);
    assert.deepEqual(failures(result.output), [
      'FAIL  checker-frame.js  X-Content-Type-Options: (none) (expected nosniff)',
    ]);
  });

  it('fails a frame page served without its Referrer-Policy', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (file === 'checker-frame.html') delete headers['Referrer-Policy'];
      }),
    );
    assert.deepEqual(failures(result.output), [
      'FAIL  checker-frame.html  Referrer-Policy: (none) (expected no-referrer)',
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

  it('fails a versioned script cached briefly, or a config file cached for ever', async () => {
    const result = await checkHost(
      await start((file, headers) => {
        if (/^ispine-widgets-/.test(file)) headers['Cache-Control'] = 'no-cache';
        if (file.startsWith('config/')) headers['Cache-Control'] = 'public, max-age=86400';
      }),
    );
    const lines = failures(result.output);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(
      lines[0],
      /^FAIL {2}ispine-widgets-[^ ]+\.js {2}Cache-Control: no-cache \(expected long and immutable/,
    );
    assert.match(
      lines[1],
      /^FAIL {2}config\/partner\.json {2}Cache-Control: public, max-age=86400 \(expected short/,
    );
  });

  for (const file of [
    'ispine-widgets.js',
    'checker-frame.js',
    'ispine-zips.bin',
    'reserve-space.css',
  ]) {
    it(`fails a host whose ${file} is not the file this build made, naming it`, async () => {
      const result = await checkHost(
        await start(undefined, (served, bytes) =>
          served === file ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes,
        ),
      );
      assert.equal(result.code, 1);
      const lines = failures(result.output);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(
        lines[0],
        new RegExp(`^FAIL  ${file.replaceAll('.', '\\.')}  bytes differ from this build: sha384-`),
      );
    });
  }

  it('fails a host whose versioned script is not the released file', async () => {
    const result = await checkHost(
      await start(undefined, (file, bytes) =>
        /^ispine-widgets-.+\.js$/.test(file) ? Buffer.from('console.log("tampered")') : bytes,
      ),
    );
    assert.equal(result.code, 1);
    const lines = failures(result.output).join('\n');
    assert.match(lines, /ispine-widgets-.+\.js {2}bytes differ from this build/);
    assert.match(
      lines,
      /ispine-widgets-.+\.js {2}integrity sha384-.+ differs from release .+ pinned/,
    );
  });

  for (const file of ['ispine-zips.bin', 'checker-frame.js', 'ispine-config.js', 'releases.json']) {
    it(`names a missing ${file}`, async () => {
      const result = await checkHost(await start((served) => served !== file));
      assert.equal(result.code, 1);
      assert.deepEqual(failures(result.output), [`FAIL  ${file}  HTTP 404 (expected 200)`]);
    });
  }
});

describe('check-host and the releases list', () => {
  /** A copy of dist/ whose releases list also holds an earlier version, 0.0.9. */
  function distWithEarlierRelease(earlier) {
    const dist = mkdtempSync(join(tmpdir(), 'ispine-dist-'));
    cpSync(DIST, dist, { recursive: true });
    const list = JSON.parse(readFileSync(join(dist, 'releases.json'), 'utf8'));
    list.releases.unshift({ version: '0.0.9', integrity: sha384(earlier) });
    writeFileSync(join(dist, 'releases.json'), JSON.stringify(list));
    // The build's hash list names the list as the build wrote it.
    const hashes = JSON.parse(readFileSync(join(dist, 'hashes.json'), 'utf8'));
    hashes.files['releases.json'] = sha384(readFileSync(join(dist, 'releases.json')));
    writeFileSync(join(dist, 'hashes.json'), JSON.stringify(hashes));
    return dist;
  }

  const earlier = Buffer.from('/* ispine-widgets 0.0.9 */\n');
  const servers = [];
  after(() => servers.forEach((server) => server.close()));

  async function check(withEarlier) {
    const dist = distWithEarlierRelease(earlier);
    const folder = hostFolder();
    cpSync(dist, folder, { recursive: true });
    if (withEarlier) writeFileSync(join(folder, 'ispine-widgets-0.0.9.js'), withEarlier);
    const host = await kitHost('netlify', { kit: dist, folder, basePath: BASE_PATH });
    servers.push(host.server);
    return (await checkHostIn(host.url, { dist })).filter(
      ({ file }) => file === 'ispine-widgets-0.0.9.js',
    );
  }

  it('checks every version on the list: served, immutable, with CORS and its hash', async () => {
    const results = await check(earlier);
    assert.ok(
      results.every(({ ok }) => ok),
      JSON.stringify(results),
    );
    const what = results.map((result) => result.what).join('\n');
    assert.match(what, /Access-Control-Allow-Origin: \*/);
    assert.match(what, /Cache-Control: public, max-age=31536000, immutable/);
    assert.match(what, /integrity equals release 0\.0\.9/);
  });

  it('fails, naming it, an earlier version removed from the host or changed', async () => {
    assert.deepEqual(
      (await check(undefined)).map(({ ok, what }) => [ok, what]),
      [[false, 'HTTP 404 (expected 200)']],
    );
    const changed = (await check(Buffer.from('changed'))).filter(({ ok }) => !ok);
    assert.equal(changed.length, 1);
    assert.match(changed[0].what, /differs from release 0\.0\.9's/);
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
      const frameUrl = `${host.url}checker-frame.html`;
      const partner = createServer((request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<!doctype html><title>Partner</title><iframe src="${frameUrl}"></iframe>`),
      );
      await new Promise((done) => partner.listen(0, 'localhost', done));
      servers.push(host.server, partner);
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
