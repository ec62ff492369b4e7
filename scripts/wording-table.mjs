// Writes the table of wording keys in docs/configuration.md (between its wording-keys markers):
// every key a configuration may reword, with its English and Spanish default, as the builder's
// wording editor offers them (demo/builder-wording.js, from the built ES modules). Run after
// `npm run build`; test/node/docs.test.mjs fails while the table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const ROOT = join(import.meta.dirname, '..');
export const CONFIGURATION_MD = join(ROOT, 'docs/configuration.md');
const START = '<!-- wording-keys:start -->';
const END = '<!-- wording-keys:end -->';

/** A table cell: code for the key, text (with `|` escaped and no line breaks) for the rest. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** `[key, en, es]` for each key, from the builder's own list. */
export async function wordingRows() {
  const { WORDING } = await import('../demo/builder-wording.js');
  return WORDING.map(({ key, defaults }) => [key, defaults.en, defaults.es]);
}

/** The rows of the table now in `markdown`, unescaped, as `[key, en, es]`. */
export function documentedRows(markdown) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start)
    throw new Error('docs/configuration.md has no wording-keys markers');
  return markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((text) => text.trim().replace(/\\\|/g, '|'))
        .map((text, i) => (i === 0 ? text.replace(/^`|`$/g, '') : text)),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const markdown = readFileSync(CONFIGURATION_MD, 'utf8');
  const rows = await wordingRows();
  const table = [
    '| key | English default | Spanish default |',
    '| --- | --- | --- |',
    ...rows.map(([key, en, es]) => `| \`${key}\` | ${cell(en)} | ${cell(es)} |`),
  ].join('\n');
  const written = markdown.replace(
    new RegExp(`${START}[\\s\\S]*?${END}`),
    `${START}\n\n${table}\n\n${END}`,
  );
  const options = { ...(await resolveConfig(CONFIGURATION_MD)), filepath: CONFIGURATION_MD };
  writeFileSync(CONFIGURATION_MD, await format(written, options));
}
