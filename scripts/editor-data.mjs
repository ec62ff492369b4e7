// Editor support generated from custom-elements.json (so it never drifts from the elements):
// - vscode.html-custom-data.json: VS Code's HTML custom data (add it to `html.customData`);
// - web-types.json: JetBrains web-types (WebStorm and IntelliJ read it from package.json's
//   `web-types` field).
// Run by `npm run build` after `cem analyze`.
import { readFileSync, writeFileSync } from 'node:fs';

/** The three elements from the manifest: `{ tagName, description, attributes, events }`. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, path: module.path })),
  );
}

/** The values a string-literal union type allows (`'a' | 'b'`), or none. */
const valuesOf = (type) =>
  /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*(\|\s*undefined)?\s*$/.test(type ?? '')
    ? [...type.matchAll(/'([^']*)'/g)].map(([, value]) => value)
    : [];

/** VS Code HTML custom data (version 1.1). */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: element.description ?? element.summary ?? '',
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(valuesOf(attribute.type?.text).length
          ? { values: valuesOf(attribute.type.text).map((name) => ({ name })) }
          : {}),
      })),
    })),
  };
}

/** JetBrains web-types. */
export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: element.description ?? element.summary ?? '',
          source: { module: `${name}`, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value: valuesOf(attribute.type?.text).length
              ? { type: 'enum', kind: 'plain' }
              : { type: attribute.type?.text ?? 'string', kind: 'plain' },
            ...(valuesOf(attribute.type?.text).length
              ? { values: valuesOf(attribute.type.text).map((value) => ({ name: value })) }
              : {}),
          })),
          events: (element.events ?? []).map((event) => ({
            name: event.name,
            description: event.description ?? '',
          })),
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(
    'vscode.html-custom-data.json',
    `${JSON.stringify(vscodeData(manifest), null, 2)}\n`,
  );
  writeFileSync('web-types.json', `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`);
  console.log(
    `editor data: ${elementsOf(manifest).length} elements in vscode.html-custom-data.json and web-types.json`,
  );
}
