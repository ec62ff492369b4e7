// Writes src/config/string-keys.ts: the keys of each widget's plain-text strings, the ones a
// configuration may reword (`config.strings`). Reads the built ES modules: run `npm run build`,
// then `node scripts/string-keys.mjs`, then build again. `npm test` fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Each widget's English tables (every language has the same keys; the types make sure). */
const TABLES = {
  'call-book-button': ['call-book-button/strings.js'],
  'location-picker': ['location-picker/strings.js'],
  'symptom-checker': ['symptom-checker/strings.js', 'symptom-checker/frame-strings.js'],
};

/**
 * Safety wording no configuration may change: "not a diagnosis", and any text that names 911
 * (the emergency button and its note). The red flags and "Call 911 if…" sit in nested tables,
 * which are never rewordable.
 */
const SAFETY = new Set(['symptom-checker.notDiagnosis']);
const isSafety = (widget, key, text) => SAFETY.has(`${widget}.${key}`) || text.includes('911');

/**
 * The plain-text keys of each widget, sorted: `keys` a configuration may reword, `safety` the
 * ones it may not (as `"<widget>.<key>"`).
 */
export async function stringKeys() {
  const keys = {};
  const safety = new Set();
  for (const [widget, files] of Object.entries(TABLES)) {
    const found = new Set();
    for (const file of files) {
      const module = await import(join(ROOT, 'dist/esm', file));
      const table = (module.STRINGS ?? module.FRAME_STRINGS).en;
      for (const [key, value] of Object.entries(table)) {
        if (typeof value !== 'string') continue;
        if (isSafety(widget, key, value)) safety.add(`${widget}.${key}`);
        else found.add(key);
      }
    }
    keys[widget] = [...found].sort();
  }
  return { keys, safety: [...safety].sort() };
}

/** The source of src/config/string-keys.ts for stringKeys()'s `keys` and `safety`. */
export function stringKeysSource({ keys, safety }) {
  const quoted = (list) => list.map((key) => `'${key}'`).join(', ');
  const lists = Object.entries(keys)
    .map(([widget, list]) => `  '${widget}': [${quoted(list)}],`)
    .join('\n');
  return `// Written by scripts/string-keys.mjs from the widgets' string tables: do not edit by hand.
/** The widgets' plain-text strings a configuration may reword, per widget. */
export const STRING_KEYS: Record<string, readonly string[]> = {
${lists}
};

/** The safety wording (\`"<widget>.<key>"\`) that no configuration may change. */
export const SAFETY_KEYS: readonly string[] = [${quoted(safety)}];
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = join(ROOT, 'src/config/string-keys.ts');
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(stringKeysSource(await stringKeys()), options));
}
