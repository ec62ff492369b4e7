// Builds the two pages that come with the widgets, after `rollup -c` (they read dist/esm/):
// - dist/builder.html: the configuration builder as one file (its script and styles inline,
//   allowed by hash in its CSP), for the clinic's web person to open without any set-up;
// - dist/api/api-viewer.js: the API viewer element for demo/api.html, served by `npm start`
//   from this machine (no CDN). Not a hosted file: the kit lists dist/'s top level only.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

/** One script bundled from `input` in `format`, minified, as text. */
async function bundle(input, format) {
  const build = await rollup({ input, plugins: [nodeResolve()], onwarn: () => {} });
  const { output } = await build.generate({ format, plugins: [terser()] });
  await build.close();
  return output[0].code;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** `<` in inline text would end the element early: `</script>` in a string, say. */
const inline = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1');

/**
 * demo/builder.html with its stylesheets and module script inlined. The widgets for the preview
 * and the ZIP data load from the page's own folder (dist/), and the widgets reach the build's
 * base URL, so the CSP names both.
 */
async function writeBuilderPage() {
  const script = inline(await bundle(join(ROOT, 'demo/builder.js'), 'iife'));
  const styles = inline(
    ['demo.css', 'builder.css']
      .map((file) => readFileSync(join(ROOT, 'demo', file), 'utf8'))
      .join('\n'),
  );
  const { baseUrl } = JSON.parse(readFileSync(join(DIST, 'embed.json'), 'utf8'));
  const base = new URL(baseUrl).origin;
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${base} ${sha256(script)}`,
    `style-src 'self' ${base} ${sha256(styles)}`,
    "img-src 'self' data: blob:",
    `connect-src 'self' ${base}`,
    `frame-src 'self' ${base}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let page = readFileSync(join(ROOT, 'demo/builder.html'), 'utf8');
  const swap = (pattern, replacement) => {
    if (!pattern.test(page)) throw new Error(`demo/builder.html no longer has ${pattern}`);
    page = page.replace(pattern, replacement);
  };
  swap(/content="default-src[^"]*"/, () => `content="${csp}"`);
  swap(/\s*<link rel="stylesheet" href="demo.css" \/>/, '');
  swap(/<link rel="stylesheet" href="builder.css" \/>/, () => `<style>${styles}</style>`);
  swap(/\s*<script type="module" src="builder.js"><\/script>/, '');
  // A classic script runs where it stands: after the form it fills in.
  swap(/<\/body>/, () => `<script>${script}</script>\n  </body>`);
  writeFileSync(join(DIST, 'builder.html'), page);
}

async function writeApiViewer() {
  mkdirSync(join(DIST, 'api'), { recursive: true });
  const code = await bundle(join(ROOT, 'node_modules/api-viewer-element/lib/api-viewer.js'), 'es');
  writeFileSync(join(DIST, 'api/api-viewer.js'), code);
}

await Promise.all([writeBuilderPage(), writeApiViewer()]);
