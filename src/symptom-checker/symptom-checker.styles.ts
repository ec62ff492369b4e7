import { css } from '../core/styles.js';

// Fluid from 320 px wide to 200% zoom: no fixed widths, and long words may wrap.
export const styles = css`
  /* A card whose height depends only on the text size (and a partner's custom property), never
     on the step or the answers: on partner pages its frame cannot tell the page anything. */
  :host {
    display: block;
    box-sizing: border-box;
    height: var(--ispine-checker-height, 34em);
    margin: 1em 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  [part='heading'] {
    flex: none;
    margin: 0 0 0.4em;
    font-weight: bold;
    font-size: 1.15em;
    line-height: 1.25;
  }
  /* Inside the host, whose display the page's reserve CSS may set: the title above the body. */
  .card {
    height: 100%;
    display: flex;
    flex-direction: column;
  }
  .body,
  [part='base'],
  [part='fallback-box'] {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  [part='frame'] {
    flex: 1;
    min-height: 0;
    display: block;
    width: 100%;
    border: 0;
  }
  .body {
    position: relative;
  }
  /* Over the frame until it has drawn its first question: no layout shift when it goes. */
  .loading {
    position: absolute;
    inset: 0;
    margin: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    pointer-events: none;
  }
  [part='fallback-box'] {
    justify-content: center;
    align-items: flex-start;
    gap: 0.8em;
  }
  [part='fallback-box'] p {
    margin: 0;
  }
`;
