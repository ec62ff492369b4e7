// Checks a deployed copy of the files against this build and the hosting kit, everything a
// partner page depends on: every hosted file present with the bytes this build made (dist/
// hashes.json), every header the kit sets (type, CORS, cache, nosniff, Referrer-Policy, the frame
// page's frame-ancestors), every released versioned script on dist/releases.json still served,
// immutable and with its published integrity, and any configuration files named with --config
// served from <base>/config/ with CORS and a short cache.
//
// Usage: npm run check-host -- [base URL] [--config partner.json ...]
//   (default base URL: the build's). Prints one line per check (PASS / FAIL, naming file and
//   header); exit code 1 on any failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_FOLDER,
  HASH_LIST,
  IMMUTABLE,
  headersFor,
  hostedFiles,
  readBuild,
  readLists,
  sha384,
  versionedScript,
} from './hosting-kit.mjs';

/** Content types browsers accept for a file type, beyond the one the kit sets. */
const ALSO_ACCEPTED = { 'text/javascript': ['application/javascript'] };

/** The header checks for one fetched file against the kit's `expected` headers. */
function checkHeaders(response, expected, check) {
  const header = (name) => response.headers.get(name) ?? '';

  const type = header('content-type');
  const mime = expected['content-type'].split(';')[0];
  const accepted = [mime, ...(ALSO_ACCEPTED[mime] ?? [])];
  const served = type.split(';')[0].trim().toLowerCase();
  check(
    accepted.includes(served),
    `Content-Type: ${type || '(none)'}${accepted.includes(served) ? '' : ` (expected ${mime})`}`,
  );
  const sniff = header('x-content-type-options');
  check(
    sniff.toLowerCase() === 'nosniff',
    `X-Content-Type-Options: ${sniff || '(none)'}${sniff.toLowerCase() === 'nosniff' ? '' : ' (expected nosniff)'}`,
  );
  if (expected['access-control-allow-origin']) {
    const cors = header('access-control-allow-origin');
    check(
      cors === '*',
      `Access-Control-Allow-Origin: ${cors || '(none)'}${cors === '*' ? '' : ' (expected *: partner pages load this file)'}`,
    );
  }
  if (expected['referrer-policy']) {
    const policy = header('referrer-policy');
    const ok = policy === expected['referrer-policy'];
    check(
      ok,
      `Referrer-Policy: ${policy || '(none)'}${ok ? '' : ` (expected ${expected['referrer-policy']})`}`,
    );
  }
  const cache = header('cache-control');
  if (expected['cache-control'] === IMMUTABLE) {
    check(
      /\bimmutable\b/.test(cache) && /max-age=\d{7,}/.test(cache),
      `Cache-Control: ${cache || '(none)'} (expected long and immutable: ${IMMUTABLE})`,
    );
  } else {
    const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? NaN);
    const ok = !/\bimmutable\b/.test(cache) && (cache.includes('no-cache') || maxAge <= 3600);
    check(
      ok,
      `Cache-Control: ${cache || '(none)'}${ok ? '' : ' (expected short, at most an hour, not immutable: this file changes)'}`,
    );
  }
  if (expected['content-security-policy']) {
    const xfo = header('x-frame-options');
    check(
      !xfo,
      `X-Frame-Options: ${xfo || '(none)'}${xfo ? ' (remove it: the frame must load on partner pages)' : ''}`,
    );
    const ancestors = /frame-ancestors([^;]*)/.exec(header('content-security-policy'))?.[1].trim();
    check(
      ancestors === '*',
      `Content-Security-Policy frame-ancestors: ${ancestors ?? '(none)'}${ancestors === '*' ? '' : ` (expected ${expected['content-security-policy']})`}`,
    );
  }
}

/**
 * Fetches `file` under `base` and runs `checks(response, body, check)`; resolves with the results
 * (`{ ok, file, what }` each), a missing or unreachable file failing once.
 */
async function checkUrl(base, file, checks) {
  const results = [];
  const check = (ok, what) => results.push({ ok, file, what });
  try {
    const response = await fetch(new URL(file, base), {
      headers: { origin: 'https://partner.example' },
      signal: AbortSignal.timeout(15000),
    });
    check(response.ok, `HTTP ${response.status}${response.ok ? '' : ' (expected 200)'}`);
    if (response.ok) checks(response, Buffer.from(await response.arrayBuffer()), check);
  } catch (error) {
    check(false, `not reachable (${error.cause?.message ?? error.message})`);
  }
  return results;
}

/**
 * Checks every hosted file, every release and each config file under `baseUrl`; resolves with
 * all check results. `configs`: file names under <base>/config/.
 */
export async function checkHost(baseUrl, { dist = 'dist', configs = [] } = {}) {
  const build = readBuild(dist);
  const { hashes, releases } = readLists(dist);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const results = [];
  const current = versionedScript(build.version);
  for (const file of hostedFiles(dist)) {
    // The hash list cannot hold its own hash: its bytes are compared with dist's directly.
    const wanted = file === HASH_LIST ? sha384(readFileSync(join(dist, file))) : hashes[file];
    const release = file === current && releases.find(({ version }) => version === build.version);
    results.push(
      ...(await checkUrl(base, file, (response, body, check) => {
        checkHeaders(response, headersFor(file, build), check);
        const got = sha384(body);
        check(
          got === wanted,
          got === wanted
            ? 'bytes equal this build (dist/hashes.json)'
            : `bytes differ from this build: ${got} (expected ${wanted}; deploy this build's file)`,
        );
        if (release) checkRelease(release, got, check);
      })),
    );
  }
  for (const release of releases.filter(({ version }) => version !== build.version)) {
    const file = versionedScript(release.version);
    results.push(
      ...(await checkUrl(base, file, (response, body, check) => {
        checkHeaders(response, headersFor(file, build), check);
        checkRelease(release, sha384(body), check);
      })),
    );
  }
  for (const name of configs) {
    const file = `${CONFIG_FOLDER}${name}`;
    results.push(
      ...(await checkUrl(base, file, (response, body, check) => {
        checkHeaders(response, headersFor(file, build), check);
        let json = true;
        try {
          JSON.parse(body.toString('utf8'));
        } catch {
          json = false;
        }
        check(json, json ? 'is JSON' : 'is not JSON (serve the file the builder exported)');
      })),
    );
  }
  return results;
}

/** A released script must keep the bytes its published integrity hash pins. */
function checkRelease({ version, integrity }, got, check) {
  check(
    got === integrity,
    got === integrity
      ? `integrity equals release ${version} (dist/releases.json)`
      : `integrity ${got} differs from release ${version}'s ${integrity} (dist/releases.json): pages pinned to it refuse it; restore the released file`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const configs = args.flatMap((arg, i) => (args[i - 1] === '--config' ? [arg] : []));
  const positional = args.filter((arg, i) => arg !== '--config' && args[i - 1] !== '--config');
  const build = readBuild();
  const baseUrl = positional[0] ?? build.baseUrl;
  console.log(`check-host: ${baseUrl} against this build (version ${build.version})\n`);
  if (baseUrl !== build.baseUrl) {
    console.log(
      `note: this build's base URL is ${build.baseUrl}; its pages will load files from there.\n`,
    );
  }
  const results = await checkHost(baseUrl, { configs });
  for (const { ok, file, what } of results)
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${file}  ${what}`);
  const failed = results.filter(({ ok }) => !ok).length;
  console.log(
    `\n${failed === 0 ? 'PASS' : 'FAIL'}: ${results.length - failed} of ${results.length} checks passed.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}
