import { RED_FLAGS, SYSTEMIC } from './questions.js';
import type { Answers, OptionId } from './questions.js';
import { parseAnswers } from './validate.js';

/** Where to get care, most urgent first: `emergency` > `urgent` > `specialist` > `self_care`. */
export type CareLevel = 'emergency' | 'urgent' | 'specialist' | 'self_care';

/**
 * The pattern the answers fit: the first that fits of `disc`, `injury`, `arthritis`, `muscular`,
 * else `unclear`.
 */
export type Category = 'disc' | 'injury' | 'arthritis' | 'muscular' | 'unclear';

/**
 * An answer that drove the care level: an option id, or `unclear` when the level rests on no
 * answer at all but on the lack of a recognised pattern (rule 11).
 */
export type Reason = OptionId | 'unclear';

/** The result of {@link assessBackPain}. */
export interface Assessment {
  /** Where to get care (the highest CLINICAL.md rule that fires). */
  readonly careLevel: CareLevel;
  /** The pattern in hedged words; computed always, though the emergency screen hides it. */
  readonly category: Category;
  /** What led to `careLevel`, most important first; never empty. */
  readonly reasons: readonly Reason[];
}

// "Leg signs" of CLINICAL.md, used by rules 3 and 4.
const LEG_SIGNS = ['radiates_leg', 'leg_numbness_tingling'] as const;

// CLINICAL.md "Category", first that fits; `injury` comes after `disc`, so it means "without
// disc signs". Within a category the most telling sign comes first (for `disc`, the red flag,
// then the nerve-root signs).
const CATEGORY_SIGNS = [
  ['disc', ['both_legs', ...LEG_SIGNS, 'worse_leaning_forward', 'worse_cough_sneeze']],
  ['injury', ['fall_accident']],
  ['arthritis', ['all_over_ache']],
  ['muscular', ['twist_sharp', 'spasm']],
] as const;

/** What the rules look at: the chosen ids and the category they fit. */
interface Facts {
  readonly ids: ReadonlySet<OptionId>;
  readonly category: Category;
  /** The ids that put the answers in `category` (none for `unclear`). */
  readonly signs: readonly OptionId[];
}

/** The chosen ids among `wanted`, in the order of `wanted`. */
function among(ids: ReadonlySet<OptionId>, wanted: readonly OptionId[]): OptionId[] {
  return wanted.filter((id) => ids.has(id));
}

/** `[lead, ...chosen others]` when `lead` and at least one of `others` are chosen, else `[]`. */
function withAny(ids: ReadonlySet<OptionId>, lead: OptionId, others: readonly OptionId[]) {
  const found = among(ids, others);
  return ids.has(lead) && found.length > 0 ? [lead, ...found] : [];
}

function categorize(ids: ReadonlySet<OptionId>): Facts {
  for (const [category, candidates] of CATEGORY_SIGNS) {
    const signs = among(ids, candidates);
    if (signs.length > 0) return { ids, category, signs };
  }
  return { ids, category: 'unclear', signs: [] };
}

type Rule = (facts: Facts) => readonly Reason[];

// Each rule returns the ids that made it fire, or [] when it does not fire. Within a level the
// order is CLINICAL.md's, which is also the order of importance.
const RULES: Readonly<Record<Exclude<CareLevel, 'self_care'>, readonly Rule[]>> = {
  emergency: [
    /* 1 */ (f) => among(f.ids, RED_FLAGS),
    /* 2, fracture risk */ (f) => withAny(f.ids, 'fall_accident', ['70_plus', 'immune']),
    /* 3, spinal infection risk */ (f) => withAny(f.ids, 'fever', ['immune', ...LEG_SIGNS]),
    /* 4, cord compression risk */ (f) => withAny(f.ids, 'cancer_history', LEG_SIGNS),
  ],
  urgent: [
    /* 5 */ (f) => among(f.ids, SYSTEMIC),
    /* 6 */ (f) => among(f.ids, ['fall_accident']),
    /* 7 */ (f) => among(f.ids, ['severe', 'worse_cough_sneeze']),
  ],
  specialist: [
    /* 8 */ (f) => among(f.ids, ['under_18']),
    /* 9 */ (f) => (f.category === 'disc' || f.category === 'arthritis' ? f.signs : []),
    /* 10 */ (f) => among(f.ids, ['2_6w', 'gt_6w']),
    /* 11 */ (f) => (f.category === 'unclear' ? ['unclear'] : []),
  ],
};

/**
 * Triages a runner's back pain by the rules of CLINICAL.md: the highest care level whose rule
 * fires wins, and the category is the first that fits. An unanswered field fires no rule.
 *
 * `reasons` lists the ids of every rule that fires at the winning level, in rule order, each id
 * once: the red flags (rule 1); `fall_accident` then `70_plus`/`immune` (2); `fever` then
 * `immune`/leg signs (3); `cancer_history` then leg signs (4); the systemic signs (5);
 * `fall_accident` (6); `severe`, `worse_cough_sneeze` (7); `under_18` (8); the disc or arthritis
 * signs (9); the duration (10); `unclear` (11). Self-care (rule 12) lists the muscular signs,
 * then `lt_2w` and `mild`/`moderate` when answered: why it is safe to start at home.
 *
 * @throws TypeError naming the field when `answers` does not match the catalogue.
 */
export function assessBackPain(answers: Answers): Assessment {
  return assessParsed(parseAnswers(answers));
}

/**
 * {@link assessBackPain} for answers already known to fit the catalogue: the checker builds them
 * from the catalogue's own option ids, so the drop-in need not ship the validator.
 */
export function assessParsed(answers: Answers): Assessment {
  // `training` is left out: it shapes tips only (CLINICAL.md), so no rule may ever see it.
  const { redFlags, systemic = [], pattern = [], age, onset, duration, severity } = answers;
  const ids = new Set<OptionId>([...redFlags, ...systemic, ...pattern]);
  for (const id of [age, onset, duration, severity]) if (id !== undefined) ids.add(id);
  const facts = categorize(ids);

  for (const careLevel of ['emergency', 'urgent', 'specialist'] as const) {
    const reasons = RULES[careLevel].flatMap((rule) => rule(facts));
    if (reasons.length > 0) {
      return { careLevel, category: facts.category, reasons: [...new Set(reasons)] };
    }
  }
  // Rule 12: nothing above fired, so the pattern is muscular (rules 6, 9 and 11 catch the rest).
  return {
    careLevel: 'self_care',
    category: facts.category,
    reasons: [...facts.signs, ...among(ids, ['lt_2w', 'mild', 'moderate'])],
  };
}
