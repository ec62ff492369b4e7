// Builds from one source:
// - dist/ispine-widgets.js: the drop-in, one minified classic script (IIFE) with a source map;
// - dist/checker-frame.js (+ checker-frame.html): the checker's isolated frame on partner pages;
// - dist/esm/: ES modules with .d.ts types for bundler users (module layout kept, so importing
//   one element does not pull in the others).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { compileLitTemplates } from '@lit-labs/compiler';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import ts from 'typescript';

const resolve = () => nodeResolve({ exportConditions: ['production'] });

/** The local default of src/core/base-url.ts: `npm start`'s files origin. */
const LOCAL_BASE_URL = 'http://127.0.0.1:8001/dist/';

/**
 * `ISPINE_BASE_URL`: where the built files will be served, read once at build time. It must be
 * an https URL (http only for localhost) ending in `/`; a wrong value stops the build.
 */
function baseUrl() {
  const value = process.env.ISPINE_BASE_URL;
  if (!value) return LOCAL_BASE_URL;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const local = url && ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (
    !url ||
    !(url.protocol === 'https:' || (local && url.protocol === 'http:')) ||
    !value.endsWith('/') ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `ISPINE_BASE_URL="${value}" must be an https URL ending in "/" (for example https://widgets.example.org/ispine/ispine-widgets@1/dist/).`,
    );
  }
  return url.href;
}

export const BASE_URL = baseUrl();

/** Writes BASE_URL into src/core/base-url.ts as it is bundled. */
const baseUrlPlugin = () => ({
  name: 'base-url',
  transform(code, id) {
    if (!id.endsWith('/src/core/base-url.ts') && !id.endsWith('/src/core/base-url.js')) return null;
    if (!code.includes(`'${LOCAL_BASE_URL}'`))
      this.error('base-url.ts no longer holds the local default');
    return { code: code.replace(`'${LOCAL_BASE_URL}'`, JSON.stringify(BASE_URL)), map: null };
  },
});

const minify = ({ preamble } = {}) =>
  terser({
    ecma: 2022,
    module: false,
    // keep_fargs: false drops unused parameters (nothing here reads a function's `length`).
    compress: { passes: 2, unsafe_arrows: true, keep_fargs: false },
    format: { comments: false, preamble },
  });

/**
 * V8's explicit compile hint (Chrome 136+): every function is compiled eagerly while the script
 * streams in, on a background thread, instead of lazily on the main thread at first call; nearly
 * all of both scripts runs on load (its measured effect: bench/PERFORMANCE.md). Other engines
 * read it as a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Copies static files next to the bundle: the checker's frame page (it loads the bundle by
 * relative URL) and the space-reserving CSS partners paste into their pages.
 */
const staticFiles = (files) => ({
  name: 'static-files',
  generateBundle() {
    for (const [source, fileName] of Object.entries(files)) {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(source, 'utf8') });
    }
  },
});

/**
 * The reserve CSS on one line, for the partner snippet: comments dropped, whitespace collapsed
 * (around braces, semicolons, commas and after colons only, so selectors keep their meaning).
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Emits dist/reserve-space.min.css from src/reserve-space.css. */
const minifiedCss = () => ({
  name: 'minified-css',
  generateBundle() {
    const source = minifyCss(readFileSync('src/reserve-space.css', 'utf8'));
    this.emitFile({ type: 'asset', fileName: 'reserve-space.min.css', source: `${source}\n` });
  },
});

/**
 * Writes dist/embed.json ({ version, integrity }) for the embed generator: the Subresource
 * Integrity hash of the drop-in exactly as it is published.
 */
const integrityFile = () => ({
  name: 'integrity-file',
  writeBundle() {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const digest = createHash('sha384')
      .update(readFileSync('dist/ispine-widgets.js'))
      .digest('base64');
    writeFileSync(
      'dist/embed.json',
      JSON.stringify({
        version,
        integrity: `sha384-${digest}`,
        baseUrl: BASE_URL,
        baseUrlIsLocal: BASE_URL === LOCAL_BASE_URL,
      }),
    );
  },
});

/**
 * Around each classic script: a page that breaks what the widgets start with (a Trusted Types
 * policy list without `lit-html`, a replaced built-in) gets one console error, and the
 * elements' fallback content stays, instead of an uncaught exception from our code.
 */
const STARTUP_GUARD = {
  intro: 'try {',
  outro:
    "} catch (error) { console.error('ispine-widgets: could not start (' + error + '); fallback content stays.'); }",
};

/**
 * In a classic script, a lazily loaded part's `<name>-loader.ts` becomes `<name>-loader.script.ts`,
 * which imports the part from a file beside the script when it is first needed, instead of
 * bundling it: the ZIP search (src/location-picker/search-loader.ts: `ispine-search.js`, at a
 * visitor's first search) and the configuration's validator (src/config/validator-loader.ts:
 * `ispine-config.js`, only for a page's own configuration).
 */
const loadersBesideScript = () => ({
  name: 'loaders-beside-script',
  async resolveId(source, importer) {
    if (!/\/(search|validator)-loader\.js$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved && resolved.id.replace(/-loader\.ts$/, '-loader.script.ts');
  },
});

/** A lazily loaded part of the drop-in: an ES module beside it (see loadersBesideScript). */
const besideScript = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    typescript({ declaration: false, outDir: 'dist', sourceMap: true }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
});

/** A source file's html`` tagged templates, in source order. */
function htmlTemplates(sourceFile) {
  const found = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html'
    )
      found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Each source file's html`` templates minified as minifyHTML() does, by absolute path, except
 * that a run of whitespace becomes one space, never none: the whitespace the templates have
 * today shapes what renders (Chromium gives a space after the list's visually hidden span its
 * width, so dropping it narrows every Choose button). Computed once, before the build (the
 * minifier is asynchronous and a TypeScript transformer is not), with the text it was made from.
 */
