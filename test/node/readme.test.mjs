// The README is the newcomer's door: short, with the two set-up commands word for word (.ci/run
// runs the second). The reference tables in docs/elements.md say what custom-elements.json says
// (written by `npm run build` from the elements' JSDoc): each element's attributes, the common
// ones, the events and the custom properties with their defaults. A table written by hand cannot
// drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const reference = readFileSync(join(ROOT, 'docs/elements.md'), 'utf8');

test('the README is at most 200 lines and gives the two set-up commands unchanged', () => {
  assert.ok(readme.split('\n').length <= 200, `${readme.split('\n').length} lines`);
  for (const command of ['npm ci && npm start', 'npm ci && npm test'])
    assert.ok(readme.includes(`\`\`\`sh\n${command}\n\`\`\``), command);
  assert.match(readFileSync(join(ROOT, '.ci/run'), 'utf8'), /^npm ci && npm test$/m);
});

/** The text of the docs/elements.md section whose `## ` heading is `heading`, to the next `## `. */
function section(heading) {
  const start = reference.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/elements.md has no "## ${heading}" section`);
  const end = reference.indexOf('\n## ', start + 1);
  return reference.slice(start, end < 0 ? undefined : end);
}

/**
 * The rows of the first table in `text` whose first header cell is `header`: each row's cells,
 * with the backticked names of its first cell (`` `name`, `city` `` gives both).
 */
function table(text, header) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${header}\\s*\\|`).test(line));
  assert.ok(start >= 0, `no table headed "${header}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.push({ names: [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]), cells });
  }
  return rows;
}

const names = (rows) => rows.flatMap((row) => row.names).sort();
const COMMON = ['lang', 'partner', 'theme'];

test('"Common attributes" are exactly the attributes every element has', () => {
  const shared = elements
    .map((element) => element.attributes.map((attribute) => attribute.name))
    .reduce((a, b) => a.filter((name) => b.includes(name)));
  assert.deepEqual(shared.sort(), COMMON);
  assert.deepEqual(names(table(section('Common attributes'), 'attribute')), COMMON);
});

test("each element's section lists exactly its own attributes", () => {
  for (const element of elements) {
    const own = element.attributes
      .map((attribute) => attribute.name)
      .filter((name) => !COMMON.includes(name));
    const rows = table(section(`\`<${element.tagName}>\``), 'attribute');
    assert.deepEqual(names(rows), own.sort(), element.tagName);
  }
});

test('"Events" lists exactly the events the elements fire', () => {
  const fired = [...new Set(elements.flatMap((element) => element.events.map((e) => e.name)))];
  assert.deepEqual(names(table(section('Events'), 'event')), fired.sort());
});

test('"Theming" lists every custom property with its default', () => {
  const documented = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) documented.set(property.name, property.default);
  }
  const rows = table(section('Theming'), 'property');
  assert.deepEqual(names(rows), [...documented.keys()].sort());
  for (const {
    names: [name],
    cells,
  } of rows) {
    const written = cells[1].replace(/`/g, '');
    const fromCode = documented.get(name);
    assert.ok(
      written.startsWith(fromCode) || DESCRIBED[fromCode] === written,
      `${name}: ${written}`,
    );
  }
});

/** Defaults the table spells out in words. */
const DESCRIBED = { inherit: 'inherited', currentColor: 'current text colour' };
