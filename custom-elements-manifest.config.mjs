// `cem analyze` reads this: custom-elements.json documents exactly the public surface — the three
// elements with their public attributes, properties, events, parts and `--ispine-*` custom
// properties — and none of the plumbing (core/, the checker frame's protocol, define).
import { readFileSync } from 'node:fs';

/** The stylesheets each element reads: the shared tokens and its own. */
const STYLESHEETS = {
  'ispine-call-book-button': [
    'src/core/styles.ts',
    'src/call-book-button/call-book-button.styles.ts',
  ],
  'ispine-location-picker': ['src/core/styles.ts', 'src/location-picker/location-picker.styles.ts'],
  'ispine-symptom-checker': ['src/core/styles.ts', 'src/symptom-checker/symptom-checker.styles.ts'],
};

/** What the shared tokens are for, where an element's JSDoc does not say. */
const TOKENS = {
  '--ispine-color-primary': 'Colour of the main buttons and links.',
  '--ispine-color-on-primary': 'Text on the primary colour.',
  '--ispine-color-text': 'Text colour (default: inherited in `theme="auto"`).',
  '--ispine-color-muted': 'Secondary text colour.',
  '--ispine-color-surface': 'Background in the light and dark themes.',
  '--ispine-color-border': 'Borders of cards, options and rows.',
  '--ispine-color-focus': 'Focus outline colour.',
  '--ispine-radius': 'Corner radius.',
  '--ispine-font-family': 'Font (default: inherited from the page).',
  '--ispine-font-size': 'Text size (default: the page’s).',
};

/** Every `var(--ispine-name, default)` a stylesheet reads, with the default of its first use. */
function tokensIn(files) {
  const found = new Map();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, name, fallback] of source.matchAll(
      /var\((--ispine-[a-z-]+),\s*([^;]*?)\)\s*[;,]/g,
    )) {
      if (!found.has(name)) found.set(name, fallback.trim());
    }
  }
  return found;
}

/**
 * Names an element's source keeps to itself: `private`/`protected` members and members whose
 * JSDoc says `@internal` (Lit's `static properties` entries otherwise list them as public).
 */
function internalNames(path) {
  const source = readFileSync(path, 'utf8');
  const names = [
    ...source.matchAll(
      /^\s*(?:private|protected)\s+(?:readonly\s+)?(?:override\s+)?(?:get\s+)?(\w+)/gm,
    ),
    ...source.matchAll(
      /@internal\s*\*\/\s*(?:(?:private|protected|readonly|static|get)\s+)*(\w+)/g,
    ),
  ];
  return new Set(names.map(([, name]) => name));
}

const isPublic = (member, internal) =>
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('#') &&
  !internal.has(member.name);

/** Drops internal declarations and members; documents every token an element's styles read. */
function publicSurface() {
  return {
    name: 'ispine-public-surface',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.flatMap((module) => {
        const elements = (module.declarations ?? []).filter((d) => d.customElement && d.tagName);
        if (elements.length === 0) return [];
        const internal = new Set([
          ...internalNames(module.path),
          ...internalNames('src/core/widget-element.ts'),
        ]);
        for (const element of elements) {
          const hidden = new Set(
            (element.members ?? []).filter((m) => !isPublic(m, internal)).map((m) => m.name),
          );
          element.members = (element.members ?? []).filter((m) => isPublic(m, internal));
          element.attributes = (element.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
          const documented = new Map((element.cssProperties ?? []).map((p) => [p.name, p]));
          for (const [name, fallback] of tokensIn(STYLESHEETS[element.tagName] ?? [])) {
            const property = documented.get(name) ?? { name, description: TOKENS[name] ?? '' };
            property.default ??= fallback;
            documented.set(name, property);
          }
          element.cssProperties = [...documented.values()];
        }
        const names = new Set(elements.map((e) => e.name));
        return [
          {
            ...module,
            declarations: elements,
            exports: (module.exports ?? []).filter((e) => names.has(e.declaration?.name)),
          },
        ];
      });
    },
  };
}

/** `src/a/b.ts` (or `/src/a/b.js`, as cem writes inherited members' modules) → `dist/esm/a/b.js`. */
export const shippedPath = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/esm/$1.js');

/**
 * Points every module path at the file the package ships (dist/esm/*.js, its types beside it in
 * .d.ts), not at src/*.ts, which the package does not contain. Runs after publicSurface(), which
 * reads the sources by those paths.
 */
function shippedPaths() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') {
        value[key] = shippedPath(inner);
      } else rewrite(inner);
    }
  };
  return {
    name: 'ispine-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/strings.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicSurface(), shippedPaths()],
};
