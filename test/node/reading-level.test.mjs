// Plain words (CLINICAL.md: about 6th grade), in both languages: the checker's English reads at
// Flesch–Kincaid grade 8 or below, its Spanish at Fernández-Huerta 60 or above (the same grade),
// and no sentence of any widget runs past 20 words in either language. Runs in Node, where
// `syllable`'s CommonJS dependencies load; it reads the built ES modules, so run `npm run build`
// first: node --test test/node/
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syllable } from 'syllable';
import { STRINGS as BUTTON } from '../../dist/esm/call-book-button/strings.js';
import { STRINGS as PICKER } from '../../dist/esm/location-picker/strings.js';
import { FRAME_STRINGS } from '../../dist/esm/symptom-checker/frame-strings.js';
import { STRINGS } from '../../dist/esm/symptom-checker/strings.js';
import { QUESTIONS } from '../../dist/esm/triage/index.js';
import { RED_FLAGS } from '../../dist/esm/triage/questions.js';

const LANGS = ['en', 'es'];
const WORD = /[\p{L}\d'’-]+/gu;
/** Sentences end at a full stop, a question or exclamation mark, or a colon, before a space. */
const SENTENCE_END = /[.!?:]+(?:\s|$)/;

const words = (text) => text.match(WORD) ?? [];

/**
 * Spanish syllables, counted as vowel nuclei (no npm package counts Spanish syllables and is
 * kept up; `syllable` is English-only). Spanish spelling is regular enough for this: each run of
 * vowels is one syllable, plus one for each hiatus inside it — two strong vowels side by side
 * (a, e, o, or a stressed í, ú: "ve-o", "dí-a"). A weak vowel (i, u, ü, and y not before a vowel)
 * joins its neighbour in a diphthong ("bue-no", "muy"); the silent u of que/qui/gue/gui does too.
 * A group of digits counts one syllable per digit, a fair estimate for numbers read aloud.
 */
function spanishSyllables(word) {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return lower.length;
  // y is a vowel only where no vowel follows it ("hoy", "muy", "y"), else a consonant ("ayuda").
  const letters = lower.replace(/y(?=[aeiouáéíóú])/g, 'ʝ');
  const strong = /[aeoáéóíú]/;
  let count = 0;
  for (const [group] of letters.matchAll(/[aeiouáéíóúüy]+/g)) {
    count += 1;
    for (let i = 1; i < group.length; i++) {
      if (strong.test(group[i - 1]) && strong.test(group[i])) count += 1;
    }
  }
  return Math.max(1, count);
}

/** Words, sentences and syllables of a block of text units (`count` gives a word's syllables). */
function measure(units, count) {
  let wordCount = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of units) {
    // Each unit (a legend, an option label, a tip) counts as at least one sentence, so that
    // labels without a full stop are not read as one run-on sentence.
    sentences += Math.max(1, unit.split(SENTENCE_END).filter((s) => /\p{L}/u.test(s)).length);
    for (const word of words(unit)) {
      wordCount += 1;
      syllables += Math.max(1, count(word));
    }
  }
  return { perSentence: wordCount / sentences, perWord: syllables / wordCount };
}

/**
 * Flesch–Kincaid grade, 0.39 · words/sentences + 11.8 · syllables/words − 15.59.
 *
 * Blocks, not single units, are graded: a block is what a reader takes in at once (a question
 * with its options and "why we ask", or one part of a result). A unit of two or three words gives
 * a meaningless grade: "Medium" alone scores above 8, "18 to 49" below 0.
 */
function grade(units) {
  const { perSentence, perWord } = measure(units, syllable);
  return 0.39 * perSentence + 11.8 * perWord - 15.59;
}

/**
 * Fernández-Huerta ease, 206.84 − 0.60 · syllables per 100 words − 1.02 · words/sentences (the
 * Spanish adaptation of Flesch's reading ease, with Law's reading of its second term). 90–100 is
 * about 4th grade, 80–90 5th, 70–80 6th, 60–70 7th–8th: 60 matches the English ceiling of 8.
 */
function fernandezHuerta(units) {
  const { perSentence, perWord } = measure(units, spanishSyllables);
  return 206.84 - 0.6 * (100 * perWord) - 1.02 * perSentence;
}

const GRADE = 8;
const EASE = 60;
/** Each language's check of a block: a name for the message and whether it passes. */
const LEVEL = {
  en: (units) => [`grade ${grade(units).toFixed(1)}`, grade(units) <= GRADE],
  es: (units) => [
    `Fernández-Huerta ${fernandezHuerta(units).toFixed(0)}`,
    fernandezHuerta(units) >= EASE,
  ],
};

