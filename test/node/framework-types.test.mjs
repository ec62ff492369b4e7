// The framework types in dist/frameworks/ are generated from custom-elements.json: they are what
// the generator makes of the current manifest, every attribute and event of the manifest is in
// each of them, the events are the ones the elements fire (src/core/events.ts), and a React app
// type-checks against them: right props and event details pass, wrong ones fail. Vue's and
// Svelte's checkers run on the example apps (frameworks.test.mjs). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { elementsFor, eventNames, frameworkFiles } from '../../scripts/framework-types.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const built = (name) => readFileSync(join(ROOT, 'dist/frameworks', name), 'utf8');

/** A React 19 component using the elements as an app would; `@ts-expect-error` marks misuse. */
const APP = `
import { CallBookButton, LocationPicker, SymptomChecker } from 'ispine-widgets/react';
import 'ispine-widgets';

document.addEventListener('ispine-call', (event) => event.detail.clinicId);
window.addEventListener('ispine-location-change', (event) => event.detail.clinicId);
// @ts-expect-error: the detail has no such field
document.addEventListener('ispine-book', (event) => event.detail.phone);

export const App = () => (
  <>
    <ispine-call-book-button action="book" clinic="sartell" onispine-call={(event) => event.detail.partner} />
    <ispine-location-picker zip-data-url="/zips.bin" near="55369" onispine-location-change={(event) => event.detail.clinicId} />
    <ispine-symptom-checker lang="es" onispine-checker-start={(event) => event.detail} />
    {/* @ts-expect-error: not an action */}
    <ispine-call-book-button action="text" />
    {/* @ts-expect-error: the call event's detail has no clinic name */}
    <ispine-call-book-button onispine-call={(event) => event.detail.clinicName} />
    <CallBookButton action="call" onIspineCall={(event) => event.detail.clinicId} />
    <LocationPicker onIspineDirections={(event) => event.detail.clinicId} />
    <SymptomChecker onIspineBook={(event) => event.detail.partner} />
    {/* @ts-expect-error: the picker fires no call event */}
    <LocationPicker onIspineCall={() => undefined} />
    {/* @ts-expect-error: not a variant */}
    <CallBookButton variant="ghost" />
  </>
);
`;

/** TypeScript's complaints about APP, compiled as a file of this package (it imports itself by name). */
function diagnostics() {
  const file = join(ROOT, 'test/node/framework-types-app.tsx');
  const options = {
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => name === file || fileExists(name);
  host.readFile = (name) => (name === file ? APP : readFile(name));
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, APP, language, true)
      : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('framework types generated from the manifest', () => {
  it('are what the generator makes of the current manifest', () => {
    for (const [name, text] of Object.entries(frameworkFiles(manifest))) {
      assert.equal(built(name), text, `dist/frameworks/${name}: run npm run build`);
    }
  });

  it('name every attribute and event of every element, for each framework', () => {
    const jsx = built('jsx.d.ts');
    const vue = built('vue.d.ts');
    const svelte = built('svelte.d.ts');
    const react = built('react.js');
    for (const element of elementsFor(manifest)) {
      for (const text of [jsx, vue, svelte]) assert.ok(text.includes(`'${element.tagName}'`));
      for (const attribute of element.attributes) {
        assert.ok(jsx.includes(`'${attribute.name}'?: ${element.className}['${attribute.field}']`));
        assert.ok(svelte.includes(`'${attribute.name}'?:`));
        assert.ok(vue.includes(`'${attribute.field}'?:`));
      }
      for (const event of element.events) {
        assert.ok(jsx.includes(`'on${event.name}'?:`), event.name);
        assert.ok(svelte.includes(`'on${event.name}'?:`), event.name);
        // The wrapper's prop (`onIspineCall`) is Vue's name for the `@ispine-call` listener too.
        const prop = new RegExp(`(\\w+): '${event.name}',`).exec(react)?.[1];
        assert.ok(prop, event.name);
        assert.ok(vue.includes(`'${prop}'?:`), prop);
      }
    }
  });

  it('type exactly the events the elements fire (document and window listeners too)', () => {
    const source = readFileSync(join(ROOT, 'src/core/events.ts'), 'utf8');
    const map = source.slice(source.indexOf('interface ISpineEventDetails'));
    const fired = [...map.slice(0, map.indexOf('}\n')).matchAll(/'(ispine-[a-z-]+)':/g)].map(
      ([, name]) => name,
    );
    assert.deepEqual([...eventNames(manifest)].sort(), [...fired].sort());
  });

  it('let a React 19 app type-check right uses and reject wrong ones', { timeout: 120_000 }, () => {
    assert.deepEqual(diagnostics(), []);
  });
});
