import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  a {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.55em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .solid {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .outline {
    background: transparent;
    color: var(--_accent);
  }
  a:hover {
    filter: brightness(1.1);
    text-decoration: underline;
  }
  svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: currentColor;
  }
`;
