// The `version` step of `npm version <patch|minor|major|x.y.z>`: after npm has bumped
// package.json and before it commits and tags, this
// 1. writes the new version into src/version.ts (the bundle's ISpineWidgets.version);
// 2. turns CHANGELOG.md's "## Unreleased" section into "## <version> — <date>";
// 3. builds (npm run build, with ISPINE_BASE_URL from the environment): the versioned
//    dist/ispine-widgets-<version>.js, its integrity hash in dist/embed.json, the hosting kit;
// 4. stages src/version.ts and CHANGELOG.md so they go into npm's release commit.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

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

if (import.meta.url === `file://${process.argv[1]}`) {
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
  execFileSync('git', ['add', 'src/version.ts', 'CHANGELOG.md'], { stdio: 'inherit' });
  const { integrity, baseUrl } = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
  console.log(
    `\nrelease ${version}: ${baseUrl}ispine-widgets-${version}.js\nintegrity ${integrity}`,
  );
}
