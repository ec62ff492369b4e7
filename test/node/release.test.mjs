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
import { releaseChangelog, versionModule } from '../../scripts/release.mjs';

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

  it('writes the version module the size check reads', () => {
    assert.match(versionModule('2.3.4'), /export const VERSION = '2\.3\.4';/);
  });
});

describe('npm version', () => {
  let project;
  const run = (command, args) =>
    execFileSync(command, args, {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ISPINE_BASE_URL: 'https://widgets.example.org/ispine/',
        GIT_AUTHOR_NAME: 'Release test',
        GIT_AUTHOR_EMAIL: 'release-test@example.org',
        GIT_COMMITTER_NAME: 'Release test',
        GIT_COMMITTER_EMAIL: 'release-test@example.org',
      },
    });

  before(() => {
    // The project's files as they are now (committed or not), in a fresh repository.
    project = mkdtempSync(join(tmpdir(), 'ispine-release-'));
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    for (const file of files.split('\n').filter(Boolean)) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      cpSync(join(ROOT, file), join(project, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    run('git', ['init', '-q']);
    writeFileSync(join(project, '.git/info/exclude'), 'node_modules\n');
    run('git', ['add', '-A']);
    run('git', ['commit', '-qm', 'before the release']);
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
    assert.match(
      read('dist/_headers'),
      new RegExp(
        `/ispine/ispine-widgets-${released().replaceAll('.', '\\.')}\\.js\\n.*\\n.*immutable`,
      ),
    );
  });

  it('commits the version, the module and the changelog, and tags the release', () => {
    const changed = run('git', ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n');
    assert.equal(changed[0], `Release ${released()}`);
    assert.deepEqual(changed.slice(1).filter(Boolean).sort(), [
      'CHANGELOG.md',
      'package-lock.json',
      'package.json',
      'src/version.ts',
    ]);
    assert.equal(run('git', ['tag']).trim(), `v${released()}`);
    assert.equal(run('git', ['status', '--porcelain']).trim(), '');
  });
});
