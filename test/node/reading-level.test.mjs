// Plain words (CLINICAL.md: about 6th grade): the Flesch–Kincaid grade of the checker's English
// texts stays at 8 or below. Runs in Node, where `syllable`'s CommonJS dependencies load; it reads
// the built ES modules, so run `npm run build` first: node --test test/node/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syllable } from 'syllable';
import { STRINGS } from '../../dist/esm/symptom-checker/strings.js';
import { QUESTIONS } from '../../dist/esm/triage/index.js';

const en = STRINGS.en;

/**
 * Flesch–Kincaid grade, 0.39 · words/sentences + 11.8 · syllables/words − 15.59, of a block of
 * text units. Each unit (a legend, an option label, a tip) counts as at least one sentence, so
 * that labels without a full stop are not read as one run-on sentence.
 *
 * Blocks, not single units, are graded: a block is what a reader takes in at once (a question
 * with its options and "why we ask", or one part of a result). A unit of two or three words gives
 * a meaningless grade: "Medium" alone scores above 8, "18 to 49" below 0.
 */
function grade(units) {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of units) {
    sentences += Math.max(1, unit.split(/[.!?:]+(?:\s|$)/).filter((s) => /\w/.test(s)).length);
    const found = unit.match(/[\p{L}\d'’-]+/gu) ?? [];
    words += found.length;
    for (const word of found) syllables += Math.max(1, syllable(word));
  }
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

const GRADE = 8;

test('every question block (question, why we ask, options) reads at grade 8 or below', () => {
  for (const { id, options } of QUESTIONS) {
    const block = [
      ...en.questions[id],
      ...options.map((option) => en.options[option]),
      en.none,
      en.many,
    ];
    assert.ok(grade(block) <= GRADE, `${id}: grade ${grade(block).toFixed(1)}`);
  }
});

test('every result block reads at grade 8 or below', () => {
  const blocks = {
    intro: [en.use, en.local],
    ...Object.fromEntries(Object.entries(en.care).map(([level, texts]) => [level, texts])),
    ...Object.fromEntries(
      Object.entries(en.patterns).map(([category, text]) => [category, [text]]),
    ),
    reasons: [en.ledToThis, en.unclear],
    home: [en.home, ...en.homeTips, en.bookLater],
    running: [en.runTips, ...Object.values(en.tip)],
    prevention: [en.prevent, ...Object.values(en.preventTips)],
    safety: [...Object.values(en.sooner), en.emergencyNote, en.notDiagnosis],
    copy: [en.copy, en.copied, en.noCopy],
    error: [en.required],
  };
  for (const [name, block] of Object.entries(blocks)) {
    const units = block.filter(Boolean);
    assert.ok(grade(units) <= GRADE, `${name}: grade ${grade(units).toFixed(1)}`);
  }
});

test('no single sentence of a result runs past grade 10', () => {
  // A guard against one long, hard sentence hiding inside an easy block.
  const sentences = [...Object.values(en.patterns), ...Object.values(en.care).flat()]
    .flatMap((text) => text.split(/(?<=\.)\s+/))
    .filter((sentence) => sentence.split(/\s+/).length >= 8);
  for (const sentence of sentences) {
    assert.ok(grade([sentence]) <= 10, `${grade([sentence]).toFixed(1)}: ${sentence}`);
  }
});

test('the grade formula matches a worked example', () => {
  // 2 sentences, 9 words, 10 syllables: 0.39 · 4.5 + 11.8 · 10/9 − 15.59 = −0.72.
  assert.equal(grade(['The cat sat down.', 'It is a happy cat.']).toFixed(2), '-0.72');
});
