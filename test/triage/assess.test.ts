import { expect } from '@open-wc/testing';
import { assessBackPain, QUESTIONS } from '../../src/triage/index.js';
import type { Answers, Assessment } from '../../src/triage/index.js';

// Answers where nothing but the named fields pushes the care level up: a runner of 18–49 whose
// pain came on during a run, under two weeks, still able to run.
const CALM = { redFlags: [], age: '18_49', onset: 'sudden_activity', duration: 'lt_2w' } as const;

interface Story {
  readonly story: string;
  readonly answers: Answers;
  readonly expected: Assessment;
}

// Each row is a runner's story; together they cover every rule 1–12 and every precedence step
// of CLINICAL.md, and every option id (checked at the end).
const STORIES: readonly Story[] = [
  // Rule 1: any red flag, whatever else was answered.
  {
    story: 'rule 1: new trouble with the bladder or bowel means call 911',
    answers: { redFlags: ['bladder_bowel'] },
    expected: { careLevel: 'emergency', category: 'unclear', reasons: ['bladder_bowel'] },
  },
  {
    story: 'rule 1: saddle numbness overrides a mild, two-day muscle twinge',
    answers: { ...CALM, redFlags: ['saddle_numbness'], pattern: ['spasm'], severity: 'mild' },
    expected: { careLevel: 'emergency', category: 'muscular', reasons: ['saddle_numbness'] },
  },
  {
    story: 'rule 1: pain in both legs is an emergency even though it fits the disc category',
    answers: { redFlags: ['both_legs'] },
    expected: { careLevel: 'emergency', category: 'disc', reasons: ['both_legs'] },
  },
  {
    story: 'rule 1: a leg giving way in a teenager is an emergency, not a specialist visit',
    answers: { redFlags: ['leg_weakness'], age: 'under_18' },
    expected: { careLevel: 'emergency', category: 'unclear', reasons: ['leg_weakness'] },
  },
  {
    story: 'rule 1: a car crash is an emergency; the red flag comes before the fall',
    answers: { redFlags: ['major_trauma'], onset: 'fall_accident' },
    expected: { careLevel: 'emergency', category: 'injury', reasons: ['major_trauma'] },
  },
  {
    story: 'rule 1: several red flags are listed in catalogue order, whatever the input order',
    answers: { redFlags: ['chest_abdomen', 'bladder_bowel', 'both_legs'] },
    expected: {
      careLevel: 'emergency',
      category: 'disc',
      reasons: ['bladder_bowel', 'both_legs', 'chest_abdomen'],
    },
  },
  {
    story: 'rules 1 and 3: the red flag leads, then the infection signs',
    answers: { redFlags: ['leg_weakness'], systemic: ['immune', 'fever'] },
    expected: {
      careLevel: 'emergency',
      category: 'unclear',
      reasons: ['leg_weakness', 'fever', 'immune'],
    },
  },

  // Rule 2: a fall with weak bones or immunity (fracture risk).
  {
    story: 'rule 2: a fall at 70 or older is an emergency, not just urgent (rule 6)',
    answers: { redFlags: [], age: '70_plus', onset: 'fall_accident', severity: 'mild' },
    expected: { careLevel: 'emergency', category: 'injury', reasons: ['fall_accident', '70_plus'] },
  },
  {
    story: 'rule 2: a fall on long-term steroids is an emergency, beating rule 5',
    answers: { redFlags: [], systemic: ['immune'], age: '50_69', onset: 'fall_accident' },
    expected: { careLevel: 'emergency', category: 'injury', reasons: ['fall_accident', 'immune'] },
  },
  {
    story: 'rule 2: with both risks, both are named after the fall',
    answers: { redFlags: [], systemic: ['immune'], age: '70_plus', onset: 'fall_accident' },
    expected: {
      careLevel: 'emergency',
      category: 'injury',
      reasons: ['fall_accident', '70_plus', 'immune'],
    },
  },
  {
    story: 'rule 2 needs the fall: a 70-year-old whose pain built up gradually is not an emergency',
    answers: { redFlags: [], age: '70_plus', onset: 'gradual', pattern: ['twist_sharp'] },
    expected: { careLevel: 'self_care', category: 'muscular', reasons: ['twist_sharp'] },
  },

  // Rule 3: fever with weak immunity or leg signs (spinal infection risk).
  {
    story: 'rule 3: fever with a weakened immune system is an emergency (beats rule 5)',
    answers: { ...CALM, systemic: ['fever', 'immune'] },
    expected: { careLevel: 'emergency', category: 'unclear', reasons: ['fever', 'immune'] },
  },
  {
    story: 'rule 3: fever with pain down one leg is an emergency',
    answers: { ...CALM, systemic: ['fever'], pattern: ['radiates_leg'] },
    expected: { careLevel: 'emergency', category: 'disc', reasons: ['fever', 'radiates_leg'] },
  },
  {
    story: 'rule 3: fever with tingling in one leg is an emergency',
    answers: { ...CALM, systemic: ['fever'], pattern: ['leg_numbness_tingling'] },
    expected: {
      careLevel: 'emergency',
      category: 'disc',
      reasons: ['fever', 'leg_numbness_tingling'],
    },
  },
  {
    story: 'rule 3 needs leg signs: fever with pain worse leaning forward is urgent (rule 5)',
    answers: { ...CALM, systemic: ['fever'], pattern: ['worse_leaning_forward'] },
    expected: { careLevel: 'urgent', category: 'disc', reasons: ['fever'] },
  },

  // Rule 4: cancer with leg signs (cord compression risk).
  {
    story: 'rule 4: a cancer history with both leg signs is an emergency',
    answers: {
      ...CALM,
      systemic: ['cancer_history'],
      pattern: ['leg_numbness_tingling', 'radiates_leg'],
    },
    expected: {
      careLevel: 'emergency',
      category: 'disc',
      reasons: ['cancer_history', 'radiates_leg', 'leg_numbness_tingling'],
    },
  },
  {
    story: 'rule 4 needs leg signs: a cancer history with pain worse bending forward is urgent',
    answers: { ...CALM, systemic: ['cancer_history'], pattern: ['worse_leaning_forward'] },
    expected: { careLevel: 'urgent', category: 'disc', reasons: ['cancer_history'] },
  },
  {
    story: 'rules 3 and 4 need their lead sign: weak immunity with leg pain is urgent (rule 5)',
    answers: { ...CALM, systemic: ['immune'], pattern: ['radiates_leg'] },
    expected: { careLevel: 'urgent', category: 'disc', reasons: ['immune'] },
  },

  // Rule 5: any systemic sign.
  {
    story: 'rule 5: weight loss without trying, on an otherwise self-care story, is urgent',
    answers: { ...CALM, systemic: ['weight_loss'], pattern: ['spasm'], severity: 'mild' },
    expected: { careLevel: 'urgent', category: 'muscular', reasons: ['weight_loss'] },
  },
  {
    story: 'rule 5: night pain, a lump and upper back pain are all named, in catalogue order',
    answers: { ...CALM, systemic: ['upper_back', 'night_pain', 'back_lump'] },
    expected: {
      careLevel: 'urgent',
      category: 'unclear',
      reasons: ['night_pain', 'back_lump', 'upper_back'],
    },
  },
  {
    story: 'rule 5 beats rule 8: a teenager with a fever is urgent, not specialist',
    answers: { ...CALM, age: 'under_18', systemic: ['fever'] },
    expected: { careLevel: 'urgent', category: 'unclear', reasons: ['fever'] },
  },

  // Rule 6: a fall or blow.
  {
    story: 'rule 6: a fall at 18–49 is urgent and fits the injury category',
    answers: { ...CALM, onset: 'fall_accident', severity: 'mild' },
    expected: { careLevel: 'urgent', category: 'injury', reasons: ['fall_accident'] },
  },
  {
    story: 'rule 6 with disc signs: still urgent, but the category is disc, not injury',
    answers: { ...CALM, onset: 'fall_accident', pattern: ['radiates_leg'] },
    expected: { careLevel: 'urgent', category: 'disc', reasons: ['fall_accident'] },
  },
  {
    story: 'injury beats arthritis: a fall with an all-over ache is an injury',
    answers: { ...CALM, onset: 'fall_accident', pattern: ['all_over_ache'] },
    expected: { careLevel: 'urgent', category: 'injury', reasons: ['fall_accident'] },
  },

  // Rule 7: severe pain, or worse on coughing or sneezing.
  {
    story: 'rule 7: pain that makes walking hard is urgent even when muscular',
    answers: { ...CALM, pattern: ['spasm'], severity: 'severe' },
    expected: { careLevel: 'urgent', category: 'muscular', reasons: ['severe'] },
  },
  {
    story: 'rule 7: pain worse on coughing is urgent and fits the disc category',
    answers: { ...CALM, pattern: ['worse_cough_sneeze'], severity: 'moderate' },
    expected: { careLevel: 'urgent', category: 'disc', reasons: ['worse_cough_sneeze'] },
  },
  {
    story: 'rules 5, 6 and 7 together: every urgent reason, in rule order',
    answers: {
      ...CALM,
      systemic: ['night_pain'],
      onset: 'fall_accident',
      pattern: ['worse_cough_sneeze'],
      severity: 'severe',
    },
    expected: {
      careLevel: 'urgent',
      category: 'disc',
      reasons: ['night_pain', 'fall_accident', 'severe', 'worse_cough_sneeze'],
    },
  },
  {
    story: 'rule 7 beats rule 8: a teenager in severe pain is urgent',
    answers: { ...CALM, age: 'under_18', severity: 'severe' },
    expected: { careLevel: 'urgent', category: 'unclear', reasons: ['severe'] },
  },

  // Rule 8: under 18 is never self-care.
  {
    story: 'rule 8: a 16-year-old with a mild two-day twinge sees a specialist',
    answers: { ...CALM, age: 'under_18', pattern: ['twist_sharp'], severity: 'mild' },
    expected: { careLevel: 'specialist', category: 'muscular', reasons: ['under_18'] },
  },
  {
    story: 'rules 8, 9 and 10 together: every specialist reason, in rule order',
    answers: { ...CALM, age: 'under_18', pattern: ['radiates_leg'], duration: 'gt_6w' },
    expected: {
      careLevel: 'specialist',
      category: 'disc',
      reasons: ['under_18', 'radiates_leg', 'gt_6w'],
    },
  },

  // Rule 9: disc or arthritis.
  {
    story: 'rule 9: pain down one leg fits disc and goes to a specialist',
    answers: { ...CALM, pattern: ['radiates_leg'], severity: 'mild' },
    expected: { careLevel: 'specialist', category: 'disc', reasons: ['radiates_leg'] },
  },
  {
    story: 'rule 9 beats rule 12: disc signs with a muscle spasm is not self-care',
    answers: { ...CALM, pattern: ['spasm', 'worse_leaning_forward'], severity: 'moderate' },
    expected: { careLevel: 'specialist', category: 'disc', reasons: ['worse_leaning_forward'] },
  },
  {
    story: 'rule 9: disc signs are listed nerve-root signs first',
    answers: {
      ...CALM,
      pattern: ['worse_leaning_forward', 'leg_numbness_tingling', 'radiates_leg'],
    },
    expected: {
      careLevel: 'specialist',
      category: 'disc',
      reasons: ['radiates_leg', 'leg_numbness_tingling', 'worse_leaning_forward'],
    },
  },
  {
    story: 'disc beats arthritis: an all-over ache with tingling in a leg fits disc',
    answers: { ...CALM, pattern: ['all_over_ache', 'leg_numbness_tingling'] },
    expected: {
      careLevel: 'specialist',
      category: 'disc',
      reasons: ['leg_numbness_tingling'],
    },
  },
  {
    story: 'rule 9: an all-over ache fits arthritis and goes to a specialist',
    answers: { ...CALM, onset: 'gradual', pattern: ['all_over_ache'], severity: 'mild' },
    expected: { careLevel: 'specialist', category: 'arthritis', reasons: ['all_over_ache'] },
  },
  {
    story: 'arthritis beats muscular: an all-over ache with sharp twisting pain is arthritis',
    answers: { ...CALM, pattern: ['twist_sharp', 'all_over_ache'] },
    expected: { careLevel: 'specialist', category: 'arthritis', reasons: ['all_over_ache'] },
  },

  // Rule 10: two weeks or more.
  {
    story: 'rule 10: a muscle spasm lasting 2–6 weeks goes to a specialist',
    answers: { ...CALM, pattern: ['spasm'], duration: '2_6w', severity: 'mild' },
    expected: { careLevel: 'specialist', category: 'muscular', reasons: ['2_6w'] },
  },
  {
    story: 'rule 10: sharp twisting pain for more than 6 weeks goes to a specialist',
    answers: { ...CALM, pattern: ['twist_sharp'], duration: 'gt_6w' },
    expected: { careLevel: 'specialist', category: 'muscular', reasons: ['gt_6w'] },
  },

  // Rule 11: no recognised pattern.
  {
    story: 'rule 11: with only "no red flags" answered, the pattern is unclear: specialist',
    answers: { redFlags: [] },
    expected: { careLevel: 'specialist', category: 'unclear', reasons: ['unclear'] },
  },
  {
    story: 'rule 11: no pattern ticked, mild and recent, is still a specialist visit',
    answers: { ...CALM, systemic: [], onset: 'gradual', pattern: [], severity: 'mild' },
    expected: { careLevel: 'specialist', category: 'unclear', reasons: ['unclear'] },
  },
  {
    story: 'rules 10 and 11 together: the duration, then the unclear pattern',
    answers: { ...CALM, duration: '2_6w' },
    expected: { careLevel: 'specialist', category: 'unclear', reasons: ['2_6w', 'unclear'] },
  },

  // Rule 12: self-care, with the answers that make it safe.
  {
    story: 'rule 12: sharp twisting pain, under two weeks, moderate: self-care',
    answers: {
      ...CALM,
      systemic: [],
      age: '50_69',
      pattern: ['twist_sharp'],
      severity: 'moderate',
    },
    expected: {
      careLevel: 'self_care',
      category: 'muscular',
      reasons: ['twist_sharp', 'lt_2w', 'moderate'],
    },
  },
  {
    story: 'rule 12: both muscular signs, mild, built up with more mileage',
    answers: {
      ...CALM,
      onset: 'gradual',
      pattern: ['spasm', 'twist_sharp'],
      severity: 'mild',
      training: ['mileage_increase', 'no_strength_training', 'new_or_worn_shoes', 'marathon_block'],
    },
    expected: {
      careLevel: 'self_care',
      category: 'muscular',
      reasons: ['twist_sharp', 'spasm', 'lt_2w', 'mild'],
    },
  },
  {
    story: 'rule 12 with duration and severity unanswered: the muscular sign alone',
    answers: { redFlags: [], pattern: ['spasm'] },
    expected: { careLevel: 'self_care', category: 'muscular', reasons: ['spasm'] },
  },
];

