// Checks a deployed copy of the files against this build and the hosting kit: every file present
// with its type, CORS where partner pages need it, cache headers, the versioned script's bytes
// equal to dist/embed.json's integrity hash, and the frame page loadable in a frame.
//
// Usage: npm run check-host -- https://widgets.example.org/ispine/   (default: the build's base URL)
// Prints one line per check (PASS / FAIL, naming file and header); exit code 1 on any failure.
import { createHash } from 'node:crypto';
import { IMMUTABLE, headersFor, hostedFiles, readBuild, versionedScript } from './hosting-kit.mjs';

/** The checks for one fetched file: `{ ok, file, what }` each. */
function checkFile(file, response, body, build) {
  const expected = headersFor(file, build);
  const results = [];
  const check = (ok, what) => results.push({ ok, file, what });
  const header = (name) => response.headers.get(name) ?? '';

  check(response.ok, `HTTP ${response.status}${response.ok ? '' : ' (expected 200)'}`);
  if (!response.ok) return results;

  const type = header('content-type');
  const mime = expected['content-type'].split(';')[0];
  check(
    type.split(';')[0].trim().toLowerCase() === mime,
    `Content-Type: ${type || '(none)'}${type.startsWith(mime) ? '' : ` (expected ${mime})`}`,
  );
  if (expected['access-control-allow-origin']) {
    const cors = header('access-control-allow-origin');
    check(
      cors === '*',
      `Access-Control-Allow-Origin: ${cors || '(none)'}${cors === '*' ? '' : ' (expected *: partner pages load this file)'}`,
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
      `Cache-Control: ${cache || '(none)'}${ok ? '' : ' (expected short, at most an hour, not immutable: this file changes with each release)'}`,
    );
  }
  if (file === versionedScript(build.version)) {
    const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    check(
      integrity === build.integrity,
      `integrity ${integrity === build.integrity ? 'equals' : `${integrity} differs from`} dist/embed.json`,
    );
  }
  if (file === 'checker-frame.html') {
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
  return results;
}

/** Fetches every hosted file under `baseUrl`; resolves with all check results. */
export async function checkHost(baseUrl, dist = 'dist') {
  const build = readBuild(dist);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const results = [];
  for (const file of hostedFiles(dist)) {
    try {
      const response = await fetch(new URL(file, base), {
        headers: { origin: 'https://partner.example' },
        signal: AbortSignal.timeout(15000),
      });
      const body = Buffer.from(await response.arrayBuffer());
      results.push(...checkFile(file, response, body, build));
    } catch (error) {
      results.push({
        ok: false,
        file,
        what: `not reachable (${error.cause?.message ?? error.message})`,
      });
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const build = readBuild();
  const baseUrl = process.argv[2] ?? build.baseUrl;
  console.log(`check-host: ${baseUrl} against this build (version ${build.version})\n`);
  if (baseUrl !== build.baseUrl) {
    console.log(
      `note: this build's base URL is ${build.baseUrl}; its pages will load files from there.\n`,
    );
  }
  const results = await checkHost(baseUrl);
  for (const { ok, file, what } of results)
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${file}  ${what}`);
  const failed = results.filter(({ ok }) => !ok).length;
  console.log(
    `\n${failed === 0 ? 'PASS' : 'FAIL'}: ${results.length - failed} of ${results.length} checks passed.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}
