// `ispine-widgets/config` imports without a page (a build script or a server checking a file).
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the config entry loads and validates in plain Node', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const { DEFAULT_CONFIG, configProblems } = await import('../../dist/esm/config/index.js');
  assert.deepEqual(configProblems(DEFAULT_CONFIG), []);
  assert.equal(configProblems({ ...DEFAULT_CONFIG, phone: '763-201-8191' })[0].path, 'phone');
});