describe('assessBackPain', () => {
  for (const { story, answers, expected } of STORIES) {
    it(story, () => {
      expect(assessBackPain(answers)).to.deep.equal(expected);
    });
  }

  it('the stories use every option id of the catalogue at least once', () => {
    const used = new Set(
      STORIES.flatMap(({ answers }) => QUESTIONS.flatMap((q) => answers[q.id] ?? [])),
    );
    const unused = QUESTIONS.flatMap((q) => q.options).filter((id) => !used.has(id));
    expect(unused).to.deep.equal([]);
  });

  it('training habits shape tips only: they never change the result', () => {
    const base: Answers = { ...CALM, pattern: ['spasm'], severity: 'mild' };
    const training = QUESTIONS.find((q) => q.id === 'training')!;
    for (const habit of training.options) {
      expect(assessBackPain({ ...base, training: [habit] })).to.deep.equal(assessBackPain(base));
    }
  });

  it('treats a field set to undefined as not answered', () => {
    expect(assessBackPain({ redFlags: [], pattern: ['spasm'], age: undefined })).to.deep.equal(
      assessBackPain({ redFlags: [], pattern: ['spasm'] }),
    );
  });

  it('reads frozen answers without changing them', () => {
    const answers = Object.freeze({
      redFlags: Object.freeze([] as const),
      pattern: Object.freeze(['spasm', 'twist_sharp'] as const),
    });
    assessBackPain(answers);
    expect(answers.pattern).to.deep.equal(['spasm', 'twist_sharp']);
  });
});

