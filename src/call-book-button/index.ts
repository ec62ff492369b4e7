import { define } from '../define.js';
import { CallBookButton } from './call-book-button.js';

export { CallBookButton };

define('ispine-call-book-button', CallBookButton);
