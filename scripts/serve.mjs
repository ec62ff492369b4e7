// Serves the project folder on localhost. `npm start` runs it as a partner would see the widgets:
// the demo pages on one origin (http://127.0.0.1:8000) and the built files, as the clinic's host
// would serve them, on another (http://127.0.0.1:8001, the local default of ISPINE_BASE_URL).
// Usage: node scripts/serve.mjs [--port 8000] [--build]  (or PORT=8000; the files are then
// served on port + 1, and the demo pages load the widgets from there). `npm start` passes
// --build: it builds first, with ISPINE_BASE_URL set to that files origin unless already set.
// It compresses what it serves (brotli, else gzip) as a partner's and the clinic's hosts do, so a
// page loads as it would online (Lighthouse's slow 4G counts the bytes); the tests' and the
// bench's servers send the files as they are.
import { execFileSync } from 'node:child_process';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
};

/** The file under `root` for a URL path, or undefined when the path leaves `root`. */
export function fileFor(pathname, root = ROOT) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (path.split(sep).includes('node_modules')) return undefined;
  return path;
}

/** What hosts compress: text, and the ZIP data (its budget is its brotli size). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.map', '.css', '.svg', '.bin']);

/** The encoding a request accepts that we send: brotli first, as CDNs do, then gzip. */
function encodingFor(request) {
  const accepted = String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase());
  return ['br', 'gzip'].find((encoding) => accepted.includes(encoding));
}

/** Compressed files, made once per file version (brotli at quality 11 takes a moment). */
const compressed = new Map();

function compressedFile(file, encoding, { mtimeMs, size }) {
  const key = `${encoding} ${file}`;
  const cached = compressed.get(key);
  if (cached?.mtimeMs === mtimeMs && cached.size === size) return cached.body;
  const bytes = readFileSync(file);
  const body =
    encoding === 'br'
      ? brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
      : gzipSync(bytes, { level: 9 });
  compressed.set(key, { mtimeMs, size, body });
  return body;
}

/**
 * A request listener serving the files under `root` (a folder's `index.html` for the folder),
 * with `headers` besides the content type; 404 for anything else. With `compress`, text and the
 * ZIP data go brotli- or gzip-encoded to a browser that accepts it, as a web host sends them.
 */
export function filesIn(root, headers = {}, { compress = false } = {}) {
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(pathname, root);
    let stat;
    try {
      if (!file) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      stat = statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
    const encoding = compress && COMPRESSIBLE.has(extname(file)) && encodingFor(request);
    if (encoding) {
      const body = compressedFile(file, encoding, stat);
      response
        .writeHead(200, { ...type, 'content-encoding': encoding, vary: 'accept-encoding' })
        .end(body);
      return;
    }
    response.writeHead(200, type);
    createReadStream(file).pipe(response);
  };
}

/**
 * Starts a server; resolves with its base URL. `handle(request, response)` may answer a request
 * first (return true), as the tests do for pages they write; `compress` as in {@link filesIn}.
 */
export function serve(port = 8000, host = '127.0.0.1', handle = () => false, { compress } = {}) {
  const files = filesIn(
    ROOT,
    {
      'cache-control': 'no-cache',
      // Like the clinic's host: the ZIP data and config files may be fetched from partner pages.
      'access-control-allow-origin': '*',
    },
    { compress },
  );
  const server = createServer((request, response) => {
    if (handle(request, response)) return;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    files(request, response);
  });
  return new Promise((resolveUrl) =>
    server.listen(port, host, () =>
      resolveUrl({ url: `http://${host}:${server.address().port}`, server }),
    ),
  );
}

/** The base URL `npm start` builds with: ISPINE_BASE_URL when set, else its own files origin. */
export const buildBaseUrl = (port, env) =>
  env.ISPINE_BASE_URL ?? `http://127.0.0.1:${port + 1}/dist/`;

/** The files origin the demo pages name (`npm start`'s default). */
const DEMO_FILES_ORIGIN = 'http://127.0.0.1:8001';

/**
 * A request handler that serves the project's HTML pages with `filesOrigin` in place of the
 * default files origin, so the demo loads the widgets from wherever they are served.
 */
export function pagesLoadingFrom(filesOrigin) {
  return (request, response) => {
    if (filesOrigin === DEMO_FILES_ORIGIN) return false;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file?.endsWith('.html')) return false;
    let page;
    try {
      page = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
    response.end(page.replaceAll(DEMO_FILES_ORIGIN, filesOrigin));
    return true;
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000));
  if (!Number.isInteger(port) || port < 1 || port > 65534) {
    console.error(
      `serve: PORT=${process.env.PORT ?? process.argv[portArg + 1]} is not a port (1-65534).`,
    );
    process.exit(1);
  }
  const filesOrigin = `http://127.0.0.1:${port + 1}`;
  if (process.argv.includes('--build')) {
    const env = { ...process.env, ISPINE_BASE_URL: buildBaseUrl(port, process.env) };
    if (env.ISPINE_BASE_URL !== `${filesOrigin}/dist/`) {
      console.log(
        `ISPINE_BASE_URL=${env.ISPINE_BASE_URL} is kept for the build; the demo pages still load the drop-in from ${filesOrigin}/dist/.`,
      );
    }
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env, stdio: 'inherit' });
  }
  const files = await serve(port + 1, '127.0.0.1', undefined, { compress: true });
  const { url } = await serve(port, '127.0.0.1', pagesLoadingFrom(filesOrigin), {
    compress: true,
  });
  console.log(`\nDemo (a partner's site): ${url}/demo/  (port ${port}, from PORT or --port)`);
  console.log(`Widget files (the clinic's host): ${files.url}/dist/  (port ${port + 1})`);
  console.log('(Ctrl+C to stop)');
}
