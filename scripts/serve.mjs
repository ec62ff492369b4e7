// Serves the project folder (demo pages and dist/) on localhost and prints the demo URL.
// Usage: node scripts/serve.mjs [--port 8000]. Also used by the benchmark.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Starts the server; resolves with its base URL. */
export function serve(port = 8000, host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    const path = normalize(join(ROOT, decodeURIComponent(pathname)));
    let file = path;
    try {
      if (!path.startsWith(ROOT) || path.includes('node_modules')) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // Like a CDN: the ZIP data and config files may be fetched from partner pages.
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
  const { url } = await serve(port);
  console.log(`\nDemo: ${url}/demo/\n(Ctrl+C to stop)`);
}
