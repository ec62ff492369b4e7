import { define } from '../define.js';
import { SymptomChecker } from './symptom-checker.js';

export { SymptomChecker };

define('ispine-symptom-checker', SymptomChecker);
