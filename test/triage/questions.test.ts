import { expect } from '@open-wc/testing';
import { QUESTIONS } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/index.js';

// The catalogue drives the checker's steps; the UI keys its translated texts by these ids.
describe('QUESTIONS', () => {
  it('lists the steps in the order the runner meets them, red flags first', () => {
    expect(QUESTIONS.map((q) => q.id)).to.deep.equal([
      'redFlags',
      'systemic',
      'age',
      'onset',
      'pattern',
      'duration',
      'severity',
      'training',
    ]);
  });

  it('holds exactly the option ids of CLINICAL.md, in display order', () => {
    expect(Object.fromEntries(QUESTIONS.map((q) => [q.id, [q.kind, ...q.options]]))).to.deep.equal({
      redFlags: [
        'several',
        'bladder_bowel',
        'saddle_numbness',
        'both_legs',
        'leg_weakness',
        'major_trauma',
        'chest_abdomen',
      ],
      systemic: [
        'several',
        'fever',
        'cancer_history',
        'weight_loss',
        'night_pain',
        'immune',
        'back_lump',
        'upper_back',
      ],
      age: ['one', 'under_18', '18_49', '50_69', '70_plus'],
      onset: ['one', 'gradual', 'sudden_activity', 'fall_accident'],
      pattern: [
        'several',
        'twist_sharp',
        'spasm',
        'all_over_ache',
        'worse_leaning_forward',
        'radiates_leg',
        'leg_numbness_tingling',
        'worse_cough_sneeze',
      ],
      duration: ['one', 'lt_2w', '2_6w', 'gt_6w'],
      severity: ['one', 'mild', 'moderate', 'severe'],
      training: [
        'several',
        'mileage_increase',
        'no_strength_training',
        'new_or_worn_shoes',
        'marathon_block',
      ],
    });
  });

  it('requires only the red flags, so the flow can end on the first screen', () => {
    expect(QUESTIONS.filter((q) => q.required).map((q) => q.id)).to.deep.equal(['redFlags']);
  });

  it('offers an exclusive "None of these" only for red flags and systemic signs', () => {
    expect(QUESTIONS.filter((q) => q.noneOfThese).map((q) => q.id)).to.deep.equal([
      'redFlags',
      'systemic',
    ]);
    for (const q of QUESTIONS.filter((q) => q.noneOfThese)) expect(q.kind).to.equal('several');
  });

  it('never reuses an option id, so a reason names exactly one answer', () => {
    const ids = QUESTIONS.flatMap((q) => q.options);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('carries ids only, never user-facing text', () => {
    for (const id of QUESTIONS.flatMap((q) => [q.id, ...q.options])) {
      expect(id).to.match(/^[a-zA-Z0-9_]+$/);
    }
  });

  it('cannot be edited by a page to change what triage accepts', () => {
    expect(Object.isFrozen(QUESTIONS)).to.be.true;
    for (const q of QUESTIONS) {
      expect(Object.isFrozen(q), q.id).to.be.true;
      expect(Object.isFrozen(q.options), q.id).to.be.true;
    }
  });

  it('asks about every Answers field (checked by the compiler)', () => {
    // `Question.id` is `keyof Answers`; this fails to compile when a field has no question.
    type Unasked = Exclude<keyof Answers, (typeof QUESTIONS)[number]['id']>;
    const everyFieldAsked: [Unasked] extends [never] ? true : false = true;
    expect(everyFieldAsked).to.be.true;
  });
});
