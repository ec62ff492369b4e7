import type { Config } from '../config/schema.js';
import type { Lang } from './i18n.js';

/**
 * `phone` that never breaks across lines: a no-break space after the area code and a no-break
 * hyphen. A number split in two on a narrow call button is easy to misread or misdial.
 */
const unbroken = (phone: string) => phone.replace(') ', ')\u00a0').replace('-', '\u2011');

/** Phrases every widget says the same way, once. Each widget's own table spreads these in. */
export const SHARED_STRINGS = {
  en: {
    /** Visible label of a call link, with the number as people read it, on one line. */
    call: (phone: string) => `Call ${unbroken(phone)}`,
    newTab: '(opens in a new tab)',
  },
  es: {
    call: (phone: string) => `Llamar al ${unbroken(phone)}`,
    newTab: '(se abre en una pestaña nueva)',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** Which widget a strings table belongs to: the prefix of its keys in `config.strings`. */
export type StringsOwner = 'call-book-button' | 'location-picker' | 'symptom-checker';

const reworded = new WeakMap<Config, Map<string, object>>();

/**
 * `table` with the configuration's own wording for `owner` in `lang` (validated keys, plain-text
 * entries only), the same object for as long as the configuration stays the same.
 */
export function localized<T extends object>(
  config: Config,
  owner: StringsOwner,
  lang: Lang,
  table: T,
): T {
  const overrides = config.strings?.[lang];
  if (!overrides) return table;
  const cache = reworded.get(config) ?? new Map<string, object>();
  reworded.set(config, cache);
  const id = `${owner} ${lang} ${Object.keys(table).join()}`;
  let merged = cache.get(id) as T | undefined;
  if (!merged) {
    merged = { ...table };
    for (const [key, text] of Object.entries(overrides)) {
      const name = key.slice(owner.length + 1);
      if (
        key.startsWith(`${owner}.`) &&
        typeof (table as Record<string, unknown>)[name] === 'string'
      ) {
        (merged as Record<string, unknown>)[name] = text;
      }
    }
    cache.set(id, merged);
  }
  return merged;
}
