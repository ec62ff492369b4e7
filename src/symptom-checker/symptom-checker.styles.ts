import { css } from '../core/styles.js';

// Fluid from 320 px wide to 200% zoom: no fixed widths, and long words may wrap.
export const styles = css`
  /* The start card: a height that depends only on its width and the text size, never on the step or the answers, so that its frame cannot tell the page
     anything. Its words wrap to more lines in a narrower card, so the card is taller there: the
     bottom padding, in percentages of the width, does that in CSS alone, as the page's reserve
     CSS does (reserve-space.css); the lines bound Spanish at 16-24 px from 9 to 40em wide. Running
     the questions in the card, it grows while they are open; the sheet leaves it as it is.
     The box is important: a page's reset (Tailwind's '* { padding: 0; border: 0 }') outranks a
     shadow root's normal declarations for its host, and left the card 0 px tall; important ones
     outrank the page's. */
  :host {
    position: relative;
    display: block;
    box-sizing: border-box !important;
    height: 0 !important;
    margin: 1em 0;
    padding: 0.75em 0.75em
      calc(
        max(11em, calc(26.8em - 41.8%), calc(35.2em - 75.5%), calc(52.8em - 206%)) - 0.75em - 2px
      ) !important;
    border: 1px solid var(--_border) !important;
    border-radius: var(--_radius);
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  :host([expanded]) {
    height: var(--ispine-checker-height, 34em) !important;
    padding-bottom: 0.75em !important;
  }
  /* In the checker's frame (set by its page), where the card around the frame has the border
     and the margins. */
  :host([framed]) {
    margin: 0;
    padding: 0 !important;
    border: 0 !important;
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
    position: absolute;
    inset: 0.75em;
    display: flex;
    flex-direction: column;
  }
  .start {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    justify-content: center;
    /* Only a partner's own longer wording or a far wider font could need it. */
    overflow: auto;
  }
  [part='intro'] {
    margin: 0 0 0.6em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
  }
  [part='call-911'] {
    padding-inline: 0.2em;
    border-color: transparent;
    color: inherit;
    text-decoration: underline;
  }
  /* The questions: in the card (a non-modal dialog in the card's flow) or, where the card is
     narrow or the viewport short, a full-screen sheet in the top layer. */
  dialog {
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border: 0;
    color: inherit;
    background: var(--_sheet-bg, Canvas);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog:not(:modal) {
    position: static;
    flex: 1;
    min-height: 0;
    width: auto;
    background: transparent;
  }
  dialog:modal {
    position: fixed;
    inset: 0;
    width: min(100%, 40em);
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0 auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .bar {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_border);
    font-weight: bold;
  }
  dialog:modal .bar,
  dialog:modal .body {
    padding-inline: 0.5em;
  }
  /* One line: the title gives way to Close. */
  .bar span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .bar button {
    flex: none;
    white-space: nowrap;
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

/** Where the checker renders the questions itself (no start card): a card of their height. */
export const questionsCard = css`
  :host {
    height: var(--ispine-checker-height, 34em) !important;
    padding-bottom: 0.75em !important;
  }
  .card {
    position: static;
    height: 100%;
  }
`;
