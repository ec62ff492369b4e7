import { css, hostStyles, joined } from '../core/styles.js';

/**
 * The shared tokens and looks (core/styles.ts) and the button's own rules as one sheet: each of
 * 200 buttons' shadow roots adopts one sheet, not two. Links look like buttons; `solid` uses the
 * `primary` class.
 */
export const styles = joined(
  hostStyles,
  css`
    /* The box the reserve CSS holds for it, also where a page has no reserve CSS (an npm app). */
    :host {
      display: inline-block;
      min-height: 48px;
      vertical-align: middle;
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    a:hover {
      filter: brightness(1.1);
    }
    /*
   * The phone icon, drawn in the text's colour: a handset cut out of the box by a polygon in
   * percentages, so it scales with the text. No SVG element to style, lay out and paint per button,
   * and no image URL (a data: image would be blocked by a page's img-src 'self').
   * In forced colours a background is forced to the page's: the icon is then the link colour.
   */
    [part='call']::before {
      content: '';
      flex: none;
      width: 1.1em;
      height: 1.1em;
      background: currentColor;
      clip-path: polygon(
        27% 45%,
        33% 53%,
        39% 61%,
        47% 67%,
        55% 72%,
        64% 63%,
        66% 62%,
        75% 64%,
        86% 66%,
        87% 69%,
        87% 84%,
        86% 86%,
        83% 87%,
        71% 86%,
        62% 84%,
        53% 81%,
        45% 76%,
        38% 71%,
        31% 65%,
        26% 58%,
        20% 48%,
        16% 38%,
        13% 27%,
        13% 16%,
        14% 14%,
        16% 13%,
        32% 13%,
        34% 13%,
        35% 16%,
        36% 24%,
        38% 34%,
        37% 36%
      );
    }
    @media (forced-colors: active) {
      [part='call']::before {
        forced-color-adjust: none;
        background: LinkText;
      }
    }
  `,
);
