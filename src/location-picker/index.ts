import { define } from '../define.js';
import { LocationPicker } from './location-picker.js';

export { LocationPicker };

define('ispine-location-picker', LocationPicker);
