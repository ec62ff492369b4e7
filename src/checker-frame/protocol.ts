import type { Config } from '../config/schema.js';
import { ID_PATTERN } from '../config/validate.js';
import type { Lang } from '../core/i18n.js';

/**
 * The checker's frame protocol: the settings the page gives the frame (in the URL fragment,
 * never sent to a server) and the few content-free messages the frame posts back. Nothing here
 * is health information, and nothing differs between answer paths.
 * @internal
 */

/** The frame page, served next to the drop-in; opened directly, it is the checker's own page. */
export const FRAME_FILE = 'checker-frame.html';

/** What the frame needs from the page. */
export interface FrameSettings {
  /** The embedding page's origin: the frame posts only there. Absent on the checker's own page. */
  origin?: string;
  lang: Lang;
  theme: 'light' | 'dark' | 'auto';
  partner?: string;
  clinic?: string;
  /** The page's text colour, font, font size and colour scheme where the checker sits. */
  color?: string;
  font?: string;
  fontSize?: string;
  scheme?: string;
  /** The page's configuration (the frame validates it again). */
  config?: Config;
}

/**
 * What the frame tells the page: it loaded; its first question is on screen (the browser drew a
 * frame of it: not before the card is in view); the visitor pressed Escape in it (the sheet
 * around it closes, as Escape closes a modal dialog); a call or booking link was used. (The
 * page itself sees Start pressed, on the card around the frame.)
 */
export type FrameMessage =
  | { ispine: 'ready' }
  | { ispine: 'shown' }
  | { ispine: 'close' }
  | { ispine: 'call'; clinicId: string | null }
  | { ispine: 'book'; clinicId: string | null };

/**
 * JSON that a page cannot bend: `JSON.stringify` calls any `toJSON` a host script puts on
 * `Array.prototype` or `Object.prototype`; this walks plain data only.
 */
export function encodeJson(value: unknown): string {
  // Primitives have no `toJSON` to consult: only objects are walked here.
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) return `[${value.map((item) => encodeJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const fields = Object.keys(value).flatMap((key) => {
      const item = (value as Record<string, unknown>)[key];
      return item === undefined ? [] : [`${encodeJson(key)}:${encodeJson(item)}`];
    });
    return `{${fields.join(',')}}`;
  }
  return 'null';
}

/** The frame's URL for `settings`, next to the hosted files. */
export function frameUrl(filesUrl: string, settings: FrameSettings): string {
  return `${new URL(FRAME_FILE, filesUrl).href}#${encodeURIComponent(encodeJson(settings))}`;
}

/** The settings in a frame URL's fragment; undefined when malformed. */
export function readFrameSettings(hash: string): Partial<FrameSettings> | undefined {
  try {
    const settings: unknown = JSON.parse(decodeURIComponent(hash.slice(1)));
    return typeof settings === 'object' && settings !== null ? settings : undefined;
  } catch {
    return undefined;
  }
}

/** Narrows an incoming `postMessage` payload to a `FrameMessage`. */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { ispine, clinicId } = data as Record<string, unknown>;
  if (ispine === 'call' || ispine === 'book') {
    return clinicId === null || (typeof clinicId === 'string' && ID_PATTERN.test(clinicId));
  }
  return ispine === 'ready' || ispine === 'shown' || ispine === 'close';
}
