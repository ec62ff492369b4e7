// The wording a configuration may change (`strings`), with each language's default text, for
// the builder's wording editor and docs/configuration.md. The keys are the widgets' own list
// (string-keys.ts) less those the validator refuses: the safety wording is never offered.
import { STRINGS as BUTTON } from '../dist/esm/call-book-button/strings.js';
import { DEFAULT_CONFIG } from '../dist/esm/config/default.js';
import { STRING_KEYS } from '../dist/esm/config/string-keys.js';
import { configProblems } from '../dist/esm/config/validate.js';
import { STRINGS as PICKER } from '../dist/esm/location-picker/strings.js';
import { FRAME_STRINGS } from '../dist/esm/symptom-checker/frame-strings.js';
import { STRINGS as CHECKER } from '../dist/esm/symptom-checker/strings.js';

/** Each widget's string tables, per language, in the order the widget reads them. */
const TABLES = {
  'call-book-button': [BUTTON],
  'location-picker': [PICKER],
  'symptom-checker': [CHECKER, FRAME_STRINGS],
};

/** The languages the wording editor offers, as the widgets speak them. */
export const WORDING_LANGS = Object.keys(PICKER);

const defaultFor = (widget, key, lang) =>
  TABLES[widget].map((table) => table[lang][key]).find((text) => typeof text === 'string');

/** `[{ key: "location-picker.heading", defaults: { en, es } }]`, in the widgets' order. */
export const WORDING = Object.entries(STRING_KEYS)
  .flatMap(([widget, keys]) =>
    keys.map((key) => ({
      key: `${widget}.${key}`,
      defaults: Object.fromEntries(
        WORDING_LANGS.map((lang) => [lang, defaultFor(widget, key, lang)]),
      ),
    })),
  )
  .filter(
    ({ key }) =>
      configProblems({ ...DEFAULT_CONFIG, strings: { en: { [key]: key } } }).length === 0,
  );

/** The keys alone. */
export const WORDING_KEYS = WORDING.map(({ key }) => key);
