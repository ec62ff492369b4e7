// custom-elements.json (written by `npm run build`) documents exactly the public surface: the
// three elements, no private member or plumbing, every part their templates render and every
// `--ispine-*` property their styles read.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []);

/** The source folders (or files) each element renders from. */
const SOURCES = {
  'ispine-call-book-button': ['src/call-book-button', 'src/core/widget-element.ts'],
  'ispine-location-picker': ['src/location-picker', 'src/core/widget-element.ts'],
  'ispine-symptom-checker': [
    'src/symptom-checker',
    'src/checker-frame/host.ts',
    'src/core/widget-element.ts',
  ],
};

const read = (path) =>
  path.endsWith('.ts')
    ? [readFileSync(join(ROOT, path), 'utf8')]
    : readdirSync(join(ROOT, path))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(join(ROOT, path, file), 'utf8'));

test('lists the three elements and nothing else', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), Object.keys(SOURCES).sort());
  const paths = manifest.modules.map((module) => module.path);
  assert.deepEqual(
    paths.filter((path) => /src\/(core|checker-frame)\/|src\/define/.test(path)),
    [],
  );
});

test('lists no private, protected or internal member', () => {
  for (const element of elements) {
    for (const member of element.members ?? []) {
      assert.equal(member.privacy ?? 'public', 'public', `${element.tagName} ${member.name}`);
      assert.ok(!member.name.startsWith('#'), `${element.tagName} ${member.name}`);
    }
    const names = (element.members ?? []).map((m) => m.name);
    for (const internal of [
      'widget',
      'hot',
      'box',
      'note',
      'questionnaire',
      'page',
      'ispineVersion',
    ]) {
      assert.ok(!names.includes(internal), `${element.tagName} lists ${internal}`);
    }
  }
});

test('documents every part the templates render and every --ispine-* property the styles read', () => {
  for (const element of elements) {
    const sources = SOURCES[element.tagName].flatMap(read).join('\n');
    const parts = new Set(
      [...sources.matchAll(/part="([^"]*)"/g)].flatMap(([, value]) =>
        value
          .replace(/\$\{[^}]*\}/g, '')
          .split(/\s+/)
          .filter(Boolean),
      ),
    );
    const documentedParts = new Set((element.cssParts ?? []).map((p) => p.name));
    assert.deepEqual(
      [...parts].filter((p) => !documentedParts.has(p)),
      [],
      element.tagName,
    );

    const properties = (element.cssProperties ?? []).map((p) => p.name);
    const styles = SOURCES[element.tagName]
      .map((path) => (path.endsWith('.ts') ? path : `${path}/${path.split('/')[1]}.styles.ts`))
      .filter((path) => path.endsWith('.styles.ts'))
      .concat('src/core/styles.ts')
      .flatMap(read)
      .join('\n');
    const used = [...styles.matchAll(/var\((--ispine-[a-z-]+)/g)].map(([, name]) => name);
    assert.deepEqual(
      [...new Set(used)].filter((p) => !properties.includes(p)),
      [],
      element.tagName,
    );
    for (const property of element.cssProperties) {
      assert.ok(property.default, `${element.tagName} ${property.name} has a default`);
    }
  }
});

test('documents the defaults of the properties that have no initial value', () => {
  const defaults = (tagName) =>
    Object.fromEntries(
      elements
        .find((element) => element.tagName === tagName)
        .attributes.filter((attribute) => attribute.default !== undefined)
        .map(({ name, default: value }) => [name, value]),
    );
  assert.deepEqual(defaults('ispine-call-book-button'), {
    action: "'both'",
    variant: "'solid'",
    theme: "'auto'",
    lang: "''",
  });
  for (const tagName of ['ispine-location-picker', 'ispine-symptom-checker']) {
    assert.deepEqual(defaults(tagName), { theme: "'auto'", lang: "''" }, tagName);
  }
});
