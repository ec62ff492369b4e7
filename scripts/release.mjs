// The `version` step of `npm version <patch|minor|major|x.y.z>`: after npm has bumped
// package.json and before it commits and tags, this
// 1. writes the new version into src/version.ts (the bundle's ISpineWidgets.version);
// 2. turns CHANGELOG.md's "## Unreleased" section into "## <version> — <date>";
// 3. builds (npm run build, with ISPINE_BASE_URL from the environment): the versioned
//    dist/ispine-widgets-<version>.js, its integrity hash in dist/embed.json, the hosting kit;
// 4. adds the version and its integrity hash to releases.json (every version ever published:
//    the kit and check-host keep them all served);
// 5. stages src/version.ts, CHANGELOG.md and releases.json so they go into npm's release commit.
// If any step fails, every file is put back as it was before `npm version` (npm's `preversion`
// step runs this script with --before, which keeps package.json and package-lock.json), so a
// failed release leaves no bumped version behind; the build keeps the previous dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** src/version.ts for `version`. */
export function versionModule(version) {
  return `/** This build's version; \`scripts/size-check.mjs\` checks it matches package.json. */\nexport const VERSION = '${version}';\n`;
}

/**
 * The changelog with its "## Unreleased" section named for the release (a planned "## <version>
 * — unreleased" heading for the same version is merged into it, or dated when alone).
 * @throws when there is no such section: a release needs its changelog lines first.
 */
export function releaseChangelog(text, version, date) {
  const heading = `## ${version} — ${date}`;
  const unreleased = /^## Unreleased[ \t]*$/m;
  const planned = new RegExp(
    `^## ${version.replaceAll('.', '\\.')} — unreleased[ \\t]*\\n\\n?`,
    'm',
  );
  if (unreleased.test(text)) return text.replace(planned, '').replace(unreleased, heading);
  if (planned.test(text)) return text.replace(planned, `${heading}\n\n`);
  throw new Error(
    `CHANGELOG.md has no "## Unreleased" section: add this release's changes under that heading first.`,
  );
}

/** releases.json's text with `{ version, integrity }` added (unless that version is listed). */
export function addRelease(text, version, integrity) {
  const list = JSON.parse(text);
  if (!list.releases.some((release) => release.version === version)) {
    list.releases.push({ version, integrity });
  }
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** Where --before keeps the files npm is about to bump (inside node_modules: never committed). */
const BACKUP = 'node_modules/.cache/ispine-release/before-version.json';
const BUMPED_BY_NPM = ['package.json', 'package-lock.json'];
const CHANGED_HERE = ['CHANGELOG.md', 'src/version.ts', 'releases.json'];

/** The files' texts now (null for a missing file). */
const snapshot = (files) =>
  Object.fromEntries(
    files.map((file) => [file, existsSync(file) ? readFileSync(file, 'utf8') : null]),
  );

/** Writes the snapshot's files back. */
function restore(texts) {
  for (const [file, text] of Object.entries(texts)) {
    if (text === null) rmSync(file, { force: true });
    else writeFileSync(file, text);
  }
}

function release() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    'CHANGELOG.md',
    releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, date),
  );
  writeFileSync('src/version.ts', versionModule(version));
  if (!process.env.ISPINE_BASE_URL) {
    console.warn(
      'release: ISPINE_BASE_URL is not set; this build is for local use and the embed generator will offer no snippet.',
    );
  }
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const { integrity, baseUrl } = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
  const listed = existsSync('releases.json')
    ? readFileSync('releases.json', 'utf8')
    : '{ "releases": [] }';
  writeFileSync('releases.json', addRelease(listed, version, integrity));
  execFileSync('git', ['add', 'src/version.ts', 'CHANGELOG.md', 'releases.json'], {
    stdio: 'inherit',
  });
  console.log(
    `\nrelease ${version}: ${baseUrl}ispine-widgets-${version}.js\nintegrity ${integrity}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--before')) {
    mkdirSync(dirname(BACKUP), { recursive: true });
    writeFileSync(BACKUP, JSON.stringify(snapshot(BUMPED_BY_NPM)));
  } else {
    const before = {
      ...(existsSync(BACKUP) ? JSON.parse(readFileSync(BACKUP, 'utf8')) : {}),
      ...snapshot(CHANGED_HERE),
    };
    try {
      release();
    } catch (error) {
      restore(before);
      console.error(
        `\nrelease failed: ${error.message}\n${Object.keys(before).join(', ')} are as they were before npm version; dist/ holds the previous build.`,
      );
      process.exitCode = 1;
    } finally {
      rmSync(BACKUP, { force: true });
    }
  }
}
