// The hosting kit: what each hosted file needs from the server, and the header files written
// from it into dist/ for common static hosts. One table (headersFor) serves the build, the
// check-host command and its tests.
//
// Layout: everything in dist/ is served from the build's base URL (ISPINE_BASE_URL). The drop-in
// is published twice: `ispine-widgets-<version>.js` never changes once released (the snippet
// names it with its integrity hash, so it is cached for a year), and `ispine-widgets.js` plus the
// frame and data files move with each release (short caching, revalidated). Releases are
// deployed additively: every earlier `ispine-widgets-<version>.js` stays on the host, so the
// rules name them by pattern, never one version. The clinic's configuration files live under
// `<base>/config/` (short cache, CORS).
//
// Besides the three header files, the kit writes two lists that `npm run check-host` reads:
// - hashes.json: the sha384 of every hosted file of this build (not of itself);
// - releases.json: every published version with its integrity hash (the repository's
//   releases.json, appended to by `npm version`, plus this build's version when not on it).
//
// Run by `npm run build` after rollup: node scripts/hosting-kit.mjs
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join } from 'node:path';

/** Files this script writes; never listed in the kit itself. */
export const KIT_FILES = ['_headers', 'nginx-ispine.conf', 's3-metadata.json'];

/** The hash list of the build's hosted files (itself excluded). */
export const HASH_LIST = 'hashes.json';
/** The releases list: every published version and its integrity hash. */
export const RELEASES_LIST = 'releases.json';

/** Every released copy of the drop-in, as a file name pattern (`*` for the version). */
export const VERSIONED_PATTERN = 'ispine-widgets-*.js';
/** The clinic's configuration files, under the base URL. */
export const CONFIG_FOLDER = 'config/';

/** The SRI value of `bytes` (what a snippet's integrity attribute holds). */
export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Five minutes: a release reaches every page within that, and browsers revalidate after. */
export const SHORT = 'public, max-age=300, must-revalidate';

/** `ispine-widgets-1.2.3.js`: the released, never-changing copy of the drop-in. */
export const versionedScript = (version) => `ispine-widgets-${version}.js`;

/** Whether `file` is a released copy of the drop-in (any version). */
export const isVersionedScript = (file) => /^ispine-widgets-\d[^/]*\.js$/.test(file);

/** The frame page's own CSP: its `<meta>` policy (which cannot hold frame-ancestors) plus that. */
export function frameCsp(frameHtml) {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(frameHtml);
  const policy = meta ? meta[1].trim().replace(/;\s*$/, '') : "default-src 'none'";
  return `${policy}; frame-ancestors *`;
}

/**
 * The headers one hosted file needs (names lower-case), or undefined for a file type we do not
 * host. `frameHtml` is the built checker-frame.html (its CSP is derived from it).
 */
export function headersFor(file, { frameHtml }) {
  const type = TYPES[extname(file)];
  if (!type) return undefined;
  const headers = {
    'content-type': type,
    'cache-control': isVersionedScript(file) ? IMMUTABLE : SHORT,
    'x-content-type-options': 'nosniff',
  };
  // Partner pages fetch the ZIP data and the configuration files, and load the scripts with
  // crossorigin="anonymous" (needed for Subresource Integrity): all need CORS.
  if (['.js', '.json', '.bin', '.map', '.css'].includes(extname(file))) {
    headers['access-control-allow-origin'] = '*';
  }
  if (file === 'checker-frame.html') {
    headers['content-security-policy'] = frameCsp(frameHtml);
    headers['referrer-policy'] = 'no-referrer';
  }
  return headers;
}

/** The hosted files: every file the build wrote at the top of dist/, except the kit itself. */
export function hostedFiles(dist = 'dist') {
  return readdirSync(dist)
    .filter((file) => statSync(join(dist, file)).isFile() && !KIT_FILES.includes(file))
    .filter((file) => TYPES[extname(file)])
    .sort();
}

/** Build facts the kit needs: version, base URL (from dist/embed.json) and the frame page. */
export function readBuild(dist = 'dist') {
  const embed = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));
  return {
    ...embed,
    frameHtml: readFileSync(join(dist, 'checker-frame.html'), 'utf8'),
  };
}

/** dist/hashes.json as `{ file: sha384 }` and dist/releases.json's list of `{ version, integrity }`. */
export function readLists(dist = 'dist') {
  const read = (file) => JSON.parse(readFileSync(join(dist, file), 'utf8'));
  return { hashes: read(HASH_LIST).files, releases: read(RELEASES_LIST).releases };
}

/**
 * The rules, each `{ path, headers }` with `path` relative to the base URL (`*` for any
 * characters): one per hosted file, one for every released copy of the drop-in, one for the
 * configuration files.
 */
export function kitRules(dist, build) {
  return [
    ...hostedFiles(dist)
      .filter((file) => !isVersionedScript(file))
      .map((file) => ({ path: file, headers: headersFor(file, build) })),
    { path: VERSIONED_PATTERN, headers: headersFor(versionedScript(build.version), build) },
    { path: `${CONFIG_FOLDER}*`, headers: headersFor('partner.json', build) },
  ];
}

/** Title case for header files people read (`Cache-Control`). */
const display = (name) => name.replace(/(^|-)[a-z]/g, (match) => match.toUpperCase());

