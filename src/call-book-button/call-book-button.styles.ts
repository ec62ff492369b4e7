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
     * The phone icon: the call link's own background, in the text's colour, in the 1.1em square
     * its start padding leaves before the 0.4em gap (where a flex item stood): a quarter ring for
     * the handle, two blocks for the ear and mouth pieces; soft ring edges, not jagged at 16px.
     * No element or pseudo-element to style, lay out, pre-paint and hit-test per button; no clip,
     * mask, transform or filter (each makes a paint property node per button: a clip-path polygon
     * of this handset cost ~9% of 200 buttons' first render); no image URL (a page's img-src
     * 'self' blocks data: images). The primary look's background shorthand comes first in the sheet.
     */
    [part='call'] {
      padding-left: 2.6em;
      background-image:
        radial-gradient(circle at 100% 0, #0000 0.66em, currentColor 0.68em 0.8em, #0000 0.82em),
        linear-gradient(currentColor, currentColor), linear-gradient(currentColor, currentColor);
      background-position:
        1.243em 50%,
        1.243em calc(50% - 0.282em),
        1.807em calc(50% + 0.282em);
      background-size:
        0.814em 0.814em,
        0.25em 0.25em,
        0.25em 0.25em;
      background-repeat: no-repeat;
    }
    /* Forced colours would drop the gradients: the call link keeps them, in a forced link's colours. */
    @media (forced-colors: active) {
      [part='call'] {
        forced-color-adjust: none;
        border-color: LinkText;
        outline-color: Highlight;
        background-color: Canvas;
        color: LinkText;
      }
    }
  `,
);
