import { css } from '../core/styles.js';

// The questions and the result, added to the checker only where it renders them itself (its
// frame's page and the inline entry); the card around them is in symptom-checker.styles.ts.
export const questionStyles = css`
  .content {
    flex: 1;
    min-height: 0;
    overflow: auto;
    /* Room for focus outlines inside the scrolling box. */
    padding: 4px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  h2 {
    margin: 0 0 0.3em;
    font-size: 1.3em;
    line-height: 1.25;
  }
  h3 {
    margin: 1.2em 0 0.3em;
    font-size: 1.05em;
  }
  h2:focus {
    outline: none;
  }
  [part='progress'],
  [part='why'] {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  /* With the page's colours (theme auto) the text keeps the page's own text colour, whose
     contrast the page chose (a fixed red was 2.1:1 on dark pages); the red bar marks the error. */
  [part='error'] {
    padding-inline-start: 0.5em;
    border-inline-start: 4px solid #d0021b;
    font-weight: 600;
  }
  :host([theme='light']) [part='error'] {
    color: #b00020;
  }
  :host([theme='dark']) [part='error'] {
    color: #ffb4ab;
  }
  [part='option'] {
    display: flex;
    align-items: center;
    gap: 0.7em;
    min-height: 44px;
    box-sizing: border-box;
    margin: 0.4em 0;
    padding: 0.5em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part='option']:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    width: 1.3em;
    height: 1.3em;
    margin: 0;
    accent-color: var(--_primary);
  }
  [part='nav'] {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    padding: 0.6em 4px 4px;
    border-top: 1px solid var(--_border);
  }
  /* Buttons and links as in core/styles.ts. */
  [part='call-911'] {
    background: #fff;
    border-color: #fff;
    color: #8c0b0b;
    font-size: 1.25em;
  }
  /* The care card: its own colours in every theme and colour scheme (contrast at least 7:1),
     with an icon; in forced colours the system's colours and the border remain. */
  [part='care-card'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.7em;
    margin: 0 0 1em;
    padding: 0.9em 0.5em;
    border: 2px solid;
    border-radius: var(--_radius);
    background: var(--_card-bg);
    border-color: var(--_card-edge);
    color: var(--_card-text);
  }
  [part='care-card'] > svg {
    width: 1.8em;
    height: 1.8em;
    fill: currentColor;
  }
  [part='care-card'] h2 {
    margin: 0;
  }
  [part='care-card'] p,
  [part='care-card'] .actions {
    grid-column: 1 / -1;
  }
  [part='care-card'] p {
    margin: 0.5em 0 0;
  }
  [part='care-card'] .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.7em;
  }
  /* Room for a call button's number on one line (it holds no-break characters) on a phone with
     large text: slim padding on the card and the buttons in it. In a narrower column the number
     still wraps rather than overflow the card. */
  [part='care-card'] ispine-call-book-button::part(call),
  [part='care-card'] ispine-call-book-button::part(book) {
    padding-inline: 0.4em;
  }
  [part='care-card'] .actions:empty {
    display: none;
  }
  /* Each level's colours for a light and a dark colour scheme: the theme's (light, dark), else
     the page's where the checker sits (on a dark page the frame's page takes a dark scheme).
     On a dark page a light slab would glare: a dark surface, the level's colour as an accent
     (the thick leading edge and the icon), text at least 7:1 and dark-scheme buttons. The 911
     card stays dark red in both. */
  .emergency {
    --_card-bg: #8c0b0b;
    --_card-edge: #8c0b0b;
    --_card-text: #ffffff;
  }
  .urgent {
    --_card-bg: light-dark(#fff0d6, #2b1d0a);
    --_card-edge: light-dark(#a65400, #f5a524);
    --_card-text: light-dark(#3a2200, #fff1dc);
  }
  .specialist {
    --_card-bg: light-dark(#e3eefc, #0d2137);
    --_card-edge: light-dark(#0b5394, #7db8ff);
    --_card-text: light-dark(#0a2540, #e6f1ff);
  }
  .self_care {
    --_card-bg: light-dark(#e4f4e8, #0e2616);
    --_card-edge: light-dark(#1e6b34, #6fd08c);
    --_card-text: light-dark(#0d3019, #e3f6e8);
  }
  [part='care-card']:not(.emergency) {
    border-inline-start-width: 6px;
    --ispine-color-primary: light-dark(#0b5394, #9ccbff);
    --ispine-color-on-primary: light-dark(#ffffff, #0b1b2b);
  }
  [part='care-card']:not(.emergency) > svg {
    fill: light-dark(currentColor, var(--_card-edge));
  }
  /* Forced colours draw the care card and its 911 link in the system's colours; naming them
     keeps Chromium's computed text fill, which checkers such as axe read, from still giving
     the level's own colours, which are no longer drawn. */
  @media (forced-colors: active) {
    [part='care-card'] {
      --_card-bg: Canvas;
      --_card-edge: CanvasText;
      --_card-text: CanvasText;
    }
    [part='call-911'] {
      color: LinkText;
    }
  }
  [part='safety-net'] {
    margin: 1em 0;
  }
  [part='safety-net'] summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 44px;
    display: list-item;
    padding-top: 0.6em;
    box-sizing: border-box;
  }
  [part='pattern'] {
    margin: 1em 0;
  }
  ul {
    padding-inline-start: 1.3em;
  }
  /* A phone's sheet, or a short one: more of each question on one screen. */
  @media (max-width: 30em), (max-height: 36em) {
    h2 {
      font-size: 1.15em;
    }
    [part='why'] {
      margin: 0.3em 0 0.5em;
    }
    [part='option'] {
      gap: 0.5em;
      margin: 0.3em 0;
      padding: 0.3em 0.6em;
    }
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 8em;
    font: inherit;
  }
`;
