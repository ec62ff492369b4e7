import type { Config } from '../config/schema.js';
import { ID_PATTERN, validateConfig } from '../config/validate.js';
import { LANGS } from '../core/i18n.js';
import type { Lang } from '../core/i18n.js';

/** The frame page, served next to the bundle. */
export const FRAME_FILE = 'checker-frame.html';

/** The only things the checker frame needs from the page; none of it is health information. */
export interface FrameSettings {
  /** The embedding page's origin: the frame posts its height and events only there. */
  origin: string;
  lang: Lang;
  theme: 'light' | 'dark' | 'auto';
  partner?: string;
  clinic?: string;
  /** The page's text colour and font where the checker sits, so `theme="auto"` still matches. */
  color?: string;
  font?: string;
  config: Config;
}

const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * True when the questionnaire must run in a frame: the page is not on the script's origin, so
 * the page's own scripts (session recorders, pixels) must not be able to read the answers.
 * (`self.origin`, unlike `location.origin`, is right in `srcdoc` frames too.)
 */
export function needsIsolation(scriptUrl: string | undefined): scriptUrl is string {
  return scriptUrl !== undefined && new URL(scriptUrl).origin !== self.origin;
}

/** The frame's URL: the frame page next to the script, settings in the fragment (never sent to a server). */
export function frameUrl(scriptUrl: string, settings: FrameSettings): string {
  return `${new URL(FRAME_FILE, scriptUrl).href}#${encodeURIComponent(JSON.stringify(settings))}`;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

function optionalId(value: unknown): string | undefined {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined;
}

/** A computed colour (`rgb(…)`) or font list, never anything that could end a declaration. */
function cssValue(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && value.length <= 200 && pattern.test(value)
    ? value
    : undefined;
}

/**
 * Reads settings from the frame's fragment. The fragment is untrusted: everything is validated
 * again; anything malformed gives `undefined`.
 */
export function readFrameSettings(fragment: string): FrameSettings | undefined {
  try {
    const raw = JSON.parse(decodeURIComponent(fragment.replace(/^#/, ''))) as Record<
      string,
      unknown
    >;
    const origin = typeof raw.origin === 'string' ? new URL(raw.origin).origin : undefined;
    if (!origin || origin !== raw.origin) return undefined;
    return {
      origin,
      lang: oneOf(raw.lang, LANGS) ?? 'en',
      theme: oneOf(raw.theme, THEMES) ?? 'auto',
      partner: optionalId(raw.partner),
      clinic: optionalId(raw.clinic),
      color: cssValue(raw.color, /^rgba?\([\d.,\s%/]+\)$/),
      font: cssValue(raw.font, /^[\w\s"',-]+$/),
      config: validateConfig(raw.config),
    };
  } catch {
    return undefined;
  }
}

/** A message the frame posts to the page: its content height, or a content-free checker event. */
export type FrameMessage =
  | { ispine: 'height'; height: number }
  | { ispine: 'ispine-checker-start' | 'ispine-checker-complete' };

/** Narrows an incoming `postMessage` payload to a `FrameMessage`. */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { ispine, height } = data as Record<string, unknown>;
  if (ispine === 'height') return typeof height === 'number' && height >= 0 && height < 20000;
  return ispine === 'ispine-checker-start' || ispine === 'ispine-checker-complete';
}
