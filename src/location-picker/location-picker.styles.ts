import { css } from 'lit';

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
  button,
  a,
  input {
    box-sizing: border-box;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 0.8em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
  }
  button,
  a {
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    text-decoration: underline;
  }
  [part='locate'],
  [aria-pressed='true'],
  .badge {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  input {
    width: 6.5em;
    border-color: var(--_border);
    background: var(--_surface);
    color: inherit;
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
