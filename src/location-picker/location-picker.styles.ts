import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: 40rem;
  }
  p,
  dl,
  ol {
    margin: 0;
  }
  .controls,
  form,
  .head,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .controls {
    gap: 0.75em 1.5em;
  }
  button,
  a,
  input {
    box-sizing: border-box;
    min-height: 44px;
    min-width: 44px;
    border-radius: var(--_radius);
    font: inherit;
  }
  button,
  a {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.45em 0.9em;
    border: 2px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  a:hover,
  button:hover {
    text-decoration: underline;
  }
  [part='locate'],
  [aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  [aria-pressed='true']::before {
    content: '✓';
  }
  input {
    width: 6.5em;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: inherit;
  }
  label {
    font-weight: 600;
  }
  [part='status'] {
    min-height: 1.45em;
    margin: 0.75em 0;
  }
  .error {
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    max-width: 22rem;
    height: auto;
    margin-bottom: 0.75em;
  }
  path {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.8;
  }
  .MN {
    fill: currentColor;
    fill-opacity: 0.08;
  }
  circle {
    fill: var(--_accent);
  }
  .chosen {
    stroke: var(--_surface);
    stroke-width: 2;
    r: 6;
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
    border: 2px solid var(--_accent);
  }
  strong {
    font-size: 1.125em;
  }
  [part='distance'],
  dl {
    color: var(--_muted);
  }
  .badge {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  [part='open-status'] {
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75em;
  }
  dl div {
    display: contents;
  }
  dd {
    margin: 0;
  }
`;
