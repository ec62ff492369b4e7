import { css } from '../core/styles.js';

// Links look like buttons (core/styles.ts); `solid` uses the `primary` class.
export const styles = css`
  /* The links carry the theme's colours; the host paints nothing around their rounded corners. */
  :host,
  :host([theme='light']),
  :host([theme='dark']) {
    display: inline-block;
    background: none;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a:hover {
    filter: brightness(1.1);
  }
  svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: currentColor;
  }
`;