describe('assessBackPain input validation', () => {
  const assessAnything = (value: unknown) => assessBackPain(value as Answers);
  const inherited: unknown = Object.create({ redFlags: [] });
  const CASES: readonly (readonly [string, unknown, string])[] = [
    ['nothing at all', undefined, 'answers: expected an object, got undefined'],
    ['null', null, 'answers: expected an object, got null'],
    ['a list instead of an object', [], 'answers: expected an object, got an array'],
    ['a JSON string not yet parsed', '{"redFlags":[]}', 'answers: expected an object, got "{'],
    ['red flags not asked', {}, 'answers.redFlags: required'],
    ['red flags only inherited', inherited, 'answers.redFlags: required'],
    ['red flags undefined', { redFlags: undefined }, 'answers.redFlags: required'],
    [
      'a red flag as a bare string',
      { redFlags: 'both_legs' },
      'answers.redFlags: expected an array of option ids, got "both_legs"',
    ],
    ['a "none" sentinel', { redFlags: ['none'] }, 'answers.redFlags: unknown option "none"'],
    [
      'a systemic sign in the red-flag field',
      { redFlags: ['fever'] },
      'answers.redFlags: unknown option "fever"',
    ],
    [
      'a hole in the red flags',
      { redFlags: new Array<string>(1) },
      'answers.redFlags: expected an option id, got undefined',
    ],
    [
      'systemic null',
      { redFlags: [], systemic: null },
      'answers.systemic: expected an array of option ids, got null',
    ],
    [
      'an option id in the wrong case',
      { redFlags: [], systemic: ['Fever'] },
      'answers.systemic: unknown option "Fever"',
    ],
    [
      'an age as a number',
      { redFlags: [], age: 18 },
      'answers.age: expected an option id, got number',
    ],
    ['an age band misspelt', { redFlags: [], age: '18-49' }, 'answers.age: unknown option "18-49"'],
    [
      'an onset as a list',
      { redFlags: [], onset: ['gradual'] },
      'answers.onset: expected an option id, got an array',
    ],
    [
      'a pattern id that does not exist',
      { redFlags: [], pattern: ['foo'] },
      'answers.pattern: unknown option "foo"',
    ],
    [
      'the same pattern twice',
      { redFlags: [], pattern: ['spasm', 'twist_sharp', 'spasm'] },
      'answers.pattern: duplicate option "spasm"',
    ],
    [
      'a pattern given as a number',
      { redFlags: [], pattern: [1] },
      'answers.pattern: expected an option id, got number',
    ],
    [
      'a duration in weeks',
      { redFlags: [], duration: '6w' },
      'answers.duration: unknown option "6w"',
    ],
    [
      'a severity in capitals',
      { redFlags: [], severity: 'SEVERE' },
      'answers.severity: unknown option "SEVERE"',
    ],
    [
      'a training habit as a bare string',
      { redFlags: [], training: 'mileage_increase' },
      'answers.training: expected an array of option ids, got "mileage_increase"',
    ],
    ['a misspelt field', { redFlags: [], redflags: [] }, 'answers.redflags: unknown field'],
    [
      'a result field passed back in',
      { redFlags: [], careLevel: 'self_care' },
      'answers.careLevel: unknown field',
    ],
  ];

  for (const [what, value, message] of CASES) {
    it(`rejects ${what}: ${message}`, () => {
      let error: unknown;
      try {
        assessAnything(value);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(TypeError);
      expect((error as TypeError).message.slice(0, message.length)).to.equal(message);
    });
  }
});
