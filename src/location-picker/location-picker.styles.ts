import { css } from '../core/styles.js';

export const styles = css`
  :host {
    display: block;
  }
  p,
  ol,
  dl,
  dd {
    margin: 0;
  }
  .controls,
  form,
  .head,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* Links and buttons as in core/styles.ts, more compact; the field matches them. */
  button,
  a,
  input {
    padding: 0.4em 0.8em;
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
  [part='status'] {
    min-height: 1.45em;
    margin: 0.75em 0;
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 22rem;
    margin-bottom: 0.75em;
  }
  path {
    fill: none;
    stroke: var(--_border);
  }
  .MN {
    fill: currentColor;
    fill-opacity: 0.08;
  }
  circle {
    fill: var(--_accent);
  }
  .chosen {
    stroke: currentColor;
    stroke-width: 3;
  }
  .you {
    fill: var(--_focus);
  }
  ol {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    gap: 0.35em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='chosen'] {
    border: 3px solid var(--_accent);
  }
  .badge {
    padding: 0 0.5em;
    border-radius: var(--_radius);
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 1em;
  }
  dl div {
    display: contents;
  }
`;
