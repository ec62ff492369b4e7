// What editors and tools read about the elements: custom-elements.json names the files the
// package ships, and VS Code's custom data and JetBrains' web-types are generated from it.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { vscodeData, webTypes } from '../../scripts/editor-data.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');

test('the manifest names shipped files (dist/esm/*.js with .d.ts beside), not src/*.ts', () => {
  const paths = [];
  JSON.stringify(manifest, (key, value) => {
    if (key === 'path' || key === 'module') paths.push(value);
    return value;
  });
  assert.ok(paths.length >= 6);
  for (const path of paths) {
    assert.match(path, /^dist\/esm\/.+\.js$/);
    assert.ok(existsSync(join(ROOT, path)), path);
    assert.ok(existsSync(join(ROOT, path.replace(/\.js$/, '.d.ts'))), path);
  }
});

test('VS Code custom data and web-types are the manifest, regenerated, and shipped', () => {
  assert.deepEqual(read('vscode.html-custom-data.json'), vscodeData(manifest));
  assert.deepEqual(read('web-types.json'), webTypes(manifest, pkg));
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('vscode.html-custom-data.json'));
  assert.ok(pkg.files.includes('web-types.json'));
});

test('the editor data lists each element with its attributes, values and events', () => {
  const tags = vscodeData(manifest).tags;
  assert.deepEqual(tags.map((tag) => tag.name).sort(), [
    'ispine-call-book-button',
    'ispine-location-picker',
    'ispine-symptom-checker',
  ]);
  const button = tags.find((tag) => tag.name === 'ispine-call-book-button');
  const action = button.attributes.find((attribute) => attribute.name === 'action');
  assert.deepEqual(action.values.map((value) => value.name).sort(), ['book', 'both', 'call']);
  const elements = webTypes(manifest, pkg).contributions.html.elements;
  const events = elements.find((element) => element.name === 'ispine-call-book-button').events;
  assert.ok(events.some((event) => event.name === 'ispine-call'));
});
