// The bench's origins: serve.mjs's static server and proxies in front of it. Each proxy changes
// one thing about what the same pages get, so the pages themselves never change:
//   late          the drop-in arrives LATE_MS late;
//   floor         the Lit floor is served at the drop-in's URL;
//   content       the content floor (the widgets' first-render DOM, no framework) is, likewise;
//   litContent    the Lit content floor (the same DOM as static Lit templates) is, likewise;
//   files         the hosted files (the drop-in, the checker's frame page) on their own origin,
//                 with the bench's instrumentation added to the frame page;
//   partner       the pages on another origin than the files, loading the drop-in from `files`;
//   partnerFloor  the same, loading the Lit floor from `floor`.
import { createServer, request as httpRequest } from 'node:http';
import { serve } from '../serve.mjs';
import { FLOOR } from './builds.mjs';
import { CONTENT_FLOOR, LIT_CONTENT_FLOOR } from './content-floor.mjs';
import { BENCH_SCRIPT, BUNDLE, FIRST_PORT, LATE_MS } from './options.mjs';

const HOST = '127.0.0.1';
const listen = (server, port) =>
  new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => ok(`http://${HOST}:${server.address().port}`));
  });

/**
 * A proxy to `upstream`. For each request path: `delay(path)` ms before it is forwarded, `path`
 * maps it to another upstream path, and `html(text, path)` rewrites an HTML response.
 */
function proxy(upstream, { delay = () => 0, path = (p) => p, html } = {}) {
  return createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    setTimeout(() => {
      const headers = { ...req.headers, host: new URL(upstream).host };
      delete headers['accept-encoding'];
      const forward = httpRequest(
        `${upstream}${path(pathname)}${search}`,
        { method: req.method, headers },
        (reply) => {
          const type = String(reply.headers['content-type'] ?? '');
          if (!html || !type.startsWith('text/html')) {
            res.writeHead(reply.statusCode ?? 502, reply.headers);
            reply.pipe(res);
            return;
          }
          const chunks = [];
          reply.on('data', (chunk) => chunks.push(chunk));
          reply.on('end', () => {
            const body = Buffer.from(html(Buffer.concat(chunks).toString('utf8'), pathname));
            res.writeHead(reply.statusCode ?? 502, {
              ...reply.headers,
              'content-length': body.length,
            });
            res.end(body);
          });
        },
      );
      forward.on('error', (error) => res.writeHead(502).end(String(error)));
      req.pipe(forward);
    }, delay(pathname));
  });
}

const isBundle = (pathname) => pathname === `/${BUNDLE}`;

/** Proxy options that serve `file` at the drop-in's URL (a floor in its place). */
const inPlaceOfBundle = (file) => ({ path: (p) => (isBundle(p) ? `/${file}` : p) });

/** Points the page's drop-in `<script src>` at `origin` (the same path, another origin). */
const bundleFrom = (origin) => (text) =>
  text.replace(/src="[^"]*\/dist\/ispine-widgets\.js"/g, `src="${origin}/${BUNDLE}"`);

/**
 * Adds the bench's instrumentation to a hosted HTML page (the checker's frame) before its first
 * script, watching the widgets the page holds, with its marks named `frame:*`.
 */
function instrumentHosted(text, pathname) {
  if (!pathname.startsWith('/dist/')) return text;
  const tags = [...new Set(text.match(/<ispine-[a-z-]+/g) ?? [])].map((t) => t.slice(1));
  const script = `<script src="/${BENCH_SCRIPT}" data-expect="${tags.join(' ')}" data-marks="frame"></script>`;
  return text.replace('<script', `${script}\n    <script`);
}

/** Starts all origins (on FIRST_PORT and the seven after it when set); resolves with their URLs. */
export async function startServers() {
  const port = (i) => (FIRST_PORT ? FIRST_PORT + i : 0);
  const { url: origin, server } = await serve(port(0));
  const servers = [server];
  const start = async (i, upstream, options) => {
    const s = proxy(upstream, options);
    servers.push(s);
    return listen(s, port(i));
  };
  const late = await start(1, origin, { delay: (p) => (isBundle(p) ? LATE_MS : 0) });
  const floor = await start(2, origin, inPlaceOfBundle(FLOOR));
  const files = await start(3, origin, { html: instrumentHosted });
  const partner = await start(4, origin, { html: bundleFrom(files) });
  const partnerFloor = await start(5, origin, { html: bundleFrom(floor) });
  const content = await start(6, origin, inPlaceOfBundle(CONTENT_FLOOR));
  const litContent = await start(7, origin, inPlaceOfBundle(LIT_CONTENT_FLOOR));
  return {
    origin,
    late,
    floor,
    content,
    litContent,
    files,
    partner,
    partnerFloor,
    close: () => Promise.all(servers.map((s) => new Promise((ok) => s.close(ok)))),
  };
}
