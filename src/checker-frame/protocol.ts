import { ID_PATTERN } from '../config/schema.js';
import type { Lang } from '../core/i18n.js';

/**
 * The checker's frame protocol: the settings the page gives the frame (in the URL fragment,
 * never sent to a server) and the few content-free messages the frame posts back. Nothing here
 * is health information, and nothing differs between answer paths.
 * @internal
 */

/** The frame page, served next to the drop-in; opened directly, it is the checker's own page. */
export const FRAME_FILE = 'checker-frame.html';

/**
 * A configuration file's name under `<base>/config/` (`<name>.json`): letters, digits, `_`,
 * `-` and dots, never a path.
 */
const CONFIG_NAME = /^[\w-][\w.-]{0,63}$/;

/** What the page tells the frame about where the checker sits; never a configuration. */
export interface FrameLook {
  lang: Lang;
  theme: 'light' | 'dark' | 'auto';
  partner?: string;
  clinic?: string;
  /** The page's text colour, font, font size and colour scheme where the checker sits. */
  color?: string;
  font?: string;
  fontSize?: string;
  scheme?: string;
}

/** What the frame needs from the page. */
export interface FrameSettings extends FrameLook {
  /** The embedding page's origin: the frame posts only there. Absent on the checker's own page. */
  origin?: string;
  /**
   * The clinic's configuration file the page loads, by name (see clinicConfigName()): the frame
   * fetches it from its own origin. Any other configuration stays on the page.
   */
  config?: string;
}

/**
 * The name of the page's configuration when the clinic publishes it next to the hosted files,
 * at `<filesUrl>config/<name>.json`; undefined for any other address, which the frame ignores.
 */
export function clinicConfigName(
  configUrl: string | undefined,
  filesUrl: string,
  baseUrl: string,
): string | undefined {
  if (configUrl === undefined || !URL.canParse(configUrl, baseUrl)) return undefined;
  const url = new URL(configUrl, baseUrl);
  const folder = new URL('config/', filesUrl).href;
  const file = url.search || url.hash ? '' : url.href.slice(folder.length);
  const name = url.href.startsWith(folder) && file.endsWith('.json') ? file.slice(0, -5) : '';
  return CONFIG_NAME.test(name) ? name : undefined;
}

/** The clinic's configuration file named in the frame's settings, relative to the frame page. */
export function configFile(settings: Partial<FrameSettings>): string | undefined {
  const { config } = settings;
  return typeof config === 'string' && CONFIG_NAME.test(config)
    ? `config/${config}.json`
    : undefined;
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

/** JSON's escapes for the characters a JSON string cannot hold as they are. */
const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\' };
const escape = (char: string) =>
  ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` as a JSON string, written here: a page may replace `JSON.stringify`, or bend it with a
 * `toJSON` on a prototype.
 */
// eslint-disable-next-line no-control-regex -- JSON strings must escape control characters.
const quote = (text: string) => `"${text.replace(/["\\\u0000-\u001f\u2028\u2029]/g, escape)}"`;

/** The frame's URL for `settings` (flat text fields, as JSON), next to the hosted files. */
export function frameUrl(filesUrl: string, settings: FrameSettings): string {
  const fields = Object.entries(settings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${quote(key)}:${quote(value)}`] : [],
  );
  return `${new URL(FRAME_FILE, filesUrl).href}#${encodeURIComponent(`{${fields.join(',')}}`)}`;
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
