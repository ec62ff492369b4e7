// The guides stay true: every link between them leads to a page, docs/configuration.md lists
// every setting the validator knows and every wording key with its default (from the built ES
// modules: run after `npm run build`).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../dist/esm/config/default.js';
import { configProblems } from '../../dist/esm/config/validate.js';
import { CONFIGURATION_MD, documentedRows, wordingRows } from '../../scripts/wording-table.mjs';

const ROOT = join(import.meta.dirname, '../..');
// The guides only: docs/images/ holds their screenshots.
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** Pages other helpers write at the same time; linked before they land, checked once they do. */
const LANDING = ['docs/privacy.md', 'docs/hosting.md', 'docs/npm.md', 'docs/wordpress.md'];

test('every link between the README and the guides leads to a page', () => {
  for (const page of PAGES.filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(ROOT, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const file = join(dirname(page), target);
      if (LANDING.includes(file) && !existsSync(join(ROOT, file))) continue;
      assert.ok(existsSync(join(ROOT, file)), `${page} links to ${target}, which is missing`);
    }
  }
});

test('docs/README.md lists every guide in docs/', () => {
  const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
  for (const page of PAGES.filter((file) => file.startsWith('docs/') && file !== 'docs/README.md'))
    assert.ok(index.includes(`](${page.slice(5)})`), `docs/README.md does not list ${page}`);
});

test('the wording table lists every key a configuration may reword, with its defaults', async () => {
  const documented = documentedRows(readFileSync(CONFIGURATION_MD, 'utf8'));
  const expected = (await wordingRows()).map((row) => row.map((text) => text.replace(/\s+/g, ' ')));
  assert.deepEqual(documented, expected, 'stale: run node scripts/wording-table.mjs');
});

/** The settings the validator knows at `path` in a config, read from its own message. */
function knownAt(withUnknown) {
  const [problem] = configProblems(withUnknown);
  const known = /expected one of: ([^)]+)\)/.exec(problem?.message ?? '');
  assert.ok(known, JSON.stringify(problem));
  return known[1].split(', ');
}

test('the field table names every setting the validator knows', () => {
  const text = readFileSync(CONFIGURATION_MD, 'utf8');
  const firstCells = text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|')[1]);
  const documented = (name) => firstCells.some((cell) => cell.includes(name));
  const [clinic] = DEFAULT_CONFIG.clinics;
  const levels = {
    '': { ...DEFAULT_CONFIG, unknownSetting: 1 },
    'clinics[].': { ...DEFAULT_CONFIG, clinics: [{ ...clinic, unknownSetting: 1 }] },
    'specialHours[].': {
      ...DEFAULT_CONFIG,
      specialHours: [{ date: '2026-12-25', hours: [], unknownSetting: 1 }],
    },
  };
  for (const [prefix, config] of Object.entries(levels)) {
    for (const name of knownAt(config)) {
      // `clinics[].name`, `city` share a row: the first is written in full, the others alone.
      assert.ok(
        documented(`\`${prefix}${name}\``) || (prefix && documented(`\`${name}\``)),
        `docs/configuration.md does not document ${prefix}${name}`,
      );
    }
  }
});
