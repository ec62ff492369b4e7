import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assessBackPain, QUESTIONS } from '../../src/triage/index.js';
import type { Answers, CareLevel, OptionId, Question } from '../../src/triage/index.js';

const RANK: Readonly<Record<CareLevel, number>> = {
  self_care: 0,
  specialist: 1,
  urgent: 2,
  emergency: 3,
};
const RUNS = { numRuns: 500 };

// The first two steps (pinned by questions.test.ts).
const [redFlagsQuestion, systemicQuestion] = QUESTIONS;
const RED_FLAGS = [...redFlagsQuestion.options];
const SYSTEMIC = [...systemicQuestion.options];
const ALL_IDS: readonly string[] = QUESTIONS.flatMap((q) => q.options);
const FIELDS: readonly string[] = QUESTIONS.map((q) => q.id);

function field(q: Question): fc.Arbitrary<OptionId | OptionId[]> {
  if (q.kind === 'one') return fc.constantFrom(...q.options);
  const some = fc.shuffledSubarray([...q.options]);
  // "None of these" is one tap in the UI, so let it come up often enough to reach later rules.
  return q.noneOfThese
    ? fc.oneof(
        { arbitrary: fc.constant<OptionId[]>([]), weight: 3 },
        { arbitrary: some, weight: 1 },
      )
    : some;
}

/** Any valid answers: each question's own options, in any order, any field left unanswered. */
const answers = fc.record(Object.fromEntries(QUESTIONS.map((q) => [q.id, field(q)])), {
  requiredKeys: ['redFlags'],
}) as unknown as fc.Arbitrary<Answers>;

/** Any one more answer: a question and one of its options. */
const oneMore = fc
  .constantFrom(...QUESTIONS)
  .chain((q) => fc.constantFrom(...q.options).map((id) => [q, id] as const));

/** `a` with option `id` of `q` added, or `a` itself when `q` is a `one` already answered. */
function withOneMore(a: Answers, [q, id]: readonly [Question, OptionId]): Answers {
  const current = a[q.id];
  if (q.kind === 'one') return current === undefined ? { ...a, [q.id]: id } : a;
  const ids = (current ?? []) as OptionId[];
  return ids.includes(id) ? a : { ...a, [q.id]: [...ids, id] };
}

describe('assessBackPain properties', () => {
  it('any red flag means emergency, and the red flags lead the reasons', () => {
    const flags = fc.shuffledSubarray(RED_FLAGS, { minLength: 1 });
    fc.assert(
      fc.property(answers, flags, (a, redFlags) => {
        const { careLevel, reasons } = assessBackPain({ ...a, redFlags });
        expect(careLevel).to.equal('emergency');
        const inOrder = RED_FLAGS.filter((id) => redFlags.includes(id));
        expect(reasons.slice(0, inOrder.length)).to.deep.equal(inOrder);
      }),
      RUNS,
    );
  });

  it('any systemic sign means at least urgent care', () => {
    const signs = fc.shuffledSubarray(SYSTEMIC, { minLength: 1 });
    fc.assert(
      fc.property(answers, signs, (a, systemic) => {
        const { careLevel } = assessBackPain({ ...a, systemic });
        expect(RANK[careLevel]).to.be.at.least(RANK.urgent);
      }),
      RUNS,
    );
  });

  it('an under-18 is never sent to self-care', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(assessBackPain({ ...a, age: 'under_18' }).careLevel).to.not.equal('self_care');
      }),
      RUNS,
    );
  });

  it('adding an answer never lowers the care level, except a first muscular pattern (rule 11 → 12)', () => {
    // Answers built one tap at a time from "no red flags", the way a runner fills them in.
    fc.assert(
      fc.property(fc.array(oneMore, { maxLength: 10 }), (steps) => {
        let answers: Answers = { redFlags: [] };
        let before = assessBackPain(answers);
        for (const step of steps) {
          answers = withOneMore(answers, step);
          const after = assessBackPain(answers);
          if (RANK[after.careLevel] < RANK[before.careLevel]) {
            // The only drop CLINICAL.md allows: "no recognised pattern → specialist" (rule 11)
            // gives way once the runner describes muscle pain and nothing else calls for more.
            expect(before).to.deep.equal({
              careLevel: 'specialist',
              category: 'unclear',
              reasons: ['unclear'],
            });
            expect([after.careLevel, after.category]).to.deep.equal(['self_care', 'muscular']);
          }
          before = after;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('that one drop is real: an unclear pattern is specialist, the same with a spasm is self-care', () => {
    expect(assessBackPain({ redFlags: [], duration: 'lt_2w' }).careLevel).to.equal('specialist');
    expect(
      assessBackPain({ redFlags: [], duration: 'lt_2w', pattern: ['spasm'] }).careLevel,
    ).to.equal('self_care');
  });

  it('valid answers never throw, and every reason is an answer the runner gave', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { careLevel, category, reasons } = assessBackPain(a);
        expect(reasons).to.not.be.empty;
        expect(new Set(reasons).size).to.equal(reasons.length);
        const given = QUESTIONS.filter((q) => q.id !== 'training').flatMap((q) => a[q.id] ?? []);
        for (const reason of reasons) {
          if (reason === 'unclear')
            expect([careLevel, category]).to.deep.equal(['specialist', 'unclear']);
          else expect(given).to.include(reason);
        }
      }),
      RUNS,
    );
  });

  it('the order of ticked options never changes the result', () => {
    const reversed = (a: Answers): Answers => {
      const out: Record<string, unknown> = { ...a };
      for (const q of QUESTIONS) {
        if (q.kind === 'several' && a[q.id]) out[q.id] = [...(a[q.id] as OptionId[])].reverse();
      }
      return out as unknown as Answers;
    };
    fc.assert(
      fc.property(answers, (a) => {
        expect(assessBackPain(reversed(a))).to.deep.equal(assessBackPain(a));
      }),
      RUNS,
    );
  });
});

