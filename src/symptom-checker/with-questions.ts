import { Questionnaire } from './questionnaire.js';
import { questionStyles } from './questionnaire.styles.js';
import { SymptomChecker } from './symptom-checker.js';
import { questionsCard } from './symptom-checker.styles.js';

/**
 * Makes the checker render its questions itself, with their style sheet: for the frame's own
 * page and the inline entry, before the element is defined. The drop-in never loads this, so
 * partner pages neither download nor parse the questions or their styles.
 */
export function renderQuestionsInline(): void {
  SymptomChecker.questionnaire = (host) => new Questionnaire(host);
  SymptomChecker.styles = [...SymptomChecker.styles, questionsCard, questionStyles];
}