function netlifyHeaders(rules, basePath) {
  const blocks = rules.map(({ path, headers }) =>
    [
      `${basePath}${path}`,
      ...Object.entries(headers).map(([name, value]) => `  ${display(name)}: ${value}`),
    ].join('\n'),
  );
  return `# Netlify / Cloudflare Pages: put this file at the root of the published site.\n# Generated by npm run build (scripts/hosting-kit.mjs); do not edit.\n# ${basePath}${VERSIONED_PATTERN} covers every released version: keep them all deployed.\n\n${blocks.join('\n\n')}\n`;
}

const regexEscape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An nginx location for a rule: exact for one file; a regex for every released version (any
 * `ispine-widgets-<digit>….js`); a prefix (`^~`, which wins over regexes) for the config folder.
 */
function nginxLocation(path, basePath) {
  if (!path.includes('*')) return `location = ${basePath}${path}`;
  if (path === `${CONFIG_FOLDER}*`) return `location ^~ ${basePath}${CONFIG_FOLDER}`;
  const [before, after] = path.split('*');
  return `location ~ "^${regexEscape(`${basePath}${before}`)}[0-9][^/]*${regexEscape(after)}$"`;
}

function nginxConf(rules, basePath) {
  const blocks = rules.map(({ path, headers }) => {
    const { 'content-type': type, ...rest } = headers;
    return [
      `${nginxLocation(path, basePath)} {`,
      '  types { }',
      `  default_type "${type}";`,
      ...Object.entries(rest).map(
        ([name, value]) => `  add_header ${display(name)} "${value}" always;`,
      ),
      '}',
    ].join('\n');
  });
  return `# nginx: include inside the server block that serves the files, with root set so that\n# ${basePath} maps to this folder. Generated by npm run build; do not edit.\n\n${blocks.join('\n\n')}\n`;
}

/**
 * S3 stores Content-Type and Cache-Control as object metadata (set them on upload, e.g.
 * `aws s3 cp FILE s3://BUCKET/KEY --content-type … --cache-control …`): `objects` lists each
 * file of this build and `keyPatterns` the metadata for every released copy and every config
 * file. The other headers need a CloudFront response headers policy per path pattern, in the
 * order given (CloudFront uses the first behaviour whose pattern matches).
 */
function s3Metadata(rules, basePath) {
  const key = (path) => `${basePath.slice(1)}${path}`;
  const metadata = (headers) => ({
    contentType: headers['content-type'],
    cacheControl: headers['cache-control'],
  });
  return `${JSON.stringify(
    {
      note: 'Generated by npm run build. objects: S3 metadata to set on upload of each file; keyPatterns: the same for every key matching (never overwrite or delete a released ispine-widgets-<version>.js); responseHeaders: headers for a CloudFront response headers policy on each path pattern, first match wins.',
      objects: rules
        .filter(({ path }) => !path.includes('*'))
        .map(({ path, headers }) => ({ key: key(path), ...metadata(headers) })),
      keyPatterns: rules
        .filter(({ path }) => path.includes('*'))
        .map(({ path, headers }) => ({ keyPattern: key(path), ...metadata(headers) })),
      responseHeaders: rules.map(({ path, headers }) => ({
        path: `${basePath}${path}`,
        headers: Object.fromEntries(
          Object.entries(headers).filter(
            ([name]) => !['content-type', 'cache-control'].includes(name),
          ),
        ),
      })),
    },
    null,
    2,
  )}\n`;
}

/**
 * The releases list for this build: the repository's releases.json, plus this build's version
 * when it is not on it yet. A listed version keeps its listed hash (what partner pages pin); a
 * rebuild with other bytes is reported, as deploying it would break those pages.
 */
function releasesFor(build, listFile = RELEASES_LIST) {
  const { releases } = existsSync(listFile)
    ? JSON.parse(readFileSync(listFile, 'utf8'))
    : { releases: [] };
  const listed = releases.find(({ version }) => version === build.version);
  if (!listed) return [...releases, { version: build.version, integrity: build.integrity }];
  if (listed.integrity !== build.integrity) {
    console.warn(
      `hosting kit: ${versionedScript(build.version)} differs from the released ${build.version} (${RELEASES_LIST}); never upload it over the released file.`,
    );
  }
  return releases;
}

/** Writes the versioned drop-in, the two lists and the three header files into `dist`. */
export function writeHostingKit(dist = 'dist') {
  const build = readBuild(dist);
  copyFileSync(join(dist, 'ispine-widgets.js'), join(dist, versionedScript(build.version)));
  const releases = releasesFor(build);
  writeFileSync(
    join(dist, RELEASES_LIST),
    `${JSON.stringify({ note: 'Every published version of ispine-widgets-<version>.js with its integrity hash; all stay on the host.', releases }, null, 2)}\n`,
  );
  const files = Object.fromEntries(
    hostedFiles(dist)
      .filter((file) => file !== HASH_LIST)
      .map((file) => [file, sha384(readFileSync(join(dist, file)))]),
  );
  writeFileSync(
    join(dist, HASH_LIST),
    `${JSON.stringify({ version: build.version, files }, null, 2)}\n`,
  );
  const basePath = new URL(build.baseUrl).pathname;
  const rules = kitRules(dist, build);
  writeFileSync(join(dist, '_headers'), netlifyHeaders(rules, basePath));
  writeFileSync(join(dist, 'nginx-ispine.conf'), nginxConf(rules, basePath));
  writeFileSync(join(dist, 's3-metadata.json'), s3Metadata(rules, basePath));
  return rules;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = writeHostingKit();
  console.log(
    `hosting kit: ${rules.length} rules in dist/_headers, nginx-ispine.conf, s3-metadata.json`,
  );
}
