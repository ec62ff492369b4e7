import { css } from '../core/styles.js';

/*
 * The size model: the host's height is `--ispine-picker-height` (em, so it follows the text
 * size), the same rule as in reserve-space.css, whatever the number of clinics or hours; the list
 * scrolls inside. The layout follows the card's own width (container queries), never the viewport.
 * `variant="nearest"` is two lines of (smaller) text and a row of 44 px buttons.
 */
export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    height: var(--ispine-picker-height, 36em);
    margin: 1em 0;
    font-size: var(--ispine-font-size, 1em);
    overflow-wrap: anywhere;
  }
  :host([variant='nearest']) {
    height: var(--ispine-picker-height, calc(2.85em + 2px + max(44px, 1.8em)));
    margin: 0;
  }
  /* Problems in the page's own colour by default (its contrast is the page's), else in red. */
  :host {
    --_error: currentColor;
  }
  :host([theme='light']) {
    --_error: #a3261b;
  }
  :host([theme='dark']) {
    --_error: #ff9e94;
  }
  p,
  ol,
  dl,
  dd,
  h2 {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.2;
  }
  .card,
  .line {
    box-sizing: border-box;
    height: 100%;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    overflow: auto;
  }
  .controls,
  .head,
  .actions,
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  button,
  a,
  input {
    padding: 0.3em 0.8em;
  }
  input {
    box-sizing: border-box;
    width: 6.5em;
    min-height: 44px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [part='status'],
  [part='notice'] {
    font-weight: 600;
  }
  .icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
  }
  /* A problem reads as one without colour too: the icon and the field's own error state. */
  .problem {
    display: flex;
    gap: 0.3em;
    color: var(--_error);
  }
  .problem .icon {
    margin-top: 0.15em;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .bar [part='status'] {
    flex: 1;
  }
  [part='view'] {
    display: flex;
    flex: none;
  }
  [part='view'] button {
    padding-inline: 0.8em;
  }
  [part='view'] button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  [part='view'] button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  /*
   * Narrow: the list, or the map when the visitor switches to it, filling the rest of the card.
   * Wide: the map beside the list, both full height; the list scrolls.
   */
  .body {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .map {
    position: relative;
    height: 100%;
    font-size: 0.8em;
  }
  @container (width < 38em) {
    .map-view,
    .map-view .map {
      overflow: hidden;
    }
    .map-view .results,
    .body:not(.map-view) .map {
      display: none;
    }
  }
  @container (min-width: 38em) {
    [part='view'] {
      display: none;
    }
    .body {
      display: grid;
      grid-template: minmax(0, 1fr) / minmax(0, 2fr) minmax(0, 3fr);
      gap: 0.75em;
      overflow: hidden;
    }
    .results {
      overflow-y: auto;
    }
  }
  [part='map'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  :where([part='map']) path {
    fill: none;
    stroke: var(--_border);
    stroke-opacity: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .MN {
    fill: currentColor;
    fill-opacity: 0.06;
  }
  /* The metro area and reference places: context, drawn lighter than anything clickable. */
  .metro {
    fill: currentColor;
    fill-opacity: 0.08;
    stroke-dasharray: 3 3;
  }
  .place circle {
    fill: none;
    stroke: currentColor;
    stroke-opacity: 0.6;
  }
  .place text {
    fill-opacity: 0.75;
    font-style: italic;
  }
  :where([part='map']) line {
    stroke: currentColor;
    stroke-opacity: 0.5;
  }
  .edge {
    fill: var(--_focus);
    stroke: var(--_surface);
    stroke-width: 0.1;
  }
  text {
    fill: currentColor;
    paint-order: stroke;
    stroke: var(--_surface, transparent);
    stroke-width: 3px;
  }
  .pin {
    cursor: pointer;
  }
  .pin circle {
    fill: var(--_accent);
    stroke: var(--_surface);
  }
  .pin.hot circle,
  .chosen circle {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .chosen circle {
    fill: var(--_primary);
  }
  .hot text,
  .chosen text {
    font-weight: 700;
  }
  .origin rect {
    fill: var(--_focus);
    transform-box: fill-box;
    transform-origin: center;
    transform: rotate(45deg);
  }
  .origin text {
    font-weight: 700;
  }
  .results {
    display: grid;
    align-content: start;
    gap: 0.5em;
  }
  ol {
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border);
  }
  li {
    display: grid;
    gap: 0.25em;
    padding: 0.6em 0.5em;
    border-bottom: 1px solid var(--_border);
    border-inline-start: 4px solid transparent;
  }
  li.hot {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  [part~='chosen'] {
    border-inline-start-color: var(--_primary);
  }
  .head strong {
    flex: 1;
  }
  .tag {
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: 0.85em;
    font-weight: 600;
  }
  [part='distance'] {
    font-weight: 600;
  }
  /* A coloured tag with its own text colour: readable on any page, light or dark. */
  .open,
  .closed {
    padding: 0 0.4em;
    border-radius: var(--_radius);
    background: var(--ispine-color-open, #1e6b2e);
    color: #fff;
    font-weight: 600;
  }
  .closed {
    background: var(--ispine-color-closed, #a3261b);
  }
  summary {
    box-sizing: border-box;
    width: fit-content;
    min-height: 44px;
    padding-block: 0.55em;
    cursor: pointer;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 1em;
  }
  dl div {
    display: contents;
  }
  /* Links beside the one button of a row read as links. */
  .actions a,
  [part='list-phone'] a {
    padding-inline: 0.4em;
    border-color: transparent;
    text-decoration: underline;
  }
  /*
   * nearest: the text in two lines at most, the controls in one row. Where the row is too narrow
   * for the words (about 25 characters of buttons), only "Call" keeps its word.
   */
  .line {
    container-type: inline-size;
    flex-flow: column nowrap;
    align-items: stretch;
    gap: 0.25em;
    padding: 0.25em 0.3em;
    overflow: hidden;
  }
  .line [part='status'] {
    flex: 1;
    min-height: 0;
    overflow: hidden;
    font-size: 0.875em;
    line-height: 1.2;
  }
  .line .actions {
    flex: none;
    flex-wrap: nowrap;
    gap: 0.25em;
  }
  /* Every control of the strip looks like one, the icon-only ones included. */
  .line .actions > * {
    flex: none;
    gap: 0.25em;
    padding: 0 0.4em;
    border-color: var(--_accent);
    white-space: nowrap;
  }
  @container (width < 24em) {
    .word {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
`;
