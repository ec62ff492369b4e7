// Cutting a release as the README says: `npm version minor` in a copy of the project bumps the
// version everywhere, dates the changelog, builds the versioned files with their integrity hash,
// and commits and tags it all in one step.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkHost } from '../../scripts/check-host.mjs';
import { sha384 } from '../../scripts/hosting-kit.mjs';
import { addRelease, releaseChangelog, versionModule } from '../../scripts/release.mjs';
import { FORMS, kitHost } from '../helpers/kit-hosts.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe('releaseChangelog', () => {
  it('names the Unreleased section for the release', () => {
    const text = '# Changelog\n\n## Unreleased\n\n- A fix.\n\n## 1.0.0 — 2026-01-02\n';
    assert.equal(
      releaseChangelog(text, '1.1.0', '2026-12-01'),
      '# Changelog\n\n## 1.1.0 — 2026-12-01\n\n- A fix.\n\n## 1.0.0 — 2026-01-02\n',
    );
  });

  it('merges a planned heading for the same version into it', () => {
    const text = '## Unreleased\n\n- B.\n\n## 0.1.0 — unreleased\n\n- A.\n';
    assert.equal(
      releaseChangelog(text, '0.1.0', '2026-12-01'),
      '## 0.1.0 — 2026-12-01\n\n- B.\n\n- A.\n',
    );
  });

  it('refuses a release with no changelog lines', () => {
    assert.throws(
      () => releaseChangelog('## 1.0.0 — 2026-01-02\n', '1.0.1', '2026-12-01'),
      /no "## Unreleased"/,
    );
  });

  it('adds a release to the releases list once', () => {
    const once = addRelease('{ "releases": [] }', '1.0.0', 'sha384-a');
    assert.deepEqual(JSON.parse(once).releases, [{ version: '1.0.0', integrity: 'sha384-a' }]);
    assert.equal(addRelease(once, '1.0.0', 'sha384-b'), once);
  });

  it('writes the version module the size check reads', () => {
    assert.match(versionModule('2.3.4'), /export const VERSION = '2\.3\.4';/);
  });
});

const ENV = {
  ...process.env,
  ISPINE_BASE_URL: 'https://widgets.example.org/ispine/',
  GIT_AUTHOR_NAME: 'Release test',
  GIT_AUTHOR_EMAIL: 'release-test@example.org',
  GIT_COMMITTER_NAME: 'Release test',
  GIT_COMMITTER_EMAIL: 'release-test@example.org',
};

/** The project's files as they are now (committed or not), in a fresh repository. */
function copyProject(change = () => {}) {
  const project = mkdtempSync(join(tmpdir(), 'ispine-release-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of files.split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    cpSync(join(ROOT, file), join(project, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  change(project);
  const run = (command, args) =>
    execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: 'pipe', env: ENV });
  run('git', ['init', '-q']);
  writeFileSync(join(project, '.git/info/exclude'), 'node_modules\n');
  run('git', ['add', '-A']);
  run('git', ['commit', '-qm', 'before the release']);
  return { project, run };
}

/** An earlier release, 0.0.9, published before this one: on the list and on the host. */
const EARLIER = Buffer.from('/* ispine-widgets 0.0.9, as published */\n');

