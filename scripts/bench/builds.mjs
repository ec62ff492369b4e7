// What the bench builds for itself before it starts: the Lit floor and the peer buttons, each
// bundled and minified the same way (production Lit, minified IIFE), and the 200-button page
// for each peer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { ROOT } from './options.mjs';

/** Three minimal Lit elements of the widgets' tag names (bench/floor/lit-floor.js). */
export const FLOOR = 'dist/bench/lit-floor.js';

/**
 * Peers measured on the 200-button page: elements from other libraries that do our button's
 * job (a styled link), by tag name. Each renders `<tag href="tel:…">label</tag>`.
 */
export const PEERS = {
  'sl-button': { source: 'bench/floor/sl-button.js', library: '@shoelace-style/shoelace' },
  'md-filled-button': { source: 'bench/floor/md-filled-button.js', library: '@material/web' },
};
export const peerScript = (tag) => `dist/bench/${tag}.js`;
export const peerPage = (tag) => `dist/bench/buttons-200-${tag}.html`;

/** Bundles `input` (a path under the project) as the drop-in is bundled: production Lit, terser, IIFE. */
export async function bundle(input, file) {
  const build = await rollup({
    input: join(ROOT, input),
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022 })],
    // Shoelace's and Material's modules set `this` at the top level; nothing reads it.
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
  });
  await build.write({ file: join(ROOT, file), format: 'iife' });
  await build.close();
}

/**
 * bench/pages/buttons-200.html with each call/book button (a link inside the element) replaced
 * by the peer element holding the same link target and text, and the peer's bundle in place of
 * the drop-in. A `<base>` keeps the page's own relative URLs as they were.
 */
function peerButtonsPage(tag) {
  const page = readFileSync(join(ROOT, 'bench/pages/buttons-200.html'), 'utf8');
  const out = page
    .replace('<head>', '<head>\n    <base href="/bench/pages/" />')
    .replace(
      /<ispine-call-book-button\s*><a href="([^"]*)">([^<]*)<\/a><\/ispine-call-book-button\s*>/g,
      `<${tag} href="$1">$2</${tag}>`,
    )
    .replace('data-expect="ispine-call-book-button"', `data-expect="${tag}"`)
    .replace(/src="[^"]*ispine-widgets\.js"[^>]*>/, `src="/${peerScript(tag)}">`);
  const count = out.split(`<${tag} `).length - 1;
  if (count !== 200) throw new Error(`the ${tag} page has ${count} buttons, not 200`);
  writeFileSync(join(ROOT, peerPage(tag)), out);
}

/** Builds the floor, the peers and the peers' pages into dist/bench/. */
export async function buildBenchFiles() {
  mkdirSync(join(ROOT, 'dist/bench'), { recursive: true });
  await bundle('bench/floor/lit-floor.js', FLOOR);
  for (const [tag, { source }] of Object.entries(PEERS)) {
    await bundle(source, peerScript(tag));
    peerButtonsPage(tag);
  }
}
