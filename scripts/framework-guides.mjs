// The framework guides (docs/react.md, next.md, vue.md, svelte.md) show the example apps' own
// files: a code block right after a `<!-- examples/… -->` line holds that file as it is in the
// repository. `node scripts/framework-guides.mjs` rewrites those blocks from the files;
// test/node/framework-guides.test.mjs fails when a guide and its example differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The guides that quote example apps. */
export const GUIDES = ['docs/react.md', 'docs/next.md', 'docs/vue.md', 'docs/svelte.md'];

/** A marker line, a blank line, then a fenced block: [whole, path, fence language, code]. */
const QUOTED = /<!-- (examples\/[^ ]+) -->\n\n```(\w*)\n([\s\S]*?)```\n/g;

/** Each quoted file of `markdown`: `{ path, quoted }` (the code as the guide shows it). */
export const quotedFiles = (markdown) =>
  [...markdown.matchAll(QUOTED)].map(([, path, , quoted]) => ({ path, quoted }));

/** `markdown` with each quoted block replaced by the file it names. */
export const withFiles = (markdown, read = (path) => readFileSync(join(ROOT, path), 'utf8')) =>
  markdown.replace(
    QUOTED,
    (_, path, language) => `<!-- ${path} -->\n\n\`\`\`${language}\n${read(path)}\`\`\`\n`,
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const guide of GUIDES) {
    const file = join(ROOT, guide);
    const markdown = readFileSync(file, 'utf8');
    writeFileSync(file, withFiles(markdown));
    console.log(`${guide}: ${quotedFiles(markdown).length} example files`);
  }
}
