import type { Config } from '../config/schema.js';
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
