import { define } from '../define.js';
import { CallBookButton } from './call-book-button.js';

export { CallBookButton };
export type { AttributionDetail, ISpineEventMap } from '../core/events.js';

define('ispine-call-book-button', CallBookButton);
