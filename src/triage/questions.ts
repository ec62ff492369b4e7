// The question catalogue of CLINICAL.md ("Questions and option ids"): the single source of the
// ids that `Answers`, the rules and the translated texts share. No user-facing text here.

/** Signs that send the runner to emergency care whatever else is answered (CLINICAL rule 1). */
export const RED_FLAGS = Object.freeze([
  'bladder_bowel',
  'saddle_numbness',
  'both_legs',
  'leg_weakness',
  'major_trauma',
  'chest_abdomen',
] as const);

/** Signs of a cause beyond the back (CLINICAL rules 2–5). */
export const SYSTEMIC = Object.freeze([
  'fever',
  'cancer_history',
  'weight_loss',
  'night_pain',
  'immune',
  'back_lump',
  'upper_back',
] as const);

/** Age bands (CLINICAL rules 2 and 8). */
export const AGES = Object.freeze(['under_18', '18_49', '50_69', '70_plus'] as const);

/** How the pain started (CLINICAL rules 2, 6 and the `injury` category). */
export const ONSETS = Object.freeze(['gradual', 'sudden_activity', 'fall_accident'] as const);

/** How the pain feels; it decides the category. */
export const PATTERNS = Object.freeze([
  'twist_sharp',
  'spasm',
  'all_over_ache',
  'worse_leaning_forward',
  'radiates_leg',
  'leg_numbness_tingling',
  'worse_cough_sneeze',
] as const);

/** Running habits; they shape the tips only, never the care level. */
export const TRAINING = Object.freeze([
  'mileage_increase',
  'no_strength_training',
  'new_or_worn_shoes',
  'marathon_block',
] as const);

/** How long the pain has lasted (CLINICAL rule 10). */
export const DURATIONS = Object.freeze(['lt_2w', '2_6w', 'gt_6w'] as const);

/** How much the pain limits the runner (CLINICAL rule 7). */
export const SEVERITIES = Object.freeze(['mild', 'moderate', 'severe'] as const);

/** A red-flag option id. */
export type RedFlag = (typeof RED_FLAGS)[number];
/** A systemic-sign option id. */
export type SystemicSign = (typeof SYSTEMIC)[number];
/** An age-band option id. */
export type AgeBand = (typeof AGES)[number];
/** An onset option id. */
export type Onset = (typeof ONSETS)[number];
/** A pain-pattern option id. */
export type PainPattern = (typeof PATTERNS)[number];
/** A duration option id. */
export type Duration = (typeof DURATIONS)[number];
/** A severity option id. */
export type Severity = (typeof SEVERITIES)[number];
/** A training-habit option id. */
export type TrainingHabit = (typeof TRAINING)[number];

/** Any option id; ids are unique across questions, so one id names one answer. */
export type OptionId =
  RedFlag | SystemicSign | AgeBand | Onset | PainPattern | Duration | Severity | TrainingHabit;

/**
 * A runner's answers. Only `redFlags` is required (`[]` = "None of these"); an absent field
 * means "not answered" and fires no rule.
 */
export interface Answers {
  /** Red flags; `[]` = none of these. */
  readonly redFlags: readonly RedFlag[];
  /** Systemic signs; `[]` = none of these. */
  readonly systemic?: readonly SystemicSign[];
  /** Age band. */
  readonly age?: AgeBand;
  /** How the pain started. */
  readonly onset?: Onset;
  /** How the pain feels (any number, including none). */
  readonly pattern?: readonly PainPattern[];
  /** How long it has lasted. */
  readonly duration?: Duration;
  /** How much it limits the runner. */
  readonly severity?: Severity;
  /** Running habits (tips only). */
  readonly training?: readonly TrainingHabit[];
}

/** A question id: the `Answers` field it fills, and the key of its translated texts. */
export type QuestionId = keyof Answers;

/** One step of the checker. */
export interface Question {
  /** The `Answers` field this question fills. */
  readonly id: QuestionId;
  /** `one`: a single option id; `several`: an array of option ids. */
  readonly kind: 'one' | 'several';
  /** Whether `Answers` must contain this field. */
  readonly required: boolean;
  /** Option ids in display order. */
  readonly options: readonly OptionId[];
  /** The UI offers an exclusive "None of these" choice, answered as `[]`. */
  readonly noneOfThese: boolean;
}

function question<const Q extends Question>(q: Q): Q {
  // Frozen so that a page editing the exported catalogue cannot change what triage accepts.
  return Object.freeze(q);
}

/**
 * The questions in step order. The flow ends at `redFlags` when one is chosen (CLINICAL:
 * "the flow ends at the first screen when a red flag is chosen").
 */
export const QUESTIONS = Object.freeze([
  question({
    id: 'redFlags',
    kind: 'several',
    required: true,
    options: RED_FLAGS,
    noneOfThese: true,
  }),
  question({
    id: 'systemic',
    kind: 'several',
    required: false,
    options: SYSTEMIC,
    noneOfThese: true,
  }),
  question({ id: 'age', kind: 'one', required: false, options: AGES, noneOfThese: false }),
  question({ id: 'onset', kind: 'one', required: false, options: ONSETS, noneOfThese: false }),
  question({
    id: 'pattern',
    kind: 'several',
    required: false,
    options: PATTERNS,
    noneOfThese: false,
  }),
  question({
    id: 'duration',
    kind: 'one',
    required: false,
    options: DURATIONS,
    noneOfThese: false,
  }),
  question({
    id: 'severity',
    kind: 'one',
    required: false,
    options: SEVERITIES,
    noneOfThese: false,
  }),
  question({
    id: 'training',
    kind: 'several',
    required: false,
    options: TRAINING,
    noneOfThese: false,
  }),
] as const);