async function minifiedHtmlTemplates(dir) {
  const minified = new Map();
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = resolvePath(dir, entry);
    if (!path.endsWith('.ts')) continue;
    const source = readFileSync(path, 'utf8');
    if (!source.includes('html`')) continue;
    const result = await minifyHTMLLiterals(source, {
      fileName: path,
      minifyOptions: { conservativeCollapse: true },
    });
    if (!result) continue;
    const parsed = ts.createSourceFile(path, result.code, ts.ScriptTarget.Latest, true);
    minified.set(path, {
      source,
      templates: htmlTemplates(parsed).map(({ template }) => template),
    });
  }
  return minified;
}

/**
 * A TypeScript transformer run before the Lit compiler: each html`` template gets the strings
 * minifyHTML() would give it. The compiler writes a template's HTML into the bundle as a string
 * with its parts' node indices, so minifying after it (as minifyHTML() does) cannot touch it:
 * without this the compiled templates keep their indentation, bytes in the drop-in and HTML
 * for every visitor's browser to parse at first render.
 */
const minifyHtmlBeforeCompiling = (minified) => (context) => (sourceFile) => {
  const { source, templates } = minified.get(resolvePath(sourceFile.fileName)) ?? {};
  if (!templates) return sourceFile;
  const originals = htmlTemplates(sourceFile);
  if (sourceFile.text !== source || originals.length !== templates.length)
    throw new Error(`${sourceFile.fileName} changed since the build started: build again`);
  const minifiedOf = new Map(originals.map((node, i) => [node, templates[i]]));
  const { factory } = context;
  const visit = (node) => {
    const short = minifiedOf.get(node);
    if (!short) return ts.visitEachChild(node, visit, context);
    const spans = ts.isTemplateExpression(node.template) ? node.template.templateSpans : [];
    const template = ts.isNoSubstitutionTemplateLiteral(short)
      ? factory.createNoSubstitutionTemplateLiteral(short.text, short.rawText)
      : factory.createTemplateExpression(
          factory.createTemplateHead(short.head.text, short.head.rawText),
          spans.map(({ expression }, i) => {
            const { literal } = short.templateSpans[i];
            const make = ts.isTemplateTail(literal)
              ? factory.createTemplateTail
              : factory.createTemplateMiddle;
            return factory.createTemplateSpan(
              ts.visitNode(expression, visit),
              make(literal.text, literal.rawText),
            );
          }),
        );
    return factory.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, template);
  };
  return ts.visitNode(sourceFile, visit);
};

const MINIFIED_HTML = await minifiedHtmlTemplates('src');

/** One minified classic script (with its source map) from `input`. */
const classicScript = (input, file, extraPlugins = [], { compileTemplates = false } = {}) => ({
  input,
  output: { file, format: 'iife', sourcemap: true, ...STARTUP_GUARD },
  plugins: [
    resolve(),
    loadersBesideScript(),
    baseUrlPlugin(),
    typescript({
      declaration: false,
      outDir: 'dist',
      sourceMap: true,
      ...(compileTemplates && {
        transformers: {
          before: [minifyHtmlBeforeCompiling(MINIFIED_HTML), compileLitTemplates()],
        },
      }),
    }),
    // Collapses the whitespace of html`` and css`` templates.
    minifyHTML(),
    minify({ preamble: COMPILE_HINT }),
    ...extraPlugins,
  ],
});

export default [
  classicScript(
    'src/drop-in.ts',
    'dist/ispine-widgets.js',
    [
      staticFiles({
        'src/checker-frame/checker-frame.html': 'checker-frame.html',
        'src/reserve-space.css': 'reserve-space.css',
      }),
      minifiedCss(),
      integrityFile(),
    ],
    { compileTemplates: true },
  ),
  // The checker's frame and own page: the questions, the triage engine and the call/book
  // button. The drop-in never carries them; partner pages pay only for what they run.
  classicScript('src/checker-frame/page.ts', 'dist/checker-frame.js'),
  // The ZIP data's decoder and the town search (src/geo/search.ts), imported by the drop-in
  // when a visitor first searches: an ES module, fetched beside ispine-zips.bin.
  besideScript('src/geo/search.ts', 'dist/ispine-search.js'),
  // The configuration's validator (src/config/validate.ts), imported by the drop-in only when
  // the page brings its own configuration: the built-in default needs none.
  besideScript('src/config/validate.ts', 'dist/ispine-config.js'),
  {
    input: {
      index: 'src/index.ts',
      'call-book-button/index': 'src/call-book-button/index.ts',
      'location-picker/index': 'src/location-picker/index.ts',
      'symptom-checker/index': 'src/symptom-checker/index.ts',
      'symptom-checker/inline': 'src/symptom-checker/inline.ts',
      'triage/index': 'src/triage/index.ts',
      'config/index': 'src/config/index.ts',
      // Not package exports: the configuration builder (demo/builder.js) and the bench's sort
      // page (bench/pages/sort.js) read these whole.
      'config/schema': 'src/config/schema.ts',
      'config/validate': 'src/config/validate.ts',
      'geo/distance': 'src/geo/distance.ts',
      'geo/hours': 'src/geo/hours.ts',
      'geo/map': 'src/geo/map.ts',
      'geo/map-data': 'src/geo/map-data.ts',
      'geo/zip-lookup': 'src/geo/zip-lookup.ts',
    },
    external: [/^lit/, /^@lit\//, 'tslib'],
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [
      baseUrlPlugin(),
      typescript({ outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' }),
    ],
  },
];