describe('assessBackPain properties: invalid answers', () => {
  const anyQuestion = fc.constantFrom(...QUESTIONS);
  const severalQuestion = fc.constantFrom(...QUESTIONS.filter((q) => q.kind === 'several'));
  // An option id that belongs to another question is as wrong as a made-up one.
  const notAnId = fc.oneof(fc.string(), fc.constantFrom(...ALL_IDS));
  const defined = fc.anything().filter((v) => v !== undefined);

  /** Valid answers broken in exactly one way, with the start of the message that must name it. */
  const broken: fc.Arbitrary<readonly [unknown, string]> = fc.oneof(
    fc
      .tuple(
        answers,
        fc.string().filter((key) => !FIELDS.includes(key)),
        fc.anything(),
      )
      .map(([a, key, value]) => [{ ...a, [key]: value }, `answers.${key}: unknown field`] as const),
    fc
      .tuple(answers, anyQuestion, notAnId)
      .filter(([, q, bad]) => !(q.options as readonly string[]).includes(bad))
      .map(([a, q, bad]) => {
        const value = q.kind === 'one' ? bad : [...((a[q.id] ?? []) as OptionId[]), bad];
        return [{ ...a, [q.id]: value }, `answers.${q.id}: unknown option`] as const;
      }),
    fc
      .tuple(answers, anyQuestion, defined)
      .filter(([, q, v]) => (q.kind === 'one' ? typeof v !== 'string' : !Array.isArray(v)))
      .map(([a, q, v]) => [{ ...a, [q.id]: v }, `answers.${q.id}: expected`] as const),
    fc
      .tuple(answers, severalQuestion, fc.anything())
      .filter(([, , v]) => typeof v !== 'string')
      .map(
        ([a, q, v]) => [{ ...a, [q.id]: [v] }, `answers.${q.id}: expected an option id`] as const,
      ),
    fc.tuple(answers, severalQuestion).chain(([a, q]) =>
      fc.constantFrom(...q.options).map((id) => {
        const rest = ((a[q.id] ?? []) as OptionId[]).filter((other) => other !== id);
        return [
          { ...a, [q.id]: [id, ...rest, id] },
          `answers.${q.id}: duplicate option "${id}"`,
        ] as const;
      }),
    ),
    answers.map((a) => [{ ...a, redFlags: undefined }, 'answers.redFlags: required'] as const),
    fc
      .anything()
      .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
      .map((v) => [v, 'answers: expected an object'] as const),
  );

  it('answers broken in any one way throw a TypeError naming the field', () => {
    fc.assert(
      fc.property(broken, ([value, message]) => {
        expect(() => assessBackPain(value as Answers))
          .to.throw(TypeError)
          .with.property('message')
          .that.satisfies((text: string) => text.startsWith(message));
      }),
      { numRuns: 1000 },
    );
  });

  it('any value at all either gets an assessment or a TypeError, never another error', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          assessBackPain(value as Answers);
        } catch (error) {
          expect(error).to.be.instanceOf(TypeError);
        }
      }),
      RUNS,
    );
  });
});
