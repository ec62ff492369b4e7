/**
 * `ispine-widgets/triage`: the back-pain checker's pure, DOM-free engine (CLINICAL.md), the same
 * in the browser and in Node.
 * @packageDocumentation
 */
export { assessBackPain } from './assess.js';
export type { Assessment, CareLevel, Category, Reason } from './assess.js';
export { QUESTIONS } from './questions.js';
export type {
  AgeBand,
  Answers,
  Duration,
  OptionId,
  Onset,
  PainPattern,
  Question,
  QuestionId,
  RedFlag,
  Severity,
  SystemicSign,
  TrainingHabit,
} from './questions.js';
