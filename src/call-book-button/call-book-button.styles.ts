import { css } from '../core/styles.js';

// Links look like buttons (core/styles.ts); `solid` uses the `primary` class.
export const styles = css`
  /* The box the reserve CSS holds for it, also where a page has no reserve CSS (an npm app). */
  :host {
    display: inline-block;
    min-height: 48px;
    vertical-align: middle;
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
