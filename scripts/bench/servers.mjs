// The bench's origins: serve.mjs's static server and proxies in front of it. Each proxy changes
// one thing about what the same pages get, so the pages themselves never change:
//   ours               our drop-in (with --self-test: the self-test's, in its place);
//   late               the drop-in arrives LATE_MS late;
//   floor              the minimal Lit floor is served at the drop-in's URL;
//   litContent         the Lit content floor (our first-render DOM as static Lit templates) is;
//   files              the hosted files (the drop-in, the checker's frame page) on their own
//                      origin, with the bench's instrumentation added to the frame page;
//   partner            the pages on another origin than the files, loading the drop-in from
//                      `files`;
//   partnerLitContent  the same, loading the Lit content floor from `litContent`;
//   plain              with --self-test: `origin` (our drop-in as built, no extra work); with
//                      --against DIR: the build in DIR served in place of `dist/`;
//   plainFiles,        with either: `files` and `partner` for that build, so the same rounds
//   plainPartner       show the slowdown the self-test adds, or what a change bought.
import { createServer, request as httpRequest } from 'node:http';
import { serve } from '../serve.mjs';
import { FLOOR } from './builds.mjs';
import { LIT_CONTENT_FLOOR } from './content-floor.mjs';
import { AGAINST, BENCH_SCRIPT, BUNDLE, FIRST_PORT, LATE_MS, SELF_TEST } from './options.mjs';
import { SELF_TEST_BUNDLE } from './self-test.mjs';

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

/** Starts all origins (on FIRST_PORT and the ports after it when set); resolves with their URLs. */
export async function startServers() {
  const port = (i) => (FIRST_PORT ? FIRST_PORT + i : 0);
  const { url: origin, server } = await serve(port(0));
  const servers = [server];
  const start = async (i, upstream, options) => {
    const s = proxy(upstream, options);
    servers.push(s);
    return listen(s, port(i));
  };
  const ours = await start(1, origin, SELF_TEST ? inPlaceOfBundle(SELF_TEST_BUNDLE) : {});
  const late = await start(2, ours, { delay: (p) => (isBundle(p) ? LATE_MS : 0) });
  const floor = await start(3, origin, inPlaceOfBundle(FLOOR));
  const litContent = await start(4, origin, inPlaceOfBundle(LIT_CONTENT_FLOOR));
  const files = await start(5, ours, { html: instrumentHosted });
  const partner = await start(6, origin, { html: bundleFrom(files) });
  const partnerLitContent = await start(7, origin, { html: bundleFrom(litContent) });
  const compared = SELF_TEST || Boolean(AGAINST);
  const plain = AGAINST
    ? await start(10, origin, {
        path: (p) => (p.startsWith('/dist/') ? `/${AGAINST}/${p.slice('/dist/'.length)}` : p),
      })
    : origin;
  const plainFiles = compared ? await start(8, plain, { html: instrumentHosted }) : null;
  const plainPartner = compared ? await start(9, origin, { html: bundleFrom(plainFiles) }) : null;
  return {
    origin,
    ours,
    late,
    floor,
    litContent,
    files,
    partner,
    partnerLitContent,
    plain: compared ? plain : null,
    plainPartner,
    close: () => Promise.all(servers.map((s) => new Promise((ok) => s.close(ok)))),
  };
}
