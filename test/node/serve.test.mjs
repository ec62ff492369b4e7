// scripts/serve.mjs serves the project folder and nothing outside it.
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildBaseUrl, fileFor, serve } from '../../scripts/serve.mjs';

let server;
let url;
before(async () => ({ server, url } = await serve(0)));
after(() => server.close());

const status = async (path) => (await fetch(`${url}${path}`)).status;

test('serves the project files', async () => {
  assert.equal(await status('/package.json'), 200);
});

test('answers 404 to paths that escape the project folder', async () => {
  // A sibling folder named like the root plus more letters: a plain prefix check lets it through.
  const sibling = `/%2F..%2F${basename(join(import.meta.dirname, '../..'))}-evil/x`;
  assert.equal(fileFor(sibling), undefined);
  assert.equal(await status(sibling), 404);
  assert.equal(await status('/..%2F..%2Fetc%2Fpasswd'), 404);
  assert.equal(await status('/%2e%2e/%2e%2e/etc/passwd'), 404);
  assert.equal(await status('/node_modules/lit/package.json'), 404);
  assert.equal(fileFor('/%E0%A4%A'), undefined);
});

test('npm start takes PORT, says which ports, and the demo loads the widgets from the next one', async () => {
  const { spawn } = await import('node:child_process');
  // In the block of ports this checkout's tests use (ISPINE_WTR_PORT and the 99 after it).
  const port = Number(process.env.ISPINE_WTR_PORT ?? 8000) + 80;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, PORT: String(port) },
  });
  try {
    let output = '';
    await new Promise((done, fail) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Ctrl+C')) done();
      });
      child.on('exit', () => fail(new Error(output)));
    });
    assert.match(output, new RegExp(`http://127\\.0\\.0\\.1:${port}/demo/`));
    assert.match(output, new RegExp(`http://127\\.0\\.0\\.1:${port + 1}/dist/`));
    const demo = await (await fetch(`http://127.0.0.1:${port}/demo/`)).text();
    assert.match(
      demo,
      new RegExp(`src="http://127\\.0\\.0\\.1:${port + 1}/dist/ispine-widgets\\.js"`),
    );
    assert.doesNotMatch(demo, /127\.0\.0\.1:8001/);
  } finally {
    child.kill();
  }
});

test('npm start builds for the files origin it serves, unless ISPINE_BASE_URL is set', () => {
  assert.equal(buildBaseUrl(9000, {}), 'http://127.0.0.1:9001/dist/');
  assert.equal(
    buildBaseUrl(9000, { ISPINE_BASE_URL: 'https://widgets.example.org/' }),
    'https://widgets.example.org/',
  );
});

test('npm start sends text and the ZIP data compressed, as a web host does; tests get them as they are', async () => {
  const { readFileSync } = await import('node:fs');
  const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
  const { get } = await import('node:http');
  const project = join(import.meta.dirname, '../..');
  const { server: compressing, url: host } = await serve(0, '127.0.0.1', undefined, {
    compress: true,
  });
  const raw = (base, path, encoding) =>
    new Promise((done, fail) =>
      get(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail),
    );
  try {
    const file = readFileSync(join(project, 'package.json'));
    const br = await raw(host, '/package.json', 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.ok(br.body.length < file.length);
    assert.deepEqual(brotliDecompressSync(br.body), file);
    const gzip = await raw(host, '/package.json', 'gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), file);
    const identity = await raw(host, '/package.json', 'identity');
    assert.equal(identity.headers['content-encoding'], undefined);
    assert.deepEqual(identity.body, file);
    const plain = await raw(url, '/package.json', 'br');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, file);
  } finally {
    compressing.close();
  }
});
