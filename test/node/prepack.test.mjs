// Publishing cannot ship a local build: `npm pack` (and so `npm publish`) refuses a build whose
// base URL is a loopback address or missing, and says how to build for the clinic's host.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { isLoopback, packProblem } from '../../scripts/prepack.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** A dist folder whose embed.json names `baseUrl` (or none). */
function distFor(baseUrl) {
  const dist = mkdtempSync(join(tmpdir(), 'ispine-prepack-'));
  mkdirSync(dist, { recursive: true });
  if (baseUrl !== undefined) {
    writeFileSync(join(dist, 'embed.json'), JSON.stringify({ version: '1.0.0', baseUrl }));
  }
  return dist;
}

describe('prepack', () => {
  it('knows the loopback addresses', () => {
    for (const host of [
      'localhost',
      'app.localhost',
      '127.0.0.1',
      '127.8.0.2',
      '[::1]',
      '0.0.0.0',
    ]) {
      assert.equal(isLoopback(host), true, host);
    }
    for (const host of ['widgets.example.org', '10.0.0.1', '128.0.0.1', 'localhost.example.org']) {
      assert.equal(isLoopback(host), false, host);
    }
  });

  it('refuses a local build, a build with no base URL and no build, naming the fix', () => {
    for (const dist of [
      distFor('http://127.0.0.1:8001/dist/'),
      distFor('http://localhost:9000/dist/'),
      distFor(''),
      distFor(undefined),
    ]) {
      assert.match(packProblem(dist) ?? '', /ISPINE_BASE_URL=https:\/\/.* npm run build/);
    }
  });

  it("accepts a build for the clinic's host", () => {
    assert.equal(packProblem(distFor('https://widgets.example.org/ispine/')), undefined);
  });

  it('stops npm pack on this working copy when its build is local', (t) => {
    if (!packProblem(join(ROOT, 'dist'))?.includes('local address')) {
      t.skip('this working copy holds a build for a real host');
      return;
    }
    let error;
    try {
      execFileSync('npm', ['pack', '--dry-run'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (caught) {
      error = caught;
    }
    assert.ok(error, 'npm pack went ahead');
    assert.match(error.stderr, /prepack: refusing to pack ispine-widgets: .*local address/);
  });
});