/** What a reader takes in at once on a result screen, per block name. */
function resultBlocks(t) {
  return {
    intro: [t.use, t.local],
    ...Object.fromEntries(Object.entries(t.care).map(([level, texts]) => [level, texts])),
    ...Object.fromEntries(Object.entries(t.patterns).map(([category, text]) => [category, [text]])),
    reasons: [t.ledToThis, ...Object.values(t.because)],
    home: [t.home, ...t.homeTips, t.bookLater],
    running: [t.runTips, ...Object.values(t.running), ...Object.values(t.tip)],
    prevention: [t.prevent, ...Object.values(t.preventTips)],
    safety: [
      t.sooner.self_care,
      ...RED_FLAGS.map((id) => t.options[id]),
      t.emergencyNote,
      t.notDiagnosis,
    ],
    copy: [t.copy, t.copied, t.noCopy],
    error: [t.required],
  };
}

for (const lang of LANGS) {
  const t = STRINGS[lang];
  describe(`the checker in ${lang}`, () => {
    test('every question block (question, why we ask, options) reads easily', () => {
      for (const { id, options } of QUESTIONS) {
        const block = [
          ...t.questions[id],
          ...options.map((option) => t.options[option]),
          t.none,
          t.many,
        ];
        const [score, ok] = LEVEL[lang](block);
        assert.ok(ok, `${id}: ${score}`);
      }
    });

    test('every result block reads easily', () => {
      for (const [name, block] of Object.entries(resultBlocks(t))) {
        const [score, ok] = LEVEL[lang](block.filter(Boolean));
        assert.ok(ok, `${name}: ${score}`);
      }
    });
  });
}

test('no single English sentence of a result runs past grade 10', () => {
  // A guard against one long, hard sentence hiding inside an easy block.
  const en = STRINGS.en;
  const sentences = [...Object.values(en.patterns), ...Object.values(en.care).flat()]
    .flatMap((text) => text.split(/(?<=\.)\s+/))
    .filter((sentence) => sentence.split(/\s+/).length >= 8);
  for (const sentence of sentences) {
    assert.ok(grade([sentence]) <= 10, `${grade([sentence]).toFixed(1)}: ${sentence}`);
  }
});

/** Arguments for the phrases that hold a value: a clinic, a ZIP, a number, a list of hours. */
const SAMPLE_ARGUMENTS = {
  periods: [['8:00 AM – 5:00 PM', '6:00 PM – 9:00 PM']],
  address: ['Maple Grove', 'MN', '100 Example Street', '55369'],
};

/**
 * Every text of a strings table. Each phrase function gets sample values: "12" first (read as a
 * number, minutes, a ZIP or a name alike), a weekday after it, or its entry in SAMPLE_ARGUMENTS.
 */
function texts(table, key = '') {
  if (typeof table === 'string') return [table];
  if (typeof table === 'function') {
    const args =
      SAMPLE_ARGUMENTS[key] ?? Array.from({ length: table.length }, (_, i) => (i ? 'mon' : '12'));
    return texts(table(...args));
  }
  return Object.entries(table).flatMap(([name, value]) => texts(value, name));
}

describe('sentence length', () => {
  for (const lang of LANGS) {
    test(`no sentence of any widget runs past 20 words in ${lang}`, () => {
      const tables = [STRINGS[lang], FRAME_STRINGS[lang], PICKER[lang], BUTTON[lang]];
      for (const text of tables.flatMap((table) => texts(table))) {
        for (const sentence of text.split(SENTENCE_END)) {
          assert.ok(words(sentence).length <= 20, `${words(sentence).length} words: ${sentence}`);
        }
      }
    });
  }

  test('counts the words the reviewer counted', () => {
    // LANGUAGE-REVIEW.md: the old Spanish `leg_weakness` had 21 words.
    const old =
      'Una pierna muy débil o cada vez más débil, una pierna que se dobla, o un pie que cuelga al caminar';
    assert.equal(words(old).length, 21);
  });
});

describe('the formulas', () => {
  test('Flesch–Kincaid matches a worked example', () => {
    // 2 sentences, 9 words, 10 syllables: 0.39 · 4.5 + 11.8 · 10/9 − 15.59 = −0.72.
    assert.equal(grade(['The cat sat down.', 'It is a happy cat.']).toFixed(2), '-0.72');
  });

  test('Spanish syllables are counted as a reader splits the words', () => {
    const cases = {
      espalda: 3, // es-pal-da
      bueno: 2, // bue-no (diphthong)
      día: 2, // dí-a (hiatus: stressed í)
      leer: 2, // le-er (two strong vowels)
      muy: 1, // y ends a diphthong
      ayuda: 3, // a-yu-da (y before a vowel is a consonant)
      que: 1, // silent u
      guía: 2, // guí-a
      adormecimiento: 6, // a-dor-me-ci-mien-to
      emergencias: 4, // e-mer-gen-cias
      911: 3,
    };
    for (const [word, expected] of Object.entries(cases)) {
      assert.equal(spanishSyllables(word), expected, word);
    }
  });

  test('Fernández-Huerta matches a worked example', () => {
    // 2 sentences, 7 words, 11 syllables (El ni-ño co-me. La ca-sa es gran-de.):
    // 206.84 − 0.60 · 1100/7 − 1.02 · 3.5 = 108.98.
    assert.equal(fernandezHuerta(['El niño come.', 'La casa es grande.']).toFixed(2), '108.98');
  });
});
