import { define } from '../define.js';
import { SymptomChecker } from './isolated.js';

export { SymptomChecker };

define('ispine-symptom-checker', SymptomChecker);
