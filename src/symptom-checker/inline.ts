/**
 * `ispine-widgets/symptom-checker/inline`: the checker with its questions rendered in the page
 * itself, for the clinic's own site (importing this is the explicit opt-in). Partner pages use
 * `ispine-widgets/symptom-checker` or the drop-in, which keep the questions in an isolated frame.
 * @packageDocumentation
 */
import '../call-book-button/index.js';
import { define } from '../define.js';
import { SymptomChecker } from './symptom-checker.js';
import { renderQuestionsInline } from './with-questions.js';

export { SymptomChecker };

renderQuestionsInline();
define('ispine-symptom-checker', SymptomChecker);
