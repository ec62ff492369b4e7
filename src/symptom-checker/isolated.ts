/**
 * The checker as partner pages get it: its questions in the isolated frame. The drop-in and
 * `ispine-widgets/symptom-checker` take the element from here; the frame's own page and the
 * inline entry do not, so they never carry the frame's host side.
 */
import { CheckerFrameController } from '../checker-frame/host.js';
import { SymptomChecker } from './symptom-checker.js';

SymptomChecker.frame = (host) => new CheckerFrameController(host);

export { SymptomChecker };
