// Three stand-in static hosts, each configured only by one form of the hosting kit, as the real
// ones read it: Netlify / Cloudflare Pages (`_headers`: every rule whose `*` pattern matches
// adds its headers), nginx (`nginx-ispine.conf`: `=` exact, then `^~` prefix, then regex
// locations in order) and S3 + CloudFront (`s3-metadata.json`: object metadata set on upload,
// response headers from the first matching path pattern). A file no rule names is still served,
// with only a default type, as those hosts do. Used by the check-host and release tests.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_TYPES = { js: 'application/javascript', json: 'application/json', html: 'text/html' };
const defaultHeaders = (path) => ({
  'Content-Type': DEFAULT_TYPES[path.split('.').pop()] ?? 'application/octet-stream',
});

const wildcard = (pattern) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);

/** Netlify / Cloudflare Pages: `_headers` blocks; all matching rules apply. */
function netlify(kit) {
  const rules = [];
  for (const line of readFileSync(join(kit, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push({ match: wildcard(line.trim()), headers: {} });
    else if (rules.length && /^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name] = value.join(':').trim();
    }
  }
  return (path) => {
    const matching = rules.filter(({ match }) => match.test(path));
    return matching.length ? Object.assign({}, ...matching.map(({ headers }) => headers)) : null;
  };
}

/** nginx: the kit's `location` blocks, chosen as nginx chooses them. */
function nginx(kit) {
  const blocks = [
    ...readFileSync(join(kit, 'nginx-ispine.conf'), 'utf8').matchAll(
      /^location (=|\^~|~) (?:"([^"]+)"|(\S+)) \{\n([\s\S]*?)\n\}/gm,
    ),
  ].map(([, modifier, quoted, bare, body]) => {
    const headers = { 'Content-Type': /default_type "([^"]+)"/.exec(body)[1] };
    for (const [, name, value] of body.matchAll(/add_header (\S+) "([^"]*)" always;/g)) {
      headers[name] = value;
    }
    return { modifier, target: quoted ?? bare, headers };
  });
  return (path) =>
    (
      blocks.find(({ modifier, target }) => modifier === '=' && target === path) ??
      blocks
        .filter(({ modifier, target }) => modifier === '^~' && path.startsWith(target))
        .sort((a, b) => b.target.length - a.target.length)[0] ??
      blocks.find(({ modifier, target }) => modifier === '~' && new RegExp(target).test(path))
    )?.headers ?? null;
}

/** S3 + CloudFront: object metadata by key or key pattern; response headers, first match. */
function s3(kit) {
  const { objects, keyPatterns, responseHeaders } = JSON.parse(
    readFileSync(join(kit, 's3-metadata.json'), 'utf8'),
  );
  return (path) => {
    const key = path.slice(1);
    const metadata =
      objects.find((object) => object.key === key) ??
      keyPatterns.find(({ keyPattern }) => wildcard(keyPattern).test(key));
    const policy = responseHeaders.find((rule) => wildcard(rule.path).test(path));
    if (!metadata && !policy) return null;
    return {
      ...(metadata
        ? { 'Content-Type': metadata.contentType, 'Cache-Control': metadata.cacheControl }
        : { 'Content-Type': 'binary/octet-stream' }),
      ...policy?.headers,
    };
  };
}

export const FORMS = { netlify, nginx, s3 };

/**
 * Serves `folder` at `basePath` with the headers `form` gives from the kit in `kit`;
 * `spoil(file, headers)` may change a response's headers first, as a misconfigured host would,
 * or return false for a 404; `body(file, bytes)` may change the bytes. Resolves with
 * `{ server, url }`, url being the base URL.
 */
export function kitHost(form, { kit, folder = kit, basePath, spoil = () => true, body }) {
  const headersFor = FORMS[form](kit);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const file = path.startsWith(basePath) ? path.slice(basePath.length) : undefined;
    const onDisk = file && join(folder, file);
    if (!onDisk || !existsSync(onDisk) || !statSync(onDisk).isFile()) {
      return response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    const headers = { ...(headersFor(path) ?? defaultHeaders(path)) };
    if (spoil(file, headers) === false) return response.writeHead(404).end();
    const bytes = readFileSync(onDisk);
    response.writeHead(200, headers).end(body ? body(file, bytes) : bytes);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, url: `http://127.0.0.1:${server.address().port}${basePath}` }),
    ),
  );
}
