import { assessParsed } from '../triage/assess.js';
import type { Assessment, CareLevel } from '../triage/assess.js';
import { QUESTIONS, RED_FLAGS } from '../triage/questions.js';
import type { Answers, OptionId, QuestionId, TrainingHabit } from '../triage/questions.js';
import type { CheckerStrings } from './strings.js';

/** The UI's exclusive "None of these" choice; it becomes `[]` in `Answers`. */
export const NONE = 'none';
export type Choice = OptionId | typeof NONE;

/** The prevention lines of a result. */
export type PreventionTip = 'strength' | 'form' | 'shoes' | 'stretch';

/** A running tip that covers a prevention line replaces it: no result says the same twice. */
const COVERS: Partial<Record<TrainingHabit, PreventionTip>> = {
  no_strength_training: 'strength',
  new_or_worn_shoes: 'shoes',
};

/** The running tips for `training`, and the prevention lines they leave to show. */
export function tipsFor(training: readonly TrainingHabit[]): {
  running: readonly TrainingHabit[];
  prevention: readonly PreventionTip[];
} {
  const covered = new Set(training.map((habit) => COVERS[habit]));
  const prevention = (['strength', 'form', 'shoes', 'stretch'] as const).filter(
    (tip) => !covered.has(tip),
  );
  return { running: training, prevention };
}

/**
 * What a result shows besides its care card and what led there (CLINICAL.md "What each result
 * says"). The screen and the copied summary both follow it, so the summary never says what the
 * screen leaves out.
 */
export function resultParts(level: CareLevel) {
  const followUp = level === 'specialist' || level === 'self_care';
  return {
    /** The pattern paragraph: never on urgent results, where muscle advice would reassure falsely. */
    pattern: followUp,
    /** The safety net's list shown open, not behind its summary line. */
    netOpen: level === 'urgent',
    /** "If you think this is an emergency…": the open "Call 911 or…" list says it on urgent results. */
    emergencyNote: followUp,
  };
}

/** Where `next()` led: the same step with a missing answer, the next step, or the result. */
export type Move = 'invalid' | 'step' | 'result';

/**
 * The checker's flow, without the DOM: the step shown, the choices picked, the result. One step
 * per question of CLINICAL.md, red flags first; a red flag (or any emergency) ends the flow at
 * once, as no later answer can lower it. Back from a result returns to the last step shown.
 * @internal
 */
export class CheckerFlow {
  #step = 0;
  #picked: Partial<Record<QuestionId, readonly Choice[]>> = {};
  #result?: Assessment;
  #started = false;

  /** Index of the question shown (kept while a result is shown). */
  get step(): number {
    return this.#step;
  }

  get question() {
    return QUESTIONS[this.#step];
  }

  /** The result, once shown. */
  get result(): Assessment | undefined {
    return this.#result;
  }

  /** The choices picked for `question` (default: the one shown). */
  chosen(question: QuestionId = this.question.id): readonly Choice[] {
    return this.#picked[question] ?? [];
  }

  /**
   * Picks or unpicks `id` on the question shown. "None of these" is exclusive: it clears the
   * other choices, and any other choice clears it. True when this is the run's first answer.
   */
  choose(id: Choice, checked: boolean): boolean {
    const { id: question, kind } = this.question;
    const others = this.chosen().filter((c) => c !== id);
    const chosen = !checked
      ? others
      : kind === 'one' || id === NONE
        ? [id]
        : [...others.filter((c) => c !== NONE), id];
    this.#picked = { ...this.#picked, [question]: chosen };
    const first = !this.#started;
    this.#started = true;
    return first;
  }

  /** Moves on from the question shown. */
  next(): Move {
    if (this.question.required && this.chosen().length === 0) return 'invalid';
    const result = assessParsed(this.answers());
    if (result.careLevel === 'emergency' || this.#step === QUESTIONS.length - 1) {
      this.#result = result;
      return 'result';
    }
    this.#step++;
    return 'step';
  }

  /** From a result, back to the last step shown; from a step, to the one before. */
  back(): void {
    if (this.#result) this.#result = undefined;
    else if (this.#step > 0) this.#step--;
  }

  /** Clears every answer and the result; the next answer starts a new run. */
  restart(): void {
    this.#step = 0;
    this.#picked = {};
    this.#result = undefined;
    this.#started = false;
  }

  /** The answers so far, as the triage engine reads them. */
  answers(): Answers {
    const answers: Partial<Record<QuestionId, OptionId | OptionId[]>> = {};
    for (const { id, kind } of QUESTIONS) {
      const ids = this.chosen(id).filter((c): c is OptionId => c !== NONE);
      if (this.chosen(id).length === 0) continue;
      answers[id] = kind === 'one' ? ids[0] : ids;
    }
    // The questions fill each field with its own option ids, so the answers fit the catalogue.
    return answers as Answers;
  }

  /**
   * The answers and the result in plain words, for the visit ("Copy summary"): what the result
   * screen says, in the same order, with the number to call (as people read it) written out.
   */
  summary(t: CheckerStrings, phone: string): string {
    const { careLevel, category } = assessParsed(this.answers());
    const answers = QUESTIONS.map(({ id }) => {
      const words = this.chosen(id).map((c) => (c === NONE ? t.none : t.options[c]));
      return `${t.questions[id][0]} ${words.join('; ') || t.skipped}`;
    });
    const parts = resultParts(careLevel);
    const lines = [t.summary, ...answers, '', t.result, ...t.care[careLevel]];
    if (careLevel !== 'emergency') {
      lines.push(t.callClinic(phone));
      if (parts.pattern) lines.push(t.patterns[category]);
      lines.push(
        t.running[careLevel],
        `${t.sooner[careLevel]} ${RED_FLAGS.map((id) => t.options[id]).join('; ')}.`,
      );
    }
    if (parts.emergencyNote) lines.push(t.emergencyNote);
    return [...lines, t.notDiagnosis].join('\n');
  }
}
