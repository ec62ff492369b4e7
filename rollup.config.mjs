// Builds from one source:
// - dist/ispine-widgets.js: the drop-in, one minified classic script (IIFE) with a source map;
// - dist/checker-frame.js (+ checker-frame.html): the checker's isolated frame on partner pages;
// - dist/esm/: ES modules with .d.ts types for bundler users (module layout kept, so importing
//   one element does not pull in the others).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const resolve = () => nodeResolve({ exportConditions: ['production'] });

const minify = ({ preamble } = {}) =>
  terser({
    ecma: 2022,
    module: false,
    compress: { passes: 2, unsafe_arrows: true },
    format: { comments: false, preamble },
  });

/**
 * V8's explicit compile hint (Chrome 136+): every function is compiled eagerly while the script
 * streams in, on a background thread, instead of lazily on the main thread at first call. Nearly
 * all of the drop-in runs on load; at 4× CPU throttle (interleaved A/B builds) evaluation went
 * from about 130 to 80 ms median. Other engines read it as a comment.
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
    writeFileSync('dist/embed.json', JSON.stringify({ version, integrity: `sha384-${digest}` }));
  },
});

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/ispine-widgets.js', format: 'iife', sourcemap: true },
    plugins: [
      resolve(),
      typescript({ declaration: false, outDir: 'dist', sourceMap: true }),
      // Collapses the whitespace of html`` and css`` templates (about 0.4 KB brotli).
      minifyHTML(),
      minify({ preamble: COMPILE_HINT }),
      staticFiles({
        'src/checker-frame/checker-frame.html': 'checker-frame.html',
        'src/reserve-space.css': 'reserve-space.css',
      }),
      integrityFile(),
    ],
  },
  {
    // The checker frame's own small script (on partner pages only), kept out of the drop-in.
    input: 'src/checker-frame/guest.ts',
    output: { file: 'dist/checker-frame.js', format: 'iife', sourcemap: true },
    plugins: [typescript({ declaration: false, outDir: 'dist', sourceMap: true }), minify()],
  },
  {
    input: {
      index: 'src/index.ts',
      'call-book-button/index': 'src/call-book-button/index.ts',
      'location-picker/index': 'src/location-picker/index.ts',
      'symptom-checker/index': 'src/symptom-checker/index.ts',
      'triage/index': 'src/triage/index.ts',
      'config/index': 'src/config/index.ts',
    },
    external: [/^lit/, /^@lit\//, 'tslib'],
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [typescript({ outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' })],
  },
];
