import { unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/**
 * Tag for the widgets' static style sheets. Lit's `css` also vets interpolated values, which
 * these sheets never have (the signature forbids them); skipping it keeps its error text out of
 * the drop-in. Named `css` so the build still minifies the sheets.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/** `first` and then `second` as one sheet (a shadow root adopts one sheet instead of two). */
export const joined = (first: CSSResult, second: CSSResult): CSSResult =>
  unsafeCSS(first.cssText + second.cssText);

/**
 * Tokens every widget shares. Public `--ispine-*` custom properties feed private `--_*` ones;
 * `theme="auto"` (the default) inherits the host page's text colour and font.
 */
export const hostStyles = css`
  :host {
    --_primary: var(--ispine-color-primary, #0b5394);
    --_on-primary: var(--ispine-color-on-primary, #ffffff);
    --_text: var(--ispine-color-text, inherit);
    --_muted: var(--ispine-color-muted, inherit);
    --_surface: var(--ispine-color-surface, transparent);
    --_border: var(--ispine-color-border, currentColor);
    --_accent: var(--ispine-color-primary, currentColor);
    --_radius: var(--ispine-radius, 8px);
    --_font: var(--ispine-font-family, inherit);
    --_focus: var(--ispine-color-focus, #1a73e8);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--ispine-font-size, 1em);
    line-height: 1.45;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
  }
  :host([theme='light']) {
    --_text: var(--ispine-color-text, #1b1f24);
    --_muted: var(--ispine-color-muted, #4a5560);
    --_surface: var(--ispine-color-surface, #ffffff);
    --_border: var(--ispine-color-border, #8a96a3);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_primary: var(--ispine-color-primary, #9ccbff);
    --_on-primary: var(--ispine-color-on-primary, #0b1b2b);
    --_text: var(--ispine-color-text, #eef1f4);
    --_muted: var(--ispine-color-muted, #c2cad3);
    --_surface: var(--ispine-color-surface, #161a1f);
    --_border: var(--ispine-color-border, #7d8893);
    --_focus: var(--ispine-color-focus, #ffd166);
    color-scheme: dark;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    --_accent: var(--_primary);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Links and buttons look alike in every widget: a 44 px target with the accent border. */
  a,
  button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.55em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    text-decoration: underline;
  }
  /* The main action, and a pressed toggle. */
  .primary,
  [aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
