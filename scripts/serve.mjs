// Serves the project folder on localhost. `npm start` runs it as a partner would see the widgets:
// the demo pages on one origin (http://127.0.0.1:8000) and the built files, as the clinic's host
// would serve them, on another (http://127.0.0.1:8001, the local default of ISPINE_BASE_URL).
// Usage: node scripts/serve.mjs [--port 8000]  (the files are then served on port + 1).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

/** The file under ROOT for a URL path, or undefined when the path leaves ROOT. */
export function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(ROOT, `.${decoded}`);
  if (path !== ROOT && !path.startsWith(ROOT + sep)) return undefined;
  if (path.split(sep).includes('node_modules')) return undefined;
  return path;
}

/**
 * Starts a server; resolves with its base URL. `handle(request, response)` may answer a request
 * first (return true), as the tests do for pages they write.
 */
export function serve(port = 8000, host = '127.0.0.1', handle = () => false) {
  const server = createServer((request, response) => {
    if (handle(request, response)) return;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = fileFor(pathname);
    try {
      if (!file) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // Like the clinic's host: the ZIP data and config files may be fetched from partner pages.
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveUrl) =>
    server.listen(port, host, () =>
      resolveUrl({ url: `http://${host}:${server.address().port}`, server }),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000));
  const files = await serve(port + 1);
  const { url } = await serve(port);
  console.log(`\nDemo (a partner's site): ${url}/demo/`);
  console.log(`Widget files (the clinic's host): ${files.url}/dist/`);
  if (port !== 8000) {
    console.log('The demo pages load the widgets from port 8001: serve on the default port.');
  }
  console.log('(Ctrl+C to stop)');
}