describe('npm version', () => {
  let project;
  let run;
  before(() => {
    ({ project, run } = copyProject((dir) =>
      writeFileSync(
        join(dir, 'releases.json'),
        JSON.stringify({ releases: [{ version: '0.0.9', integrity: sha384(EARLIER) }] }),
      ),
    ));
    run('npm', ['version', 'minor', '-m', 'Release %s']);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  const read = (file) => readFileSync(join(project, file), 'utf8');
  const released = () => JSON.parse(read('package.json')).version;

  it('bumps package.json and src/version.ts together', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const [major, minor] = version.split('.').map(Number);
    assert.equal(released(), `${major}.${minor + 1}.0`);
    assert.match(read('src/version.ts'), new RegExp(`'${released().replaceAll('.', '\\.')}'`));
  });

  it('dates the changelog entry', () => {
    assert.match(
      read('CHANGELOG.md'),
      new RegExp(`^## ${released().replaceAll('.', '\\.')} — \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    assert.doesNotMatch(read('CHANGELOG.md'), /^## Unreleased/m);
  });

  it('builds the versioned script whose hash is in dist/embed.json, for the base URL', () => {
    const embed = JSON.parse(read('dist/embed.json'));
    const script = readFileSync(join(project, `dist/ispine-widgets-${released()}.js`));
    assert.equal(embed.version, released());
    assert.equal(embed.integrity, `sha384-${createHash('sha384').update(script).digest('base64')}`);
    assert.equal(embed.baseUrl, 'https://widgets.example.org/ispine/');
    // One rule for every released version (the three kit forms: tests below).
    assert.match(read('dist/_headers'), /\/ispine\/ispine-widgets-\*\.js\n.*\n.*immutable/);
  });

  it('commits the version, the module and the changelog, and tags the release', () => {
    const changed = run('git', ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n');
    assert.equal(changed[0], `Release ${released()}`);
    assert.deepEqual(changed.slice(1).filter(Boolean).sort(), [
      'CHANGELOG.md',
      'package-lock.json',
      'package.json',
      'releases.json',
      'src/version.ts',
    ]);
    assert.equal(run('git', ['tag']).trim(), `v${released()}`);
    assert.equal(run('git', ['status', '--porcelain']).trim(), '');
  });

  it('lists every published version with its integrity hash', () => {
    const { releases } = JSON.parse(read('releases.json'));
    const embed = JSON.parse(read('dist/embed.json'));
    assert.deepEqual(releases, [
      { version: '0.0.9', integrity: sha384(EARLIER) },
      { version: released(), integrity: embed.integrity },
    ]);
    assert.deepEqual(JSON.parse(read('dist/releases.json')).releases, releases);
  });

  for (const form of Object.keys(FORMS)) {
    it(`still serves the earlier version with CORS and an immutable cache (${form} kit)`, async () => {
      // The host after an additive deploy: this build's files beside the earlier release.
      const folder = join(project, `host-${form}`);
      cpSync(join(project, 'dist'), folder, { recursive: true });
      writeFileSync(join(folder, 'ispine-widgets-0.0.9.js'), EARLIER);
      const host = await kitHost(form, {
        kit: join(project, 'dist'),
        folder,
        basePath: '/ispine/',
      });
      try {
        const results = await checkHost(host.url, { dist: join(project, 'dist') });
        assert.deepEqual(
          results.filter(({ ok }) => !ok),
          [],
        );
        for (const file of ['ispine-widgets-0.0.9.js', `ispine-widgets-${released()}.js`]) {
          const what = results.filter((result) => result.file === file).map((r) => r.what);
          assert.ok(what.includes('Access-Control-Allow-Origin: *'), `${file}: ${what}`);
          assert.ok(
            what.some((line) => /^Cache-Control: public, max-age=31536000, immutable/.test(line)),
            `${file}: ${what}`,
          );
        }
      } finally {
        host.server.close();
      }
    });
  }
});

describe('a failed npm version', () => {
  it('leaves package.json, the lock file and the tree as they were', () => {
    // No "## Unreleased" section: the version step stops before building.
    const { project, run } = copyProject((dir) =>
      writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## 0.1.0 — unreleased\n'),
    );
    const before = ['package.json', 'package-lock.json', 'src/version.ts', 'CHANGELOG.md'].map(
      (file) => readFileSync(join(project, file), 'utf8'),
    );
    assert.throws(() => run('npm', ['version', 'patch']), /Unreleased/);
    assert.deepEqual(
      ['package.json', 'package-lock.json', 'src/version.ts', 'CHANGELOG.md'].map((file) =>
        readFileSync(join(project, file), 'utf8'),
      ),
      before,
    );
    assert.equal(run('git', ['status', '--porcelain']).trim(), '');
    assert.equal(run('git', ['tag']).trim(), '');
    rmSync(project, { recursive: true, force: true });
  });
});
