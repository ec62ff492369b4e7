// scripts/serve.mjs serves the project folder and nothing outside it.
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileFor, serve } from '../../scripts/serve.mjs';

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
