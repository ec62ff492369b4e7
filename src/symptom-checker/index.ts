import { define } from '../define.js';
import '../call-book-button/index.js';
import { SymptomChecker } from './symptom-checker.js';

export { SymptomChecker };

define('ispine-symptom-checker', SymptomChecker);
